import * as z from 'zod/mini';
import { createTransport, type Query, type Transport, type TransportOptions } from './http.js';
import type { Lang } from './schemas/common.js';
import { readTolerantly, type ReadResult } from './read-tolerantly.js';

export interface ClientOptions extends TransportOptions {
  /** Language asked for when a call does not say; default `nl`. The API falls back to Dutch per field. */
  lang?: Lang;
}

export interface CallOptions {
  signal?: AbortSignal;
  /** This call's language, instead of the client's. */
  lang?: Lang;
}

/**
 * One API: its transport (retries, in-flight de-duplication, ETag cache) and default language. The
 * resource modules (`challenges(connection)`, …) read through it, so code that needs one resource
 * bundles only that resource's schema; `createClient` puts them all on one object.
 */
export interface InoConnection {
  readonly baseUrl: string;
  readonly lang: Lang;
  readonly transport: Transport;
  /** GET `path` with the call's language. */
  get(path: string, query: Query, call?: CallOptions): Promise<unknown>;
  /** GET `path` and read the body tolerantly with `schema` (see readTolerantly); `what` names it in a ValidationError. */
  read<S extends z.ZodMiniType>(schema: S, what: string, path: string, query: Query, call?: CallOptions): Promise<ReadResult<z.output<S>>>;
}

export function createConnection(options: ClientOptions): InoConnection {
  const transport = createTransport(options);
  const lang = options.lang ?? 'nl';
  const get = (path: string, query: Query, call?: CallOptions) => transport.get(path, { ...query, lang: call?.lang ?? lang }, call?.signal);
  return {
    baseUrl: options.baseUrl,
    lang,
    transport,
    get,
    read: async (schema, what, path, query, call) => readTolerantly(schema, await get(path, query, call), what),
  };
}
