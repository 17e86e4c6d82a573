// The HTTP server: node:http and a route table (docs/server.md says why no framework). Requests go
// to /health, /openapi.json, the API under the base path, and with INO_STATIC_ROOT the examples;
// every error becomes a problem, and nothing a client sends can stop the server.
import { createServer, STATUS_CODES, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { allowedMethods, createPathMatcher, ROUTES, type PathMatch, type RouteName } from '@ino/contract';
import { answerFor, assertSafeQuery, cacheableAnswer, InvalidQueryError, READ_CORS, representationOf, requestedLang } from '@ino/mock-api/shared';
import type { Config } from './config.js';
import { isUnavailable, type Database } from './db/database.js';
import { preflight, writeAccess, type WriteAccess } from './http/cors.js';
import { HttpProblem, sendProblem } from './http/problem.js';
import { clientAddress, RateLimiter, rateLimitKey } from './http/rate-limit.js';
import { ifNoneMatch, sendCacheable, sendJson } from './http/respond.js';
import { serveStatic } from './http/static.js';
import { openApiDocument } from './openapi.js';
import { READS } from './routes/content.js';
import { WRITES } from './routes/writes.js';

/** Seconds a client should wait when the database cannot be reached. */
const UNAVAILABLE_RETRY_AFTER = 5;

export interface AppOptions {
  config: Config;
  db: Database;
}

export function createApp({ config, db }: AppOptions): Server {
  const matchPath = createPathMatcher();
  const limits = {
    read: config.rateLimitGet && new RateLimiter(config.rateLimitGet),
    write: config.rateLimitPost && new RateLimiter(config.rateLimitPost),
  };
  /**
   * Where this server's problem types live: the operator's INO_PROBLEM_BASE, else `{base path}/problems/`
   * on the address the request was sent to (clients recognise a problem by the part after `/problems/`).
   */
  const problemBase = (request: IncomingMessage): string =>
    config.problemBase ?? `http://${request.headers.host ?? `${config.host}:${config.port}`}${config.basePath}/problems/`;
  // Serialised and hashed once: it does not change while the server runs.
  const openApi = representationOf(openApiDocument(config.basePath), 'en');

  /**
   * The API, one pipeline for every route of the contract's table: match the path, decide CORS by the
   * route's access (a write asks once whether the page's origin may write), answer a preflight, check
   * the method, take from the access's rate limit, then the route's read or write. Its problems carry
   * the same CORS headers, so a page can read them.
   */
  async function api(request: IncomingMessage, response: ServerResponse, url: URL, path: string): Promise<void> {
    const match = matchPath(path);
    const write = match && ROUTES[match.routes[0]!].access === 'write' ? writeAccess(request, config.allowedOrigins) : undefined;
    const cors = write ? write.cors : READ_CORS;
    try {
      await endpoint(request, response, url, match, write);
    } catch (error) {
      throw toProblem(error).withHeaders(cors);
    }
  }

  /** `write` is there for the routes whose access is `write`. */
  async function endpoint(request: IncomingMessage, response: ServerResponse, url: URL, match: PathMatch | undefined, write: WriteAccess | undefined): Promise<void> {
    if (!match) throw new HttpProblem(404, 'not-found', `Nothing at ${url.pathname}`);
    const methods = allowedMethods(match.routes);
    if (request.method === 'OPTIONS') {
      const { status, headers } = preflight(methods, write);
      response.writeHead(status, headers).end();
      return;
    }
    const name = routeFor(match.routes, request.method);
    if (!name) throw new HttpProblem(405, 'about:blank', `${url.pathname} takes ${methods.join(', ')}.`, { headers: { allow: methods.join(', ') } });
    const wait = (write ? limits.write : limits.read)?.take(rateLimitKey(clientAddress(request, config.trustedProxies))) ?? 0;
    if (wait) throw new HttpProblem(429, 'rate-limited', `Too many requests from this address; try again in ${wait} s.`, { headers: { 'retry-after': String(wait) } });

    if (!write) {
      assertSafeQuery(url.searchParams);
      const lang = requestedLang(url.searchParams.get('lang'));
      const body = await READS[name as keyof typeof READS](db, url.searchParams, lang, match.params);
      if (!body) throw new HttpProblem(404, 'not-found', `Nothing at ${url.pathname}`);
      sendCacheable(request, response, cacheableAnswer(body, lang, ifNoneMatch(request)));
      return;
    }
    if (!write.mayWrite) {
      throw new HttpProblem(403, 'forbidden-origin', `Applications from ${request.headers.origin} are not accepted here; the operator can allow this origin (INO_ALLOWED_ORIGINS).`);
    }
    const answer = await WRITES[name as keyof typeof WRITES]({ db, request, params: match.params, config });
    sendJson(response, answer.status, answer.body, { ...write.cors, 'cache-control': 'no-store' });
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    let url: URL;
    try {
      url = new URL(request.url ?? '/', 'http://localhost');
    } catch {
      throw new HttpProblem(400, 'about:blank', 'The request target is not a URL.');
    }
    const path = url.pathname;
    if (path === '/health') {
      await db.query('SELECT 1');
      sendJson(response, 200, { status: 'ok', database: db.kind }, { 'cache-control': 'no-store' });
    } else if (path === '/openapi.json' || path === `${config.basePath}/openapi.json`) {
      sendCacheable(request, response, answerFor(openApi, ifNoneMatch(request)));
    } else if (path.startsWith(`${config.basePath}/`)) {
      await api(request, response, url, path.slice(config.basePath.length));
    } else if (!(config.staticRoot && (await serveStatic(request, response, { root: config.staticRoot })))) {
      throw new HttpProblem(404, 'not-found', `Nothing at ${path}`);
    }
  }

  const server = createServer((request, response) => {
    // Every answer is what its Content-Type says: a browser must never sniff a body into HTML.
    response.setHeader('x-content-type-options', 'nosniff');
    handle(request, response).catch((error: unknown) => sendProblem(response, toProblem(error), problemBase(request)));
  });
  // Slow or half-sent requests must not hold connections for long.
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;
  server.keepAliveTimeout = 5_000;
  // Requests Node cannot even parse (bad request line, headers too large) get a problem too.
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    if (!socket.writable || error.code === 'ECONNRESET') return void socket.destroy();
    const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
    const json = JSON.stringify(new HttpProblem(status, 'about:blank', 'The request could not be read.').bodyUnder(''));
    socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n` +
      `content-type: application/problem+json\r\ncontent-length: ${Buffer.byteLength(json)}\r\nconnection: close\r\n\r\n${json}`);
  });
  return server;
}

/** The route at a path that takes the method (HEAD is a GET without its body). */
function routeFor(routes: readonly RouteName[], method = 'GET'): RouteName | undefined {
  const wanted = method === 'HEAD' ? 'GET' : method;
  return routes.find((name) => ROUTES[name].method === wanted);
}

function toProblem(error: unknown): HttpProblem {
  if (error instanceof HttpProblem) return error;
  if (error instanceof InvalidQueryError) return new HttpProblem(400, error.kind, error.message);
  if (isUnavailable(error)) {
    console.error(`The database cannot be reached: ${(error as Error).message}`);
    return new HttpProblem(503, 'unavailable', 'The database cannot be reached; try again shortly.', { headers: { 'retry-after': String(UNAVAILABLE_RETRY_AFTER) } });
  }
  console.error(error);
  return new HttpProblem(500, 'internal', 'Something went wrong on our side; it has been logged.');
}
