import { ApiError, InoError, NetworkError, TimeoutError, ValidationError } from './errors.js';
import { EtagCache } from './etag-cache.js';
import { isRetryable, parseRetryAfter, retryDelay, sleep } from './retry.js';
import { ProblemSchema, type Problem } from './schemas/problem.js';

export interface TransportOptions {
  /** Where the API lives, e.g. `https://api.example.org/ino/v1`; may be relative to the page in a browser. */
  baseUrl: string;
  /** Defaults to the global fetch. */
  fetch?: typeof fetch;
  /** Per try; default 10 000 ms. */
  timeoutMs?: number;
  /** Extra tries after the first for GETs and for POSTs with an Idempotency-Key; default 2. */
  retries?: number;
  /** First backoff wait; default 300 ms. */
  retryBaseDelayMs?: number;
  /** Longest wait between tries, also for Retry-After; default 10 000 ms. */
  maxRetryDelayMs?: number;
  /** How many ETag-validated bodies to keep; default 100, 0 turns the cache off. */
  cacheSize?: number;
}

export type Query = Record<string, string | number | readonly string[] | null | undefined>;

export interface RawResponse {
  status: number;
  /** Parsed JSON; the text itself when the request's Accept named another type (a CSV). */
  body: unknown;
  /** The answer's ETag, when it has one. */
  etag?: string;
  /** Every header of the answer (a CSV's Content-Disposition). */
  headers: Headers;
}

export interface Transport {
  /** GET a JSON body: retried, de-duplicated while in flight, revalidated with its ETag. */
  get(path: string, query: Query, signal?: AbortSignal): Promise<unknown>;
  /** POST a JSON body. Retried only when an Idempotency-Key makes a retry safe. */
  post(path: string, body: unknown, headers: Record<string, string>, signal?: AbortSignal): Promise<RawResponse>;
  /**
   * Any method with the caller's headers, a JSON body when given. Never cached nor shared with other
   * callers: for the organiser API, whose answers are `no-store` and belong to one token. Only GETs
   * retry. An `accept` header other than JSON answers the body as text, byte for byte (a BOM kept).
   */
  send(method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, headers: Record<string, string>, body?: unknown, signal?: AbortSignal): Promise<RawResponse>;
}

interface SharedGet {
  promise: Promise<unknown>;
  controller: AbortController;
  waiting: number;
}

export function createTransport(options: TransportOptions): Transport {
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init));
  const timeoutMs = options.timeoutMs ?? 10_000;
  const retries = Math.max(0, options.retries ?? 2);
  const backoff = { baseDelayMs: options.retryBaseDelayMs ?? 300, maxDelayMs: options.maxRetryDelayMs ?? 10_000 };
  const cache = new EtagCache(options.cacheSize ?? 100);
  const inFlight = new Map<string, SharedGet>();

  /** One try: fetch with a timeout, and every failure turned into an InoError (or the caller's AbortError). */
  async function attempt(url: string, init: RequestInit, signal: AbortSignal): Promise<Response> {
    if (signal.aborted) throw signal.reason;
    const controller = new AbortController();
    const onAbort = () => controller.abort(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    try {
      return await doFetch(url, { ...init, signal: controller.signal, credentials: 'omit' });
    } catch (error) {
      if (signal.aborted) throw signal.reason;
      if (timedOut) throw new TimeoutError(timeoutMs);
      throw new NetworkError(`Could not reach ${url}`, { cause: error });
    } finally {
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
    }
  }

  async function withRetries<T>(signal: AbortSignal, canRetry: boolean, run: () => Promise<T>): Promise<T> {
    for (let tryNumber = 0; ; tryNumber++) {
      try {
        return await run();
      } catch (error) {
        if (!canRetry || tryNumber >= retries || !isRetryable(error)) throw error;
        await sleep(retryDelay(tryNumber, error, backoff), signal);
      }
    }
  }

  async function fetchGet(url: string, signal: AbortSignal): Promise<unknown> {
    return withRetries(signal, true, async () => {
      const cached = cache.get(url);
      const headers: Record<string, string> = { accept: 'application/json' };
      if (cached) headers['if-none-match'] = cached.etag;
      const response = await attempt(url, { method: 'GET', headers }, signal);
      if (response.status === 304 && cached) return cached.body;
      const body = await readBody(response, url);
      const etag = response.headers.get('etag');
      if (etag) cache.set(url, { etag, body });
      return body;
    });
  }

  return {
    get(path, query, signal) {
      const url = buildUrl(options.baseUrl, path, query);
      let shared = inFlight.get(url);
      if (!shared) {
        const controller = new AbortController();
        const promise = fetchGet(url, controller.signal).finally(() => inFlight.delete(url));
        shared = { promise, controller, waiting: 0 };
        inFlight.set(url, shared);
      }
      return joinShared(shared, signal);
    },

    post(path, body, headers, signal) {
      const idempotent = Object.keys(headers).some((name) => name.toLowerCase() === 'idempotency-key');
      return exchange('POST', path, headers, body, idempotent, signal);
    },

    send(method, path, headers, body, signal) {
      return exchange(method, path, headers, body, method === 'GET', signal);
    },
  };

  /** One request and its answer, retried when `canRetry`; every one past the ETag cache and unshared. */
  function exchange(
    method: string,
    path: string,
    headers: Record<string, string>,
    body: unknown,
    canRetry: boolean,
    signal?: AbortSignal,
  ): Promise<RawResponse> {
    const url = buildUrl(options.baseUrl, path, {});
    const ownSignal = signal ?? new AbortController().signal;
    const init: RequestInit =
      body === undefined
        ? { method, headers: { accept: 'application/json', ...headers } }
        : { method, headers: { accept: 'application/json', 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) };
    const asText = !/json/i.test((init.headers as Record<string, string>).accept!);
    return withRetries(ownSignal, canRetry, async () => {
      const response = await attempt(url, init, ownSignal);
      const etag = response.headers.get('etag');
      return { status: response.status, body: await readBody(response, url, asText), ...(etag ? { etag } : {}), headers: response.headers };
    });
  }
}

