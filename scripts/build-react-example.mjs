// Bundles the React example (examples/react/app.tsx) into examples/react/dist/app.js with esbuild, as
// a React app's bundler would: `@ino/widgets` resolves through the workspace package's `exports`
// (TypeScript sources). The widgets use legacy decorators, so esbuild must compile them with
// `experimentalDecorators` and `useDefineForClassFields: false`: it reads them from the tsconfig.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

await build({
  absWorkingDir: ROOT,
  entryPoints: ['examples/react/app.tsx'],
  outfile: 'examples/react/dist/app.js',
  tsconfig: 'examples/react/tsconfig.json',
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  sourcemap: true,
  // React's production build: no development warnings, and the size a real app ships.
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
});
console.log('examples/react/dist/app.js');
