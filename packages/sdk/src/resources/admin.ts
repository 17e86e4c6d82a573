import type { InoConnection } from '../connection.js';
import type { RawResponse, Transport } from '../http.js';

/**
 * How the organiser API is signed in to (CONTRACT.md §4): a fixed API token, or `getToken`, called
 * before every request so that a host's sign-in (OpenID Connect) can hand out a refreshed one.
 */
export type AdminAuth = { token: string } | { getToken: () => string | Promise<string> };

/** The collections of the content store as the organiser API's URLs name them. */
export type AdminCollection = 'practices' | 'challenges' | 'learning-tracks' | 'organisations' | 'themes' | 'programmes';

/**
 * A record of the content store (§4.1): Dutch text at the top level, `translations` beside it, other
 * resources named by id. The server validates it whole; `@ino/contract`'s record types describe each.
 */
export type AdminRecord = { id: string } & Record<string, unknown>;

/** The whole content store, each collection an array of records (by its name in the document). */
export type AdminContent = Record<'organisations' | 'themes' | 'programmes' | 'practices' | 'challenges' | 'learningTracks', AdminRecord[]>;

/** A record as stored, with the ETag to send back when replacing or withdrawing it. */
export interface VersionedRecord<R extends AdminRecord = AdminRecord> {
  record: R;
  etag: string;
}

export interface AdminResource {
  /** GET /admin/content: the whole store, as the command line loads and exports it. */
  content(signal?: AbortSignal): Promise<AdminContent>;
  /** GET /admin/{collection}/{id}. */
  get<R extends AdminRecord = AdminRecord>(collection: AdminCollection, id: string, signal?: AbortSignal): Promise<VersionedRecord<R>>;
  /** PUT with `If-None-Match: *`: a record that must not exist yet (else `precondition-failed`). */
  create<R extends AdminRecord>(collection: AdminCollection, record: R, signal?: AbortSignal): Promise<VersionedRecord<R>>;
  /** PUT with `If-Match`: replaces the version `etag` names (a newer one: `precondition-failed`). */
  replace<R extends AdminRecord>(collection: AdminCollection, id: string, record: R, etag: string, signal?: AbortSignal): Promise<VersionedRecord<R>>;
  /** DELETE with `If-Match`: the public API answers 404 for it from then on. Answers the record as it was. */
  withdraw<R extends AdminRecord = AdminRecord>(collection: AdminCollection, id: string, etag: string, signal?: AbortSignal): Promise<R>;
}

/** A request to the organiser API (below `/admin`): the transport's `send` with the bearer header, its token asked for each time. */
export type AdminSend = Transport['send'];

/** Sends to `/admin…` with `Authorization: Bearer`, from a fixed token or from `getToken`, called before every request. */
export function adminSend(connection: InoConnection, auth: AdminAuth): AdminSend {
  const token = 'token' in auth ? () => auth.token : auth.getToken;
  return async (method, path, headers, body, signal) =>
    connection.transport.send(method, `/admin${path}`, { ...headers, authorization: `Bearer ${await token()}` }, body, signal);
}

/**
 * The organiser API's content routes (§4.1) over a connection's transport, with a bearer token in the
 * Authorization header (never in a URL, where logs and referrers would keep it). Its answers bypass the
 * ETag cache: they are `no-store` and belong to the token. A refusal is an ApiError whose kind says
 * why: `unauthorized`, `forbidden`, `not-found`, `precondition-failed`, `precondition-required`,
 * `conflict`, `validation`. Kept out of `createClient`, so public widgets never bundle it.
 */
export function adminOf(connection: InoConnection, auth: AdminAuth): AdminResource {
  const send = adminSend(connection, auth);
  const recordPath = (collection: AdminCollection, id: string) => `/${encodeURIComponent(collection)}/${encodeURIComponent(id)}`;
  // The server gives every record's answer an ETag; without one a later If-Match simply fails (412).
  const versioned = <R extends AdminRecord>({ body, etag }: RawResponse): VersionedRecord<R> => ({ record: body as R, etag: etag ?? '' });

  return {
    content: async (signal) => (await send('GET', '/content', {}, undefined, signal)).body as AdminContent,
    get: async (collection, id, signal) => versioned(await send('GET', recordPath(collection, id), {}, undefined, signal)),
    create: async (collection, record, signal) => versioned(await send('PUT', recordPath(collection, record.id), { 'if-none-match': '*' }, record, signal)),
    replace: async (collection, id, record, etag, signal) => versioned(await send('PUT', recordPath(collection, id), { 'if-match': etag }, record, signal)),
    withdraw: async <R extends AdminRecord>(collection: AdminCollection, id: string, etag: string, signal?: AbortSignal) =>
      (await send('DELETE', recordPath(collection, id), { 'if-match': etag }, undefined, signal)).body as R,
  };
}
