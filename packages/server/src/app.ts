// The HTTP server: node:http and a route table (docs/server.md says why no framework). Requests go
// to /health, /openapi.json, the API under the base path, and with INO_STATIC_ROOT the examples;
// every error becomes a problem, and nothing a client sends can stop the server.
import { createServer, STATUS_CODES, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { answerFor, assertSafeQuery, cacheableAnswer, InvalidQueryError, READ_CORS, representationOf, requestedLang } from '@ino/mock-api/shared';
import type { Config } from './config.js';
import { isUnavailable, type Database } from './db/database.js';
import { loggableError } from './db/loggable-error.js';
import { readJsonBody } from './http/body.js';
import { preflight, writeAccess, type WriteAccess } from './http/cors.js';
import { HttpProblem, sendProblem } from './http/problem.js';
import { clientAddress, RateLimiter, rateLimitKey } from './http/rate-limit.js';
import { ifNoneMatch, sendCacheable, sendJson } from './http/respond.js';
import { serveStatic } from './http/static.js';
import { openApiDocument } from './openapi.js';
import { apply } from './repositories/applications.js';
import { APPLICATIONS_PATH, READS } from './routes/content.js';
import { createRouter, type Match } from './routes/router.js';

/** Seconds a client should wait when the database cannot be reached. */
const UNAVAILABLE_RETRY_AFTER = 5;

export interface AppOptions {
  config: Config;
  db: Database;
}

export function createApp({ config, db }: AppOptions): Server {
  const route = createRouter([...Object.keys(READS), APPLICATIONS_PATH]);
  const limits = {
    read: config.rateLimitGet && new RateLimiter(config.rateLimitGet),
    write: config.rateLimitPost && new RateLimiter(config.rateLimitPost),
  };
  // Serialised and hashed once: it does not change while the server runs.
  const openApi = representationOf(openApiDocument(config.basePath), 'en');

  /** The API: its problems carry the route's CORS headers, so a page can read them. */
  async function api(request: IncomingMessage, response: ServerResponse, url: URL, path: string): Promise<void> {
    const match = route(path);
    const isWrite = match?.pattern === APPLICATIONS_PATH;
    // Only the applications path asks whether the page's origin may write, and asks it once.
    const write = isWrite ? writeAccess(request, config.allowedOrigins) : undefined;
    const cors = write ? write.cors : READ_CORS;
    try {
      await endpoint(request, response, url, match, write, cors);
    } catch (error) {
      throw toProblem(error).withHeaders(cors);
    }
  }

  /** `write` is there for the applications path only. */
  async function endpoint(request: IncomingMessage, response: ServerResponse, url: URL, match: Match | undefined, write: WriteAccess | undefined, cors: Record<string, string>): Promise<void> {
    if (!match) throw new HttpProblem(404, 'not-found', `Nothing at ${url.pathname}`);
    const isWrite = write !== undefined;
    if (request.method === 'OPTIONS') {
      const { status, headers } = preflight(write);
      response.writeHead(status, headers).end();
      return;
    }
    const allowed = isWrite ? 'POST, OPTIONS' : 'GET, HEAD, OPTIONS';
    if (!allowed.split(', ').includes(request.method ?? '')) {
      throw new HttpProblem(405, 'about:blank', `${url.pathname} takes ${allowed}.`, { headers: { allow: allowed } });
    }
    const wait = (isWrite ? limits.write : limits.read)?.take(rateLimitKey(clientAddress(request, config.trustedProxies))) ?? 0;
    if (wait) throw new HttpProblem(429, 'rate-limited', `Too many requests from this address; try again in ${wait} s.`, { headers: { 'retry-after': String(wait) } });

    if (!isWrite) {
      assertSafeQuery(url.searchParams);
      const lang = requestedLang(url.searchParams.get('lang'));
      const body = await READS[match.pattern]!(db, url.searchParams, lang, match.params);
      if (!body) throw new HttpProblem(404, 'not-found', `Nothing at ${url.pathname}`);
      sendCacheable(request, response, cacheableAnswer(body, lang, ifNoneMatch(request)));
      return;
    }

    if (!write.mayWrite) {
      throw new HttpProblem(403, 'about:blank', `Applications from ${request.headers.origin} are not accepted here.`);
    }
    const body = await readJsonBody(request, config.maxBodyBytes);
    // Node joins a repeated header with ", ", which is then not a valid key.
    const key = request.headers['idempotency-key'];
    const outcome = await apply(db, match.params.id!, typeof key === 'string' ? key : null, body);
    if (!outcome) throw new HttpProblem(404, 'not-found', `No learning track ${match.params.id}`);
    if (outcome.kind === 'problem') throw HttpProblem.from(outcome);
    sendJson(response, outcome.kind === 'created' ? 201 : 200, outcome.application, { ...cors, 'cache-control': 'no-store' });
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
    handle(request, response).catch((error: unknown) => sendProblem(response, toProblem(error)));
  });
  // Slow or half-sent requests must not hold connections for long.
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;
  server.keepAliveTimeout = 5_000;
  // Requests Node cannot even parse (bad request line, headers too large) get a problem too.
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    if (!socket.writable || error.code === 'ECONNRESET') return void socket.destroy();
    const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
    const json = JSON.stringify(new HttpProblem(status, 'about:blank', 'The request could not be read.').body);
    socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n` +
      `content-type: application/problem+json\r\ncontent-length: ${Buffer.byteLength(json)}\r\nconnection: close\r\n\r\n${json}`);
  });
  return server;
}

function toProblem(error: unknown): HttpProblem {
  if (error instanceof HttpProblem) return error;
  if (error instanceof InvalidQueryError) return new HttpProblem(400, error.kind, error.message);
  if (isUnavailable(error)) {
    console.error(`The database cannot be reached: ${(error as Error).message}`);
    return new HttpProblem(503, 'unavailable', 'The database cannot be reached; try again shortly.', { headers: { 'retry-after': String(UNAVAILABLE_RETRY_AFTER) } });
  }
  console.error(loggableError(error));
  return new HttpProblem(500, 'internal', 'Something went wrong on our side; it has been logged.');
}