/**
 * Waits for a GET that others may share. Aborting one caller rejects only that caller; the request
 * itself is aborted when every caller has gone.
 */
function joinShared(shared: SharedGet, signal: AbortSignal | undefined): Promise<unknown> {
  shared.waiting++;
  if (!signal) return shared.promise;
  if (signal.aborted) {
    leave(shared);
    return Promise.reject(signal.reason);
  }
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      leave(shared);
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
    shared.promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

function leave(shared: SharedGet): void {
  shared.waiting--;
  if (shared.waiting === 0) shared.controller.abort(new DOMException('Every caller aborted', 'AbortError'));
}

/** Reads a JSON body (or text); an error status becomes an ApiError carrying the problem details. */
async function readBody(response: Response, url: string, asText = false): Promise<unknown> {
  let text: string;
  try {
    // response.text() drops a leading BOM; a file that is saved as it came keeps it (a spreadsheet reads UTF-8 by it).
    text = asText ? new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer()) : await response.text();
  } catch (error) {
    throw new NetworkError(`The answer from ${url} was cut off`, { cause: error });
  }
  if (!response.ok) {
    throw new ApiError(response.status, parseProblem(text, response), parseRetryAfter(response.headers.get('retry-after')));
  }
  if (asText) return text;
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ValidationError(`The answer from ${url} is not JSON`, [{ path: '', message: 'Not JSON' }], { cause: error });
  }
}

function parseProblem(text: string, response: Response): Problem {
  const fallback: Problem = { type: 'about:blank', title: response.statusText || `HTTP ${response.status}`, status: response.status };
  try {
    const parsed = ProblemSchema.safeParse(JSON.parse(text));
    return parsed.success ? { ...parsed.data, status: parsed.data.status ?? response.status } : fallback;
  } catch {
    return fallback;
  }
}

/** Joins the base URL (which may carry a path, or be relative to the page) with a path and a query. */
export function buildUrl(baseUrl: string, path: string, query: Query): string {
  const page = (globalThis as { location?: { href: string } }).location?.href;
  let base: URL;
  try {
    base = new URL(baseUrl, page);
  } catch (error) {
    throw new InoError(`Not a usable API base URL: ${baseUrl}`, { cause: error });
  }
  const url = new URL(base.href.replace(/\/+$/, '') + path);
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    url.searchParams.set(name, Array.isArray(value) ? value.join(',') : String(value));
  }
  url.searchParams.sort();
  return url.href;
}
