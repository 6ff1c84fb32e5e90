/** One-line structured-enough logging to stderr; quiet under NODE_ENV=test unless LOG_LEVEL=debug. */
type Level = 'debug' | 'info' | 'warn' | 'error';
const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

function threshold(): number {
  const wanted = process.env.LOG_LEVEL as Level | undefined;
  if (wanted && wanted in ORDER) return ORDER[wanted];
  return process.env.NODE_ENV === 'test' ? ORDER.warn : ORDER.info;
}

function write(level: Level, message: string): void {
  if (ORDER[level] < threshold()) return;
  process.stderr.write(`${new Date().toISOString()} ${level.toUpperCase().padEnd(5)} ${message}\n`);
}

export const log = {
  debug: (m: string) => write('debug', m),
  info: (m: string) => write('info', m),
  warn: (m: string) => write('warn', m),
  error: (m: string) => write('error', m),
};
