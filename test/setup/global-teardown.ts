import fs from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  const started = globalThis.__TEST_DATABASE__;
  if (!started) return;
  await started.db.stop();
  fs.rmSync(started.dataDir, { recursive: true, force: true });
}
