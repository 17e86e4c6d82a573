import type * as z from 'zod/mini';
import { ValidationError } from '../errors.js';
import type { Query } from '../http.js';
import type { CallOptions, InoConnection } from '../connection.js';
import type { ReadResult } from '../read-tolerantly.js';
import { IdSchema, pageOf, type Page } from '../schemas/common.js';

export interface PageQuery {
  limit?: number;
  /** The previous page's `nextCursor`. */
  cursor?: string | null;
}

/** A paginated resource: one page at a time, or every item through an async iterator. */
export interface ListResource<T, Q extends PageQuery> {
  /** One page; what was left out of it is in its `dropped`. */
  list(query?: Q, options?: CallOptions): Promise<Page<T>>;
  /** Follows `nextCursor` until the last page; stop early with `break` or the signal. */
  iterate(query?: Q, options?: CallOptions): AsyncGenerator<T, void, undefined>;
}

export interface ReadResource<T, Q extends PageQuery> extends ListResource<T, Q> {
  get(id: string, options?: CallOptions): Promise<T>;
  /** The same as `get`, with what was dropped from the resource beside it. */
  read(id: string, options?: CallOptions): Promise<ReadResult<T>>;
}

/**
 * The page schema of each item schema, built the first time a page of it is read. Resource objects
 * are made per call (`challengesOf(connection).list(…)`), so building it there would repeat it on
 * every request; building it at import would defeat tree-shaking.
 */
const pageSchemas = new WeakMap<z.ZodMiniType, z.ZodMiniType>();
export function pageSchemaOf(item: z.ZodMiniType): z.ZodMiniType {
  let schema = pageSchemas.get(item);
  if (!schema) pageSchemas.set(item, (schema = pageOf(item)));
  return schema;
}

/** `what` is plural: "challenges". */
export function listResource<T, Q extends PageQuery>(connection: InoConnection, path: string, item: z.ZodMiniType<T>, what: string): ListResource<T, Q> {
  const list = async (query?: Q, call?: CallOptions): Promise<Page<T>> => {
    const { value, dropped } = await connection.read(pageSchemaOf(item), `A page of ${what}`, path, { ...(query as Query | undefined) }, call);
    return { ...(value as Omit<Page<T>, 'dropped'>), dropped };
  };
  return {
    list,
    async *iterate(query, call) {
      for await (const page of pagesFrom(query?.cursor ?? null, (cursor) => list({ ...query, cursor } as Q, call), what)) yield* page.items;
    },
  };
}

/**
 * Every page from `cursor` on, following `nextCursor` to the last. A server that hands out a cursor it
 * gave before would make this loop for ever: that stops it with a ValidationError. `what` is plural.
 */
export async function* pagesFrom<P extends { nextCursor: string | null }>(
  cursor: string | null,
  page: (cursor: string | null) => Promise<P>,
  what: string,
): AsyncGenerator<P, void, undefined> {
  const seen = new Set<string>();
  do {
    if (cursor) seen.add(cursor);
    const next = await page(cursor);
    yield next;
    cursor = next.nextCursor;
    if (cursor && seen.has(cursor))
      throw new ValidationError(`The API repeated a cursor of ${what}: it would page for ever`, [{ path: 'nextCursor', message: 'A cursor seen before' }]);
  } while (cursor);
}

/** `what` is singular: "challenge". */
export function readResource<T, Q extends PageQuery>(connection: InoConnection, path: string, item: z.ZodMiniType<T>, what: string): ReadResource<T, Q> {
  const read = (id: string, call?: CallOptions) =>
    connection.read(item, `The ${what}`, `${path}/${encodeURIComponent(checkId(id))}`, {}, call) as Promise<ReadResult<T>>;
  return {
    ...listResource<T, Q>(connection, path, item, `${what}s`),
    read,
    get: async (id, call) => (await read(id, call)).value,
  };
}

/** An id goes into a URL path: refuse anything that is not a slug before it is sent. */
export function checkId(id: string): string {
  const result = IdSchema.safeParse(id);
  if (!result.success) throw new ValidationError(`Not a valid id: ${JSON.stringify(id)}`, [{ path: '', message: 'Not a valid id (slug)' }]);
  return id;
}
