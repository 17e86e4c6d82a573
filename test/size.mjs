// `npm run size`: each shipped file's gzip size, and each widget as a page that shows only it would
// download it through dist/loader.js (its chunk plus every shared chunk it imports). Fails when a
// figure is over its budget.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { WIDGETS } from '../packages/widgets/widgets.mjs';

const KB = 1024;
const gzip = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

/**
 * Budgets in gzip bytes. dist/ino-widgets.js is measured with everything it imports statically: all
 * four widgets with their Dutch texts. French and English are chunks it fetches only when a widget
 * speaks them (listed below, not counted). The classic script cannot fetch chunks, so it carries all
 * three languages and has its own budget.
 */
const FILE_BUDGETS = {
  // 50 and 56 KB until issue 16: <ino-application-status> and the organisers' view of a track's applications
  // (an intranet widget, registered by the all-in like every tag, ARCHITECTURE.md); docs/embedding.md, "Sizes".
  'dist/ino-widgets.js': 60 * KB,
  'dist/ino-widgets.iife.js': 74 * KB,
  // 15 KB until issue 14: its schemas for the applicant's and the organisers' views and myApplicationOf
  // (about 0.2 KB of it) took the SDK to 15.4 KB; issue 16's organiserApplicationsOf (the organisers'
  // table, with its CSV and decisions) to 16.0 KB (docs/embedding.md, "Sizes").
  'dist/sdk.js': 16 * KB,
  'dist/loader.js': 2 * KB,
};
/**
 * Each widget alone through the loader, with Lit, zod/mini and the SDK, in Dutch. Issue 7 aimed at
 * 20 KB; what every widget shares already comes to 18 KB (the provider's figure: Lit with its
 * context and task packages about 7.8 KB, zod/mini 6.2 KB, the SDK's transport and the widget base
 * the rest), so these budgets are the measured figures with about 5 % headroom. docs/embedding.md
 * has the breakdown. Every widget of the tag table (packages/widgets/widgets.mjs) is measured; one
 * without its own figure yet (a new one) must fit the largest widget's budget.
 */
const WIDGET_BUDGETS = {
  provider: 20 * KB,
  'practice-card': 30 * KB,
  // 30, 34 and 34 KB until issue 16: code they now share with the two new widgets became chunks of its own,
  // and the zod/mini functions of the organisers' schemas joined the chunk every widget shares (docs/embedding.md).
  'challenge-feed': 32 * KB,
  'participation-ladder': 34 * KB,
  'learning-track-signup': 36.5 * KB,
  'application-status': 33 * KB,
  // For intranets; its own code about 5 KB, the rest shared.
  'track-applications': 37 * KB,
};
const NEW_WIDGET_BUDGET = Math.max(...Object.values(WIDGET_BUDGETS));

/** A module and every module it imports statically, transitively (relative imports of the built files). */
function withImports(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const [, path] of code.matchAll(/(?:from|import)\s*["'](\.{1,2}\/[^"']+)["']/g)) withImports(normalize(join(dirname(file), path)), seen);
  return seen;
}

let over = 0;
const row = (name, bytes, budget) => {
  const ok = budget === undefined || bytes <= budget;
  if (!ok) over++;
  console.log(`${name.padEnd(44)} ${String(bytes).padStart(8)} ${String(budget ?? '').padStart(8)}  ${budget === undefined ? '' : ok ? 'ok' : 'OVER BUDGET'}`);
};
/** A file's gzip size with everything it imports statically. */
const withImportsSize = (file) => [...withImports(file)].reduce((sum, f) => sum + gzip(f), 0);

console.log(`${'file (gzip -9, with its static imports)'.padEnd(44)} ${'bytes'.padStart(8)} ${'budget'.padStart(8)}`);
for (const [file, budget] of Object.entries(FILE_BUDGETS)) {
  if (!existsSync(file)) {
    console.log(`${file.padEnd(44)} missing: run npm run build`);
    over++;
    continue;
  }
  row(file, withImportsSize(file), budget);
}
const languageChunks = existsSync('dist/ino-widgets') ? readdirSync('dist/ino-widgets').filter((f) => f.endsWith('.js')) : [];
for (const lang of ['fr', 'en']) {
  const chunks = languageChunks.filter((f) => f.includes(`.${lang}-`));
  row(
    `  + ${lang} texts, on demand (${chunks.length} chunks)`,
    chunks.reduce((sum, f) => sum + gzip(join('dist/ino-widgets', f)), 0),
  );
}

console.log(`\n${'widget alone through the loader, in Dutch'.padEnd(44)} ${'bytes'.padStart(8)} ${'budget'.padStart(8)}`);
for (const { name } of WIDGETS) {
  const entry = `${name}.js`;
  const budget = WIDGET_BUDGETS[name] ?? NEW_WIDGET_BUDGET;
  const file = join('dist/widgets', entry);
  if (!existsSync(file)) {
    console.log(`${entry.padEnd(44)} missing: run npm run build`);
    over++;
    continue;
  }
  row(`${entry} (+${withImports(file).size - 1} shared)`, withImportsSize(file), budget);
}
process.exit(over ? 1 : 0);
