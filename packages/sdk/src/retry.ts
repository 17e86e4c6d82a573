import { ApiError, NetworkError, TimeoutError } from './errors.js';

/** Statuses the contract answers with `Retry-After` when a client should try again later. */
const RETRYABLE_STATUSES = new Set([429, 503]);

/** A request that failed in a way that may pass on a later try. */
export function isRetryable(error: unknown): boolean {
  return error instanceof NetworkError || error instanceof TimeoutError || (error instanceof ApiError && RETRYABLE_STATUSES.has(error.status));
}

export interface BackoffOptions {
  /** First wait; every next one doubles. */
  baseDelayMs: number;
  /** No wait, whether computed or asked for by Retry-After, is longer than this. */
  maxDelayMs: number;
}

/**
 * How long to wait before try number `attempt + 1`: what the server asked for in Retry-After, else an
 * exponential backoff with jitter (so that many clients cut off at once do not come back at once).
 */
export function retryDelay(attempt: number, error: unknown, { baseDelayMs, maxDelayMs }: BackoffOptions): number {
  if (error instanceof ApiError && error.retryAfter !== undefined) return Math.min(error.retryAfter * 1000, maxDelayMs);
  const exponential = Math.min(baseDelayMs * 2 ** attempt, maxDelayMs);
  return Math.round(exponential / 2 + (Math.random() * exponential) / 2);
}

/** Retry-After as seconds: either a number of seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(value: string | null): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

/** Waits, unless the signal is aborted first (then rejects with the signal's reason). */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
