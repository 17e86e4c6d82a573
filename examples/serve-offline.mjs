// `npm run start:offline` (after the build): the examples with the INO API simulated in the page (msw),
// so they run with no server and no database, and show every fault scenario (?fault=…). The pages
// carry the plain embed a real site uses; here each embed script is rewritten on its way out to start
// the mock API first. `npm start` serves the same pages against the real server instead.
// Run with tsx: it shares the static file handling of packages/server.
import http from 'node:http';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '../packages/server/src/http/static.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
// The scripts that bring the widgets: the bundles, and the React example's app (which contains them).
const EMBED = /<script( type="module")? src="(\/dist\/ino-widgets(?:\.iife)?\.js|\/examples\/react\/dist\/app\.js)"(?: defer)?><\/script>/g;

/** The embed, with the mock API started before the widgets load (by serve-offline.page.js). */
function withMockApi(html) {
  return html.replace(
    EMBED,
    (_, isModule, src) => `<script type="module" src="/serve-offline.page.js?src=${encodeURIComponent(src)}${isModule ? '&module' : ''}"></script>`,
  );
}

const files = { '/mockServiceWorker.js': `${ROOT}public/mockServiceWorker.js`, '/serve-offline.page.js': `${ROOT}examples/serve-offline.page.js` };
const options = { root: ROOT, files, transformHtml: withMockApi };
const server = http.createServer(async (request, response) => {
  try {
    if (!(await serveStatic(request, response, options))) response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
  } catch {
    if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain' }).end('Could not read the file');
  }
});

function listen(port, attemptsLeft) {
  server.once('error', (error) => {
    if (error.code === 'EADDRINUSE' && attemptsLeft > 0) return listen(port + 1, attemptsLeft - 1);
    throw error;
  });
  server.listen(port, '127.0.0.1', () => {
    console.log(
      `\nINO widgets examples, offline (the API simulated in the page): http://localhost:${server.address().port}/examples/\n(Ctrl+C stops the server)`,
    );
  });
}
listen(Number(process.env.PORT ?? 8080), process.env.PORT ? 0 : 10);
