import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { CHROMIUM_ARGS, chromiumPath } from './test/support/chromium.mjs';
import { plainSummaryReporter } from './test/support/wtr-summary-reporter.mjs';

const isContractContent = (path) => path.startsWith('/packages/contract/content/') && path.endsWith('.json');

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  rootDir: '.',
  files: process.env.WTR_FILES ? process.env.WTR_FILES.split(',') : ['packages/widgets/test/**/*.test.ts', 'test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development'] },
  reporters: [defaultReporter(), plainSummaryReporter()],
  // One page at a time: keyboard tests need the focused page, and only one page has focus.
  concurrency: 1,
  // Lit's dev build stays on in tests (it throws on mistakes the production build hides); drop its banner.
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  browserStartTimeout: 60_000,
  testsFinishTimeout: 180_000,
  testFramework: { config: { timeout: 10_000 } },
  browsers: [chromeLauncher({ launchOptions: { executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS } })],
  middleware: [
    // msw's worker must be served from the page's scope ("/"); the file lives in public/.
    function serveMswWorker(context, next) {
      if (context.url === '/mockServiceWorker.js') context.url = '/public/mockServiceWorker.js';
      return next();
    },
  ],
  plugins: [
    // Not among wtr's default commands: the accessibility tree, as Chromium gives it to assistive technology.
    a11ySnapshotPlugin(),
    // The contract's content (the ladder's text, the bundled records) is imported as JSON modules; the
    // target below drops import attributes, so the browser would take the files for JavaScript. Served
    // as modules instead; nothing else (a fetched package.json) changes.
    {
      name: 'contract-content-as-modules',
      resolveMimeType: (context) => (isContractContent(context.path) ? 'js' : undefined),
      transform: (context) => (isContractContent(context.path) ? { body: `export default ${context.body};` } : undefined),
    },
    esbuildPlugin({
      ts: true,
      // 'auto' would leave decorators for the newest Chrome untouched; es2022 lowers them.
      target: 'es2022',
      // esbuild reads this file as tsconfigRaw: no "extends", so the decorator settings live in it.
      tsconfig: fileURLToPath(new URL('./tsconfig.wtr.json', import.meta.url)),
    }),
  ],
};
