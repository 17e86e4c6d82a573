// Every shipped bundle (ARCHITECTURE.md §4). Lit's production build, zod/mini and the SDK are inlined.
import typescript from '@rollup/plugin-typescript';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { readFileSync } from 'node:fs';
import { join, resolve as resolvePath, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WIDGETS } from './packages/widgets/widgets.mjs';

// For a build into a directory, the plugin's outDir must lie inside rollup's output.dir.
const ts = (outDir = 'dist') => typescript({ tsconfig: './tsconfig.build.json', outDir, sourceMap: true, noEmitOnError: true });
// Default export conditions: Lit's production build, not its dev build.
const resolve = () => nodeResolve({ browser: true });
// The contract's content is JSON (the ladder's text in the widgets, all of it in the offline demo).
const jsonModules = () => json({ preferConst: true, compact: true });
const ROOT = fileURLToPath(new URL('.', import.meta.url));
const OUR_PACKAGES = join(ROOT, 'packages') + sep;
const inDependency = (name, id) => id.startsWith(join(ROOT, 'node_modules', name) + sep);
// msw's one cycle, in the offline demo's mock API (not shipped): each file uses the other's export
// only inside a function called after both have loaded, so the order they load in changes nothing.
const MSW_EXPERIMENTAL = join(ROOT, 'node_modules/msw/lib/core/experimental') + sep;
const MSW_FRAME_CYCLE = [`${MSW_EXPERIMENTAL}on-unhandled-frame.mjs`, `${MSW_EXPERIMENTAL}frames/http-frame.mjs`];
const isCycleOf = (ids, files) => new Set(ids).size === files.length && files.every((file) => ids.includes(file));
/**
 * Every warning of every bundle passes here (test/build-warnings.test.mjs checks this policy).
 * A cycle through our own code fails the build: it makes the order modules run in matter and hides a
 * missing module, so the fix is to move the shared piece into a module of its own, never to filter it.
 * Of the dependencies' warnings, only the known harmless ones below are left out.
 */
export const onwarn = (warning, warn) => {
  const cycle = warning.code === 'CIRCULAR_DEPENDENCY' ? warning.ids : [];
  if (cycle.some((id) => id.startsWith(OUR_PACKAGES))) {
    throw new Error(`A cycle through our code (move the shared piece into its own module): ${warning.message}`);
  }
  // zod 4 ships a JSDoc comment where rollup expects a /*@__PURE__*/ annotation, and has an internal cycle (core.js ↔ util.js); both harmless.
  if (warning.code === 'INVALID_ANNOTATION' && inDependency('zod', warning.id ?? '')) return;
  if (cycle.length && cycle.every((id) => inDependency('zod', id))) return;
  if (isCycleOf(cycle, MSW_FRAME_CYCLE)) return;
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

/**
 * The classic script cannot load chunks: its dynamic imports are inlined, so the organiser widget's
 * OIDC sign-in would bring oidc-client-ts (about 11 KB gzip) to every page that uses it. There the
 * sign-in module is its stand-in, which explains that the classic script cannot sign in by itself
 * (docs/embedding.md); the module builds keep the real one in a chunk of its own.
 */
const OIDC_SIGN_IN = resolvePath('packages/widgets/src/track-applications/oidc-sign-in.ts');
export const withoutOidcSignIn = () => ({
  name: 'without-oidc-sign-in',
  async resolveId(source, importer, options) {
    if (!importer || !source.endsWith('/oidc-sign-in.js')) return null;
    const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
    return resolved?.id === OIDC_SIGN_IN ? OIDC_SIGN_IN.replace(/\.ts$/, '.classic-script.ts') : resolved;
  },
});

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
    plugins: [withoutOidcSignIn(), resolve(), jsonModules(), ts(), minify(false)],
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
