// Every shipped bundle (ARCHITECTURE.md §4). Lit's production build, zod/mini and the SDK are inlined.
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

// For a build into a directory, the plugin's outDir must lie inside rollup's output.dir.
const ts = (outDir = 'dist') => typescript({ tsconfig: './tsconfig.build.json', outDir, sourceMap: true, noEmitOnError: true });
// Default export conditions: Lit's production build, not its dev build.
const resolve = () => nodeResolve({ browser: true });
const onwarn = (warning, warn) => {
  // zod 4 ships a JSDoc comment where rollup expects a /*@__PURE__*/ annotation, and has an internal cycle; both harmless.
  if (warning.code === 'INVALID_ANNOTATION' && /zod/.test(warning.id ?? '')) return;
  if (warning.code === 'CIRCULAR_DEPENDENCY' && /zod/.test(warning.message)) return;
  warn(warning);
};
// terser's `module: true` would drop the IIFE's top-level `var InoWidgets=`: only for ES modules.
const minify = (module) => terser({ ecma: 2022, module, compress: { passes: 2 }, format: { comments: false } });

export default [
  {
    onwarn,
    input: 'packages/widgets/src/index.ts',
    output: { file: 'dist/ino-widgets.js', format: 'es', sourcemap: true },
    plugins: [resolve(), ts(), minify(true)],
  },
  {
    onwarn,
    input: 'packages/widgets/src/index.ts',
    output: { file: 'dist/ino-widgets.iife.js', format: 'iife', name: 'InoWidgets', sourcemap: true },
    plugins: [resolve(), ts(), minify(false)],
  },
  {
    onwarn,
    input: 'packages/sdk/src/index.ts',
    output: { file: 'dist/sdk.js', format: 'es', sourcemap: true },
    plugins: [resolve(), ts(), minify(true)],
  },
  // One chunk per widget, with shared chunks for Lit, the SDK and the base: what dist/loader.js loads.
  {
    onwarn,
    input: {
      provider: 'packages/widgets/src/provider/provider.ts',
      'practice-card': 'packages/widgets/src/practice-card/practice-card.ts',
      'challenge-feed': 'packages/widgets/src/challenge-feed/challenge-feed.ts',
      'participation-ladder': 'packages/widgets/src/participation-ladder/participation-ladder.ts',
      'learning-track-signup': 'packages/widgets/src/learning-track-signup/learning-track-signup.ts',
    },
    output: { dir: 'dist/widgets', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js', sourcemap: true },
    plugins: [resolve(), ts('dist/widgets'), minify(true)],
  },
  {
    onwarn,
    input: 'packages/widgets/src/loader.ts',
    output: { file: 'dist/loader.js', format: 'es', sourcemap: true },
    plugins: [ts(), minify(true)],
  },
  // Not shipped: the mock API for the offline demo and the examples (msw in the page).
  {
    onwarn,
    input: 'packages/mock-api/src/browser.ts',
    output: { file: 'dist/demo/mock-api.js', format: 'es', sourcemap: true },
    plugins: [nodeResolve({ browser: true, exportConditions: ['browser'] }), ts(), minify(true)],
  },
];
