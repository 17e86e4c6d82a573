// The example pages and the built bundles, for `npm start` (and the offline demo): files under
// examples/ and dist/ of one directory, nothing else of it. Not for production: there a CDN serves
// dist/ with versioned, immutable URLs (docs/server.md).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.map': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png',
};
const SERVED = ['examples', 'dist'];

export interface StaticOptions {
  root: string;
  /** Extra files by URL path, e.g. msw's worker for the offline demo. */
  files?: Record<string, string>;
  /** Rewrites every HTML page before it is sent (the offline demo inserts the mock API). */
  transformHtml?: (html: string) => string;
}

/** Answers the request when it names a static file (or `/`); false when it is not one of them. */
export async function serveStatic(request: IncomingMessage, response: ServerResponse, { root, files = {}, transformHtml }: StaticOptions): Promise<boolean> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  const urlPath = new URL(request.url ?? '/', 'http://localhost').pathname;
  if (urlPath === '/') {
    response.writeHead(302, { location: '/examples/' }).end();
    return true;
  }
  let file = files[urlPath];
  if (!file) {
    let relative: string;
    try {
      relative = normalize(decodeURIComponent(urlPath)).replace(/^[/\\]+/, '');
    } catch {
      return false;
    }
    if (relative.startsWith('..') || !SERVED.includes(relative.split(sep)[0]!)) return false;
    file = join(root, relative);
    const info = await stat(file).catch(() => undefined);
    if (info?.isDirectory()) {
      if (!urlPath.endsWith('/')) {
        response.writeHead(302, { location: `${urlPath}/` }).end();
        return true;
      }
      file = join(file, 'index.html');
    }
  }
  let body: Buffer | string;
  try {
    body = await readFile(file);
  } catch {
    return false;
  }
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  if (transformHtml && extname(file) === '.html') body = transformHtml(body.toString('utf8'));
  response.writeHead(200, { 'content-type': type, 'content-length': Buffer.byteLength(body), 'cache-control': 'no-store' });
  response.end(request.method === 'HEAD' ? undefined : body);
  return true;
}
