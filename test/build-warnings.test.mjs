// The build's warning policy (`onwarn` in rollup.config.mjs), with rollup itself making the warnings
// from a few modules held in memory: a cycle through packages/ fails the build, the dependencies'
// known harmless warnings are left out, and every other warning is still printed. Takes a second,
// where running the whole build would take a minute; the build applies the same `onwarn`.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';
import { onwarn } from '../rollup.config.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * Bundles `files` (path from the root → source; the first is the input) from memory with the build's
 * `onwarn`, and returns the warnings it passed on to be printed. Rejects when `onwarn` throws.
 */
async function warningsPrinted(files) {
  const sources = new Map(Object.entries(files).map(([path, source]) => [join(ROOT, path), source]));
  const inMemory = {
    name: 'in-memory',
    resolveId: (source) => (sources.has(source) ? source : null),
    load: (id) => sources.get(id) ?? null,
  };
  const printed = [];
  const bundle = await rollup({ input: [...sources.keys()][0], plugins: [inMemory], onwarn: (warning) => onwarn(warning, (kept) => printed.push(kept)) });
  await bundle.close();
  return printed;
}

/** Two modules (paths from the root) that import each other, each using the other's export only when called. */
const cycle = (a, b) => ({
  [a]: `import { b } from '${join(ROOT, b)}'; export const a = () => b; console.log(a);`,
  [b]: `import { a } from '${join(ROOT, a)}'; export const b = () => a;`,
});

describe('the build warning policy', () => {
  it('fails the build on a cycle through our packages', async () => {
    await assert.rejects(
      warningsPrinted(cycle('packages/sdk/src/cycle-a.ts', 'packages/sdk/src/cycle-b.ts')),
      /A cycle through our code .*cycle-a\.ts -> .*cycle-b\.ts/,
    );
  });

  it("fails it on our cycle whose path names zod (zod's rule looks at where a module is, not at its name)", async () => {
    await assert.rejects(warningsPrinted(cycle('packages/sdk/src/zod-schemas.ts', 'packages/sdk/src/cycle-b.ts')), /A cycle through our code/);
  });

  it("leaves out zod's own cycle and msw's frame cycle", async () => {
    assert.deepEqual(await warningsPrinted(cycle('node_modules/zod/v4/core/core.js', 'node_modules/zod/v4/core/util.js')), []);
    assert.deepEqual(
      await warningsPrinted(
        cycle('node_modules/msw/lib/core/experimental/on-unhandled-frame.mjs', 'node_modules/msw/lib/core/experimental/frames/http-frame.mjs'),
      ),
      [],
    );
  });

  it('prints any other cycle in msw: only the known one is left out', async () => {
    const printed = await warningsPrinted(
      cycle('node_modules/msw/lib/core/experimental/on-unhandled-frame.mjs', 'node_modules/msw/lib/core/experimental/frames/other-frame.mjs'),
    );
    assert.deepEqual(
      printed.map((warning) => warning.code),
      ['CIRCULAR_DEPENDENCY'],
    );
  });

  it('prints the warnings it has no rule for', async () => {
    const printed = await warningsPrinted({ 'packages/sdk/src/entry.ts': `import { missing } from 'not-installed'; console.log(missing);` });
    assert.deepEqual(
      printed.map((warning) => warning.code),
      ['UNRESOLVED_IMPORT'],
    );
  });
});
