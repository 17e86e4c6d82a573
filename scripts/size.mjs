// `npm run size`: each shipped file's gzip size, and each widget as a page that shows only it would
// download it through dist/loader.js (its chunk plus every shared chunk it imports). Fails when a
// figure is over its budget.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const KB = 1024;
const gzip = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

/**
 * Budgets in gzip bytes. The all-in-one bundles carry four widgets with their built-in text in three
 * languages (the ladder works offline, so its definitions and guided flow ship in nl, fr and en):
 * 53 KB when all four landed, over the 50 KB issue 7 proposed; their budget is 60 KB while issue 7
 * decides. The per-widget figures are the size-sensitive path: a page loads only what it shows.
 */
const FILE_BUDGETS = {
  'dist/ino-widgets.js': 60 * KB,
  'dist/ino-widgets.iife.js': 60 * KB,
  'dist/sdk.js': 15 * KB,
  'dist/loader.js': 2 * KB,
};
/**
 * Issue 7's target for each widget alone. Not enforced yet: every widget is over it, because the
 * SDK's client pulls every resource's schema into the shared chunk; making the client tree-shake
 * per resource is issue 7's work. The figures are printed so the gap stays visible.
 */
const WIDGET_TARGET = 20 * KB;

/** A module and every module it imports statically, transitively (relative imports of the built files). */
function withImports(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const [, path] of code.matchAll(/(?:from|import)\s*["'](\.{1,2}\/[^"']+)["']/g)) withImports(normalize(join(dirname(file), path)), seen);
  return seen;
}

let over = 0;
const row = (name, bytes, budget, enforced = true) => {
  const ok = bytes <= budget;
  if (!ok && enforced) over++;
  const verdict = ok ? 'ok' : enforced ? 'OVER BUDGET' : 'over target (not enforced yet)';
  console.log(`${name.padEnd(44)} ${String(bytes).padStart(8)} ${String(budget).padStart(8)}  ${verdict}`);
};

console.log(`${'file (gzip -9)'.padEnd(44)} ${'bytes'.padStart(8)} ${'budget'.padStart(8)}`);
for (const [file, budget] of Object.entries(FILE_BUDGETS)) {
  if (!existsSync(file)) {
    console.log(`${file.padEnd(44)} missing: run npm run build`);
    over++;
    continue;
  }
  row(file, gzip(file), budget);
}

console.log(`\n${'widget alone, with Lit and the SDK'.padEnd(44)} ${'bytes'.padStart(8)} ${'target'.padStart(8)}`);
const widgets = existsSync('dist/widgets') ? readdirSync('dist/widgets').filter((f) => f.endsWith('.js')) : [];
if (!widgets.length) over++;
for (const entry of widgets) {
  const files = [...withImports(join('dist/widgets', entry))];
  row(`${entry} (+${files.length - 1} shared)`, files.reduce((sum, f) => sum + gzip(f), 0), WIDGET_TARGET, false);
}
process.exit(over ? 1 : 0);
