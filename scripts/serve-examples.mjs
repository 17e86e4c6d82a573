// `npm start` (after the build): serves the examples, the bundles and the mock API's service worker
// on localhost, and prints the address. Static files only; the API runs in the page (msw).
import http from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.map': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png',
};
/** What may be served: nothing else of the repository leaves the machine. */
const PUBLIC = ['examples', 'dist'];

async function resolveFile(urlPath) {
  if (urlPath === '/') return { redirect: '/examples/' };
  if (urlPath === '/mockServiceWorker.js') return { file: join(ROOT, 'public', 'mockServiceWorker.js') };
  const relative = normalize(decodeURIComponent(urlPath)).replace(/^[/\\]+/, '');
  if (relative.startsWith('..') || !PUBLIC.includes(relative.split(sep)[0])) return undefined;
  let file = join(ROOT, relative);
  const info = await stat(file).catch(() => undefined);
  if (info?.isDirectory()) {
    if (!urlPath.endsWith('/')) return { redirect: `${urlPath}/` };
    file = join(file, 'index.html');
  }
  return { file };
}

const server = http.createServer(async (request, response) => {
  try {
    const target = await resolveFile(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (target?.redirect) return response.writeHead(302, { location: target.redirect }).end();
    if (!target) return response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    const body = await readFile(target.file);
    response.writeHead(200, { 'content-type': TYPES[extname(target.file)] ?? 'application/octet-stream', 'cache-control': 'no-store' }).end(body);
  } catch {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
  }
});

function listen(port, attemptsLeft = 10) {
  server.once('error', (error) => {
    if (error.code === 'EADDRINUSE' && attemptsLeft > 0) return listen(port + 1, attemptsLeft - 1);
    throw error;
  });
  server.listen(port, '127.0.0.1', () => {
    console.log(`\nINO widgets examples: http://localhost:${port}/examples/\n(Ctrl+C stops the server)`);
  });
}
listen(Number(process.env.PORT ?? 8080));
