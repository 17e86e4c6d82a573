// The example pages and the built bundles, for `npm start` (and the offline demo): files under
// examples/ and dist/ of one directory, nothing else of it. Not for production: there a CDN serves
// dist/cdn/ino-widgets@<version>/ (docs/server.md); here too, those versioned files are cached as immutable.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { CompressibleBody, sendCompressible } from './compress.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};
/** Text, which compresses well; images are compressed already. */
const COMPRESSED_TYPES = new Set(['.html', '.js', '.mjs', '.css', '.json', '.map', '.svg']);
const SERVED = ['examples', 'dist'];
/** A versioned file of the CDN layout (dist/cdn/ino-widgets@0.1.0/…): its content never changes under its URL. */
const VERSIONED = /^ino-widgets@[^/\\]+$/;
const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * The policy of the example pages: the strict one docs/security.md promises a host can keep (no inline
 * script or style, Trusted Types), plus what the pages themselves load: their stylesheet, the `data:`
 * favicon, the API on this origin, and in the offline demo msw's service worker from this origin.
 */
export const EXAMPLES_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; worker-src 'self'; " +
  "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'; require-trusted-types-for 'script'";

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
  let file: string | undefined = files[urlPath];
  let fromDist = false;
  let versioned = false;
  if (!file) {
    let relative: string;
    try {
      relative = normalize(decodeURIComponent(urlPath)).replace(/^[/\\]+/, '');
    } catch {
      return false;
    }
    const segments = relative.split(sep).filter(Boolean);
    // Dotfiles and dot-directories (.env, .git) are never served; `..` is one of them.
    if (!SERVED.includes(segments[0]!) || segments.some((segment) => segment.startsWith('.'))) return false;
    file = await servedRealPath(root, segments);
    if (!file) return false;
    const info = await stat(file);
    if (info.isDirectory()) {
      if (!urlPath.endsWith('/')) {
        // Built from the checked path, never from the request's: `/.//examples` must not answer
        // `Location: //examples/`, which a browser reads as another host.
        response.writeHead(302, { location: encodeURI(`/${segments.join('/')}/`) }).end();
        return true;
      }
      file = await servedRealPath(root, [...segments, 'index.html']);
      if (!file) return false;
    }
    fromDist = segments[0] === 'dist';
    versioned = fromDist && segments[1] === 'cdn' && VERSIONED.test(segments[2] ?? '') && segments.length > 3;
  }
  let body: Buffer | string;
  try {
    body = await readFile(file);
  } catch {
    return false;
  }
  const isHtml = extname(file) === '.html';
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  if (transformHtml && isHtml) body = transformHtml(body.toString('utf8'));
  const headers = {
    'content-type': type,
    'cache-control': versioned ? IMMUTABLE : 'no-store',
    ...(isHtml ? { 'content-security-policy': EXAMPLES_CSP } : {}),
    // A page of another origin may load the module build, which imports its chunks with CORS.
    ...(fromDist ? { 'access-control-allow-origin': '*' } : {}),
  };
  // Compressed on every request: these are the example pages of `npm start`; in production a CDN
  // serves (and compresses) the widgets' files (docs/server.md, "Compression").
  if (COMPRESSED_TYPES.has(extname(file))) {
    sendCompressible(request, response, 200, headers, new CompressibleBody(body));
    return true;
  }
  response.writeHead(200, { ...headers, 'content-length': Buffer.byteLength(body) });
  response.end(request.method === 'HEAD' ? undefined : body);
  return true;
}

/**
 * The real path of `root/segments…` when it exists and, symbolic links resolved, still lies inside the
 * served directory it is under (examples/ or dist/); undefined otherwise.
 */
async function servedRealPath(root: string, segments: string[]): Promise<string | undefined> {
  try {
    const [served, file] = await Promise.all([realpath(join(root, segments[0]!)), realpath(join(root, ...segments))]);
    return file === served || file.startsWith(served + sep) ? file : undefined;
  } catch {
    return undefined;
  }
}
