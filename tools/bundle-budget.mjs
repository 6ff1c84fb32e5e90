#!/usr/bin/env node
/**
 * The first-load JavaScript budget of the console build: fails (exit 1) when what a phone must
 * download before it can show something grows past its budget, and prints the figures.
 *
 *   node tools/bundle-budget.mjs [dist]      (dist: admin/dist by default; run after `npx vite build admin`)
 *
 * A page's first load is its entry chunk and every chunk that chunk imports statically, as the
 * build's manifest (dist/.vite/manifest.json, vite's build.manifest) records them, gzip-compressed
 * as the server sends them to a browser without brotli. Measured:
 *
 *   sign-in form      index.html's entry (src/shell): what the sign-in form waits for
 *   console           src/main.tsx, the console the shell loads (react-admin, MUI, the registry,
 *                     the layout), beyond what the shell already loaded; screens are chunks of their own
 *   report page       report.html's entry (src/public-report)
 *
 * Each budget is the figure measured when it was set (in the comment) plus about 15 %: a change
 * that needs more should say why and raise it here.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const BUDGETS_KB = {
  'sign-in form': 5, // 4.1 KB on 2 December 2026 (before the shell: the whole console, 603 KB, in 2 chunks)
  console: 490, // 426 KB on 2 December 2026
  'report page': 12, // 10.4 KB on 2 December 2026 (no framework: report.html and src/public-report)
};

/** Which manifest entry each figure starts from, and which figure's chunks it does not count again. */
const PAGES = [
  { name: 'sign-in form', entry: 'index.html' },
  { name: 'console', entry: 'src/main.tsx', after: 'sign-in form' },
  { name: 'report page', entry: 'report.html' },
];

const dist = path.resolve(process.argv[2] ?? path.join(import.meta.dirname, '..', 'admin', 'dist'));
const manifestFile = path.join(dist, '.vite', 'manifest.json');
if (!fs.existsSync(manifestFile)) {
  console.error(`${manifestFile} is missing: build the console first (npx vite build admin; vite.config.ts sets build.manifest)`);
  process.exit(1);
}
/** @type {Record<string, { file: string; imports?: string[] }>} */
const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));

/** The manifest keys of an entry's chunk and of every chunk it imports statically, transitively. */
function staticChunks(key, seen = new Set()) {
  if (seen.has(key)) return seen;
  const chunk = manifest[key];
  if (!chunk) throw new Error(`the build's manifest has no ${key}: was the entry renamed? (tools/bundle-budget.mjs PAGES)`);
  seen.add(key);
  for (const imported of chunk.imports ?? []) staticChunks(imported, seen);
  return seen;
}

const gzipBytes = (file) => zlib.gzipSync(fs.readFileSync(path.join(dist, file))).length;
const kb = (bytes) => bytes / 1024;

const print = (line) => process.stdout.write(`${line}\n`);
const loaded = new Map();
const failures = [];
print(`First-load JavaScript of ${path.relative(process.cwd(), dist) || dist} (gzip):`);
for (const page of PAGES) {
  const before = page.after ? loaded.get(page.after) : new Set();
  const chunks = staticChunks(page.entry);
  loaded.set(page.name, chunks);
  const counted = [...chunks].filter((key) => !before.has(key)).map((key) => manifest[key].file);
  const size = kb(counted.reduce((sum, file) => sum + gzipBytes(file), 0));
  const budget = BUDGETS_KB[page.name];
  const verdict = size <= budget ? 'ok' : 'OVER BUDGET';
  print(`  ${page.name.padEnd(14)} ${size.toFixed(1).padStart(7)} KB in ${String(counted.length).padStart(2)} chunk(s)   budget ${budget} KB   ${verdict}`);
  if (size > budget) failures.push(`${page.name}: ${size.toFixed(1)} KB > ${budget} KB (${counted.join(', ')})`);
}
if (failures.length) {
  console.error(`\nThe first load grew past its budget:\n  ${failures.join('\n  ')}\nKeep it off the first load (a lazy screen, import()), or raise the budget in tools/bundle-budget.mjs and say why.`);
  process.exit(1);
}
