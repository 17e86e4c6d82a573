// The HTTP server: node:http and a route table (docs/server.md says why no framework). Requests go
// to /health, /openapi.json, the API under the base path, and with INO_STATIC_ROOT the examples;
// every error becomes a problem, and nothing a client sends can stop the server.
import { createServer, STATUS_CODES, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import {
  allowedMethods,
  assertSafeQuery,
  createPathMatcher,
  InvalidQueryError,
  READ_CORS,
  representationOf,
  requestedLang,
  ROUTES,
  type PathMatch,
  type Route,
  type RouteName,
  type RouteNameOf,
} from '@ino/contract';
import { createAuthenticate } from './auth/identity.js';
import { createOidcVerifier } from './auth/oidc.js';
import type { Config } from './config.js';
import { isUnavailable, type Database } from './db/database.js';
import { loggableError } from './db/loggable-error.js';
import { adminCors, adminPreflight } from './http/admin-cors.js';
import { createCachedReads } from './http/cached-reads.js';
import { CompressibleBody } from './http/compress.js';
import { MAILBOX_PATH, serveMailbox } from './http/mailbox.js';
import { NosniffResponse } from './http/nosniff-response.js';
import { preflight, writeAccess, type WriteAccess } from './http/cors.js';
import { HttpProblem, sendProblem } from './http/problem.js';
import { clientAddress, RateLimiter, rateLimitKey } from './http/rate-limit.js';
import { ReadyAnswer } from './http/ready-answer.js';
import { sendJson } from './http/respond.js';
import { SharedRateLimiter } from './http/shared-rate-limit.js';
import { serveStatic } from './http/static.js';
import { mailboxDir } from './mail/mailbox.js';
import { openApiDocument } from './openapi.js';
import { ADMIN } from './routes/admin.js';
import { READS, SHOWS_SEATS } from './routes/content.js';
import { WRITES } from './routes/writes.js';

/** Seconds a client should wait when the database cannot be reached. */
const UNAVAILABLE_RETRY_AFTER = 5;

export interface AppOptions {
  config: Config;
  db: Database;
  /** How long a request may take to arrive whole, headers and body; 30 s (docs/server.md). Tests shorten it. */
  requestTimeoutMs?: number;
  /** What time it is, for what the clock decides (deadlines, application windows); default: now. Tests fix it. */
  clock?: () => Date;
}

export function createApp({ config, db, requestTimeoutMs = 30_000, clock = () => new Date() }: AppOptions): Server {
  const matchPath = createPathMatcher();
  const authenticate = createAuthenticate(db, clock, config.oidc ? [createOidcVerifier(config.oidc)] : []);
  const limits = {
    read: config.rateLimitGet && new RateLimiter(config.rateLimitGet),
    // Shared by every process on one PostgreSQL; the embedded database has one process anyway.
    write: config.rateLimitPost && (db.kind === 'postgres' ? new SharedRateLimiter(db, config.rateLimitPost) : new RateLimiter(config.rateLimitPost)),
  };
  /** The rate limits' bucket for the request's client. */
  const clientOf = (request: IncomingMessage): string => rateLimitKey(clientAddress(request, config.trustedProxies));
  // A token from a limit: 0 when the request may go ahead, else the seconds to wait. The client's bucket
  // is worked out only for a limit that is on (behind a CDN that limits, none is). The read limit lives
  // in this process and answers at once.
  const readWait = (request: IncomingMessage): number => (limits.read ? limits.read.take(clientOf(request)) : 0);
  const writeWait = async (request: IncomingMessage): Promise<number> => (limits.write ? await limits.write.take(clientOf(request)) : 0);
  /**
   * Where this server's problem types live: the operator's INO_PROBLEM_BASE, else `{base path}/problems/`
   * on the address the request was sent to (clients recognise a problem by the part after `/problems/`).
   */
  const problemBase = (request?: IncomingMessage): string =>
    config.problemBase ?? `http://${request?.headers.host ?? `${config.host}:${config.port}`}${config.basePath}/problems/`;
  // Only the example server without a mail server shows the mails it wrote (http/mailbox.ts).
  const mailbox = config.staticRoot && !config.mail.smtpUrl ? mailboxDir(config.dataDir) : undefined;
  // Serialised, hashed and compressed once: it does not change while the server runs.
  const openApiRepresentation = representationOf(openApiDocument(config.basePath), 'en');
  const openApi = new ReadyAnswer(openApiRepresentation.headers, new CompressibleBody(openApiRepresentation.json));
  const reads = createCachedReads({ db, clock, budgetBytes: config.readCacheBytes });

  /**
   * The API, one pipeline for every route of the contract's table: match the path, decide CORS by the
   * route's access (a write asks once whether the page's origin may write), answer a preflight, check
   * the method, take from the access's rate limit, then the route's read or write. Its problems carry
   * the same CORS headers, so a page can read them.
   */
  async function api(request: IncomingMessage, response: ServerResponse, url: URL, path: string): Promise<void> {
    const match = matchPath(path);
    const access = match && ROUTES[match.routes[0]!].access;
    if (access === 'admin') {
      const cors = adminCors(request, config.adminOrigins);
      try {
        await adminEndpoint(request, response, url, match!, cors);
      } catch (error) {
        throw toProblem(error).withHeaders(cors);
      }
      return;
    }
    const write = access === 'write' ? writeAccess(request, config.allowedOrigins) : undefined;
    const cors = write ? write.cors : READ_CORS;
    try {
      await endpoint(request, response, url, match, write);
    } catch (error) {
      throw toProblem(error).withHeaders(cors);
    }
  }

  /**
   * The organiser API: the same steps (preflight, method, rate limit), then who is asking: no valid
   * token is 401, a token without the route's scope 403; what a token limited to organisations may see
   * is the routes' to decide (auth/organisation-scope.ts). Nothing here is cached (`no-store`).
   */
  async function adminEndpoint(request: IncomingMessage, response: ServerResponse, url: URL, match: PathMatch, cors: Record<string, string>): Promise<void> {
    const methods = allowedMethods(match.routes);
    if (request.method === 'OPTIONS') {
      const { status, headers } = adminPreflight(methods, cors);
      response.writeHead(status, headers).end();
      return;
    }
    const name = routeFor(match.routes, request.method) as RouteNameOf<'admin'> | undefined;
    if (!name) throw new HttpProblem(405, 'method-not-allowed', `${url.pathname} takes ${methods.join(', ')}.`, { headers: { allow: methods.join(', ') } });
    // Organisers are few and signed in; a guessed token still costs from the read limit.
    const wait = readWait(request);
    if (wait) throw rateLimited(wait);
    const identity = await authenticate(request);
    if (!identity)
      throw new HttpProblem(401, 'unauthorized', 'Send a valid token: Authorization: Bearer <token> (docs/organisers.md).', {
        headers: { 'www-authenticate': 'Bearer realm="ino-admin"' },
      });
    const scope = ROUTES[name].scope;
    if (!identity.scopes.includes(scope)) throw new HttpProblem(403, 'forbidden', `This token does not have the scope ${scope}.`);
    assertSafeQuery(url.searchParams);
    const answer = await ADMIN[name]({ db, request, params: match.params, query: url.searchParams, config, identity, now: clock() });
    const headers = { ...cors, ...answer.headers, 'cache-control': 'no-store' };
    if (answer.raw)
      response
        .writeHead(answer.status, { ...headers, 'content-type': answer.raw.contentType, 'content-length': answer.raw.bytes.length })
        .end(answer.raw.bytes);
    else sendJson(response, answer.status, answer.body, headers);
  }

  /** `write` is there for the routes whose access is `write`. */
  async function endpoint(
    request: IncomingMessage,
    response: ServerResponse,
    url: URL,
    match: PathMatch | undefined,
    write: WriteAccess | undefined,
  ): Promise<void> {
    if (!match) throw new HttpProblem(404, 'not-found', `Nothing at ${url.pathname}`);
    const methods = allowedMethods(match.routes);
    if (request.method === 'OPTIONS') {
      const bearer = match.routes.some((name) => (ROUTES[name] as Route).headers?.some((header) => header.name === 'Authorization'));
      const { status, headers } = preflight(methods, write, { bearer });
      response.writeHead(status, headers).end();
      return;
    }
    const name = routeFor(match.routes, request.method);
    if (!name) throw new HttpProblem(405, 'method-not-allowed', `${url.pathname} takes ${methods.join(', ')}.`, { headers: { allow: methods.join(', ') } });
    const wait = write ? await writeWait(request) : readWait(request);
    if (wait) throw rateLimited(wait);

    if (!write) {
      assertSafeQuery(url.searchParams);
      const lang = requestedLang(url.searchParams.get('lang'));
      const read = READS[name as keyof typeof READS];
      const found = await reads.serve(request, response, {
        path: url.pathname,
        query: url.searchParams,
        lang,
        showsSeats: SHOWS_SEATS.has(name as keyof typeof READS),
        build: (now) => read(db, url.searchParams, lang, match.params, now, config),
      });
      if (!found) throw new HttpProblem(404, 'not-found', `Nothing at ${url.pathname}`);
      return;
    }
    if (!write.mayWrite) {
      throw new HttpProblem(
        403,
        'forbidden-origin',
        `Applications from ${request.headers.origin} are not accepted here; the operator can allow this origin (INO_ALLOWED_ORIGINS).`,
      );
    }
    const answer = await WRITES[name as keyof typeof WRITES]({ db, request, params: match.params, config, now: clock() });
    sendJson(response, answer.status, answer.body, { ...write.cors, 'cache-control': 'no-store' });
  }

  /**
   * A public read asked before in these very words, whose cached answer still holds, is answered at
   * once, after the read limit: parsing its URL, matching its route and making its key would come out
   * as they did the first time (http/cached-reads.ts, `known`). False for every other request.
   */
  function answerKnown(request: IncomingMessage, response: ServerResponse): boolean {
    // Without a Host, handle() decides (400 for HTTP/1.1).
    const known = request.headers.host !== undefined && reads.known(request);
    if (!known) return false;
    const wait = readWait(request);
    if (wait) throw rateLimited(wait).withHeaders(READ_CORS);
    known(response);
    return true;
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    // HTTP/1.1 requires Host (RFC 9112 §3.2); Node's own refusal would have no problem body.
    if (request.headers.host === undefined && request.httpVersionMinor >= 1)
      throw new HttpProblem(400, 'bad-request', 'An HTTP/1.1 request needs a Host header.');
    let url: URL;
    try {
      url = new URL(request.url ?? '/', 'http://localhost');
    } catch {
      throw new HttpProblem(400, 'bad-request', 'The request target is not a URL.');
    }
    const path = url.pathname;
    if (path === '/health') {
      await db.query('SELECT 1');
      sendJson(response, 200, { status: 'ok', database: db.kind }, { 'cache-control': 'no-store' });
    } else if (path === '/openapi.json' || path === `${config.basePath}/openapi.json`) {
      openApi.send(request, response);
    } else if (path.startsWith(`${config.basePath}/`)) {
      await api(request, response, url, path.slice(config.basePath.length));
    } else if (mailbox && (path === MAILBOX_PATH || path.startsWith(`${MAILBOX_PATH}/`))) {
      await serveMailbox(request, response, path, mailbox);
    } else if (!(config.staticRoot && (await serveStatic(request, response, { root: config.staticRoot })))) {
      throw new HttpProblem(404, 'not-found', `Nothing at ${path}`);
    }
  }

  const server = createServer(
    // Slow or half-sent requests must not hold connections for long: Node checks the timeouts every
    // `connectionsCheckingInterval`, 30 s by default, which would let a 30 s limit run to nearly 60 s.
    {
      requireHostHeader: false,
      headersTimeout: Math.min(10_000, requestTimeoutMs),
      requestTimeout: requestTimeoutMs,
      connectionsCheckingInterval: Math.min(1_000, requestTimeoutMs / 4),
      // Every answer says X-Content-Type-Options: nosniff (http/nosniff-response.ts).
      ServerResponse: NosniffResponse,
    },
    (request, response) => {
      try {
        // Synchronous: the most frequent answer costs no promise (nor a closure).
        if (answerKnown(request, response)) return;
      } catch (error) {
        return sendProblem(response, toProblem(error), problemBase(request));
      }
      handle(request, response).catch((error: unknown) => sendProblem(response, toProblem(error), problemBase(request)));
    },
  );
  server.keepAliveTimeout = 5_000;
  server.on('close', () => void reads.close());
  // Node would answer an expectation other than 100-continue with a bare 417.
  server.on('checkExpectation', (request: IncomingMessage, response: ServerResponse) => {
    sendProblem(response, new HttpProblem(417, 'expectation-failed', 'Only Expect: 100-continue is understood.'), problemBase(request));
  });
  // CONNECT is not a method this server takes; Node would close the connection without a word.
  server.on('connect', (request: IncomingMessage, socket: Duplex) =>
    endWithProblem(
      socket,
      new HttpProblem(405, 'method-not-allowed', 'CONNECT is not supported here.', { headers: { allow: 'GET, HEAD, POST, OPTIONS' } }),
      problemBase(request),
    ),
  );
  // Requests Node cannot even parse (bad request line, headers too large, too slow) get a problem too.
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (!socket.writable || error.code === 'ECONNRESET') return void socket.destroy();
    const problem =
      error.code === 'HPE_HEADER_OVERFLOW'
        ? new HttpProblem(431, 'headers-too-large', 'The request headers are too large.')
        : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
          ? new HttpProblem(408, 'request-timeout', `The request did not arrive whole within ${requestTimeoutMs / 1000} s.`)
          : new HttpProblem(400, 'bad-request', 'The request could not be read.');
    // Node could not read the request, so its Host is unknown: the configured address names the base.
    endWithProblem(socket, problem, problemBase());
  });
  return server;
}

/** A problem written straight to a socket that no ServerResponse serves, then the connection closed. */
function endWithProblem(socket: Duplex, problem: HttpProblem, base: string): void {
  const json = JSON.stringify(problem.bodyUnder(base));
  const extra = Object.entries(problem.headers)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('');
  socket.end(
    `HTTP/1.1 ${problem.status} ${STATUS_CODES[problem.status]}\r\n${extra}` +
      `content-type: application/problem+json\r\ncontent-length: ${Buffer.byteLength(json)}\r\nx-content-type-options: nosniff\r\nconnection: close\r\n\r\n${json}`,
  );
}

function rateLimited(wait: number): HttpProblem {
  return new HttpProblem(429, 'rate-limited', `Too many requests from this address; try again in ${wait} s.`, { headers: { 'retry-after': String(wait) } });
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
    return new HttpProblem(503, 'unavailable', 'The database cannot be reached; try again shortly.', {
      headers: { 'retry-after': String(UNAVAILABLE_RETRY_AFTER) },
    });
  }
  console.error(loggableError(error));
  return new HttpProblem(500, 'internal', 'Something went wrong on our side; it has been logged.');
}
