// The ladder entries are what the widgets build in: the ladder's JSON and nothing else of the contract
// (a widget's bundle must not carry the content rules or the records).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dutchLadder, ladderLoaders } from '../src/ladder/index.js';
import { ladders } from '../src/ladder/all.js';

const importsOf = (file: string) =>
  [...readFileSync(new URL(`../src/ladder/${file}`, import.meta.url), 'utf8').matchAll(/^import\s+(type\s+)?.*?from\s+'([^']+)'|import\('([^']+)'/gm)].map(
    (m) => (m[1] ? `type ${m[2]}` : (m[2] ?? m[3])!),
  );

test("the ladder entries import the ladder's JSON and types of the SDK, nothing else", () => {
  for (const file of ['index.ts', 'all.ts']) {
    const imports = importsOf(file);
    assert.equal(imports.length, 4, `${file}: ${imports.join(', ')}`);
    for (const imported of imports) assert.match(imported, /^(type @ino\/sdk|\.\.\/\.\.\/content\/ladder\.(nl|fr|en)\.json)$/, `${file}: ${imported}`);
  }
});

test('Dutch at once, French and English on demand, the same text as every language at once', async () => {
  assert.deepEqual(dutchLadder, ladders.nl);
  assert.deepEqual(await ladderLoaders.fr(), ladders.fr);
  assert.deepEqual(await ladderLoaders.en(), ladders.en);
});
