// Every shipped bundle (ARCHITECTURE.md §4). Lit's production build, zod/mini and the SDK are inlined.
import typescript from '@rollup/plugin-typescript';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { readFileSync } from 'node:fs';
import { resolve as resolvePath, sep } from 'node:path';
import { WIDGETS } from './packages/widgets/widgets.mjs';

// For a build into a directory, the plugin's outDir must lie inside rollup's output.dir.
const ts = (outDir = 'dist') => typescript({ tsconfig: './tsconfig.build.json', outDir, sourceMap: true, noEmitOnError: true });
// Default export conditions: Lit's production build, not its dev build.
const resolve = () => nodeResolve({ browser: true });
// The contract's content is JSON (the ladder's text in the widgets, all of it in the offline demo).
const jsonModules = () => json({ preferConst: true, compact: true });
const onwarn = (warning, warn) => {
  // zod 4 ships a JSDoc comment where rollup expects a /*@__PURE__*/ annotation, and has an internal cycle; both harmless.
  if (warning.code === 'INVALID_ANNOTATION' && /zod/.test(warning.id ?? '')) return;
  if (warning.code === 'CIRCULAR_DEPENDENCY' && /zod/.test(warning.message)) return;
  warn(warning);
};
/**
 * Our packages' `sideEffects` fields, for every module in them. node-resolve reads the field only for
 * the imports it resolves; the relative `./x.js` imports between TypeScript files are resolved by the
 * TypeScript plugin, so without this every schema module would count as having side effects and
 * would land in every chunk that touches the SDK's index.
 */
const ourSideEffects = Object.fromEntries(
  ['sdk', 'contract', 'widgets', 'mock-api'].map((name) => {
    const root = resolvePath(`packages/${name}`);
    const { sideEffects } = JSON.parse(readFileSync(`${root}/package.json`, 'utf8'));
    return [root + sep, sideEffects === false ? [] : Array.isArray(sideEffects) ? sideEffects.map((file) => resolvePath(root, file)) : null];
  }),
);
function moduleSideEffects(id) {
  for (const [root, files] of Object.entries(ourSideEffects)) if (id.startsWith(root)) return files === null || files.includes(id);
  return true;
}
const treeshake = { moduleSideEffects };

// terser's `module: true` would drop the IIFE's top-level `var InoWidgets=`: only for ES modules.
const minify = (module) => terser({ ecma: 2022, module, compress: { passes: 2 }, format: { comments: false } });

export default [
  {
    onwarn,
    treeshake,
    input: 'packages/widgets/src/index.ts',
    // Keep everything in the entry file (the language chunks import from it), not in a shared chunk.
    preserveEntrySignatures: 'allow-extension',
    // French and English texts are chunks beside it, fetched when a widget speaks them.
    output: {
      dir: 'dist',
      entryFileNames: 'ino-widgets.js',
      chunkFileNames: 'ino-widgets/[name]-[hash].js',
      format: 'es',
      sourcemap: true,
    },
    plugins: [resolve(), jsonModules(), ts(), minify(true)],
  },
  {
    onwarn,
    treeshake,
    input: 'packages/widgets/src/index.ts',
    // A classic script cannot import chunks: every language is inside.
    output: { file: 'dist/ino-widgets.iife.js', format: 'iife', name: 'InoWidgets', inlineDynamicImports: true, sourcemap: true },
    plugins: [resolve(), jsonModules(), ts(), minify(false)],
  },
  {
    onwarn,
    treeshake,
    input: 'packages/sdk/src/index.ts',
    output: { file: 'dist/sdk.js', format: 'es', sourcemap: true },
    plugins: [resolve(), jsonModules(), ts(), minify(true)],
  },
  // One chunk per widget, with shared chunks for Lit, the SDK and the base: what dist/loader.js loads.
  {
    onwarn,
    treeshake,
    // From the tag table: tag ino-x → dist/widgets/x.js.
    input: Object.fromEntries(WIDGETS.map((widget) => [widget.name, `packages/widgets/${widget.entry.slice(2)}`])),
    output: { dir: 'dist/widgets', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js', sourcemap: true },
    plugins: [resolve(), jsonModules(), ts('dist/widgets'), minify(true)],
  },
  {
    onwarn,
    treeshake,
    input: 'packages/widgets/src/loader.ts',
    output: { file: 'dist/loader.js', format: 'es', sourcemap: true },
    plugins: [ts(), minify(true)],
  },
  // Not shipped: the mock API for the offline demo and the examples (msw in the page).
  {
    onwarn,
    treeshake,
    input: 'packages/mock-api/src/browser.ts',
    output: { file: 'dist/demo/mock-api.js', format: 'es', sourcemap: true },
    plugins: [nodeResolve({ browser: true, exportConditions: ['browser'] }), jsonModules(), ts(), minify(true)],
  },
];
