import { ApiError, InoError, NetworkError, TimeoutError, ValidationError } from '@ino/sdk';
import type { SharedMessages } from './messages.js';

/** A widget that has neither its own `api-base` nor a provider around it. */
export class ConfigurationError extends InoError {
  override name = 'ConfigurationError';
}

export type ErrorKind = keyof SharedMessages['errors'] | 'not-found';

/** What went wrong, in the terms a person is told. */
export function errorKind(error: unknown): ErrorKind {
  if (error instanceof ConfigurationError) return 'config';
  if (error instanceof TimeoutError) return 'timeout';
  if (error instanceof NetworkError) return 'network';
  if (error instanceof ValidationError) return 'invalid';
  if (error instanceof ApiError) {
    if (error.status === 404) return 'not-found';
    if (error.status === 429) return 'rateLimited';
  }
  return 'server';
}

/** Any thrown value as an InoError, so that `ino-error` always carries one. */
export function asInoError(error: unknown): InoError {
  return error instanceof InoError ? error : new InoError(error instanceof Error ? error.message : String(error), { cause: error });
}
