import type { InoConnection } from '../connection.js';
import type { RawResponse } from '../http.js';
import { readTolerantly, type Dropped } from '../read-tolerantly.js';
import { OrganiserApplicationSchema, type DecisionRequest, type OrganiserApplication } from '../schemas/my-application.js';
import { adminSend, type AdminAuth } from './admin.js';
import { pagesFrom, pageSchemaOf } from './paged.js';

export interface ApplicationsQuery {
  /** Only these statuses (open: any string the API knows). */
  status?: readonly string[];
  /** Words in the name, e-mail address or organisation. */
  q?: string;
  limit?: number;
  /** The previous page's `nextCursor`. */
  cursor?: string;
}

export interface ApplicationsPage {
  items: OrganiserApplication[];
  nextCursor: string | null;
  total?: number;
  /** Applications left out of the page because they broke the contract (`items.3`), and fields left out of the rest. */
  dropped: Dropped[];
}

/** An application as it stands, with the ETag a decision sends back in If-Match. */
export interface VersionedApplication {
  application: OrganiserApplication;
  etag: string;
  /** Fields left out of the application because they broke the contract. */
  dropped: Dropped[];
}

export interface ApplicationsCsv {
  /** The file as the API sent it: RFC 4180, starting with the UTF-8 BOM a spreadsheet reads the accents by. */
  text: string;
  /** From Content-Disposition's `filename` (`<track>-<day>.csv`); absent when the API named none. */
  fileName?: string;
}

export interface OrganiserApplicationsResource {
  /** GET /admin/learning-tracks/{id}/applications: one page, oldest first. */
  list(trackId: string, query?: ApplicationsQuery, signal?: AbortSignal): Promise<ApplicationsPage>;
  /** Every page, following `nextCursor` 100 at a time. */
  all(
    trackId: string,
    query?: Omit<ApplicationsQuery, 'cursor' | 'limit'>,
    signal?: AbortSignal,
  ): Promise<{ items: OrganiserApplication[]; dropped: Dropped[] }>;
  /** The same applications as a CSV file (`Accept: text/csv`). */
  csv(trackId: string, signal?: AbortSignal): Promise<ApplicationsCsv>;
  /** GET /admin/applications/{appId} with its ETag. */
  get(applicationId: string, signal?: AbortSignal): Promise<VersionedApplication>;
  /**
   * POST /admin/applications/{appId}/decision with `If-Match: etag`: the application as decided, with
   * its new ETag. Never retried: after a lost answer a retry would meet its own change as a 412.
   */
  decide(applicationId: string, request: DecisionRequest, etag: string, signal?: AbortSignal): Promise<VersionedApplication>;
}

/** `filename="…"` of Content-Disposition: the API names its file in ASCII (`<track>-<day>.csv`), so `filename*` is not read. */
const fileNameOf = (contentDisposition: string | null) => /filename="?([^";]+)/i.exec(contentDisposition ?? '')?.[1];

/**
 * The organiser API's applications (CONTRACT.md §4.2) over a connection's transport, signed in as
 * `adminOf` is (a bearer token, or `getToken` called before every request). Answers bypass the ETag
 * cache: they are `no-store` and belong to the token. Read tolerantly: a malformed application is left
 * out of a list and reported in `dropped`. A refusal is an ApiError whose kind says why:
 * `unauthorized`, `forbidden`, `not-found`, `precondition-failed` (someone changed it since its ETag),
 * `precondition-required`, `conflict` (not allowed from its status), `seats-exhausted`, `validation`.
 * Kept out of `createClient`, so public widgets never bundle it.
 */
export function organiserApplicationsOf(connection: InoConnection, auth: AdminAuth): OrganiserApplicationsResource {
  const send = adminSend(connection, auth);
  const trackPath = (trackId: string) => `/learning-tracks/${encodeURIComponent(trackId)}/applications`;
  const applicationPath = (id: string) => `/applications/${encodeURIComponent(id)}`;
  const versioned = ({ body, etag }: RawResponse): VersionedApplication => {
    const { value, dropped } = readTolerantly(OrganiserApplicationSchema, body, 'The application');
    // The API gives every application's answer an ETag; without one a decision simply fails (412).
    return { application: value, etag: etag ?? '', dropped };
  };

  const list = async (trackId: string, { status, q, limit, cursor }: ApplicationsQuery = {}, signal?: AbortSignal): Promise<ApplicationsPage> => {
    const query = new URLSearchParams();
    if (status?.length) query.set('status', status.join(','));
    if (q) query.set('q', q);
    if (limit !== undefined) query.set('limit', String(limit));
    if (cursor) query.set('cursor', cursor);
    const search = String(query);
    const { body } = await send('GET', `${trackPath(trackId)}${search && `?${search}`}`, {}, undefined, signal);
    const { value, dropped } = readTolerantly(pageSchemaOf(OrganiserApplicationSchema), body, 'A page of applications');
    const { items, nextCursor, total } = value as Omit<ApplicationsPage, 'dropped'>;
    return { items, nextCursor, ...(total == null ? {} : { total }), dropped };
  };

  return {
    list,
    async all(trackId, query = {}, signal) {
      const items: OrganiserApplication[] = [];
      const dropped: Dropped[] = [];
      // Where the page starts in the whole list as the API sent it, dropped applications counted.
      let start = 0;
      const pages = pagesFrom(null, (cursor) => list(trackId, { ...query, limit: 100, ...(cursor ? { cursor } : {}) }, signal), 'applications');
      for await (const page of pages) {
        const at = start;
        // A page's `items.3` is the whole list's `items.<start + 3>`.
        dropped.push(...page.dropped.map((d) => ({ ...d, path: d.path.replace(/^items\.(\d+)/, (_, i: string) => `items.${at + Number(i)}`) })));
        start += page.items.length + page.dropped.filter((d) => /^items\.\d+$/.test(d.path)).length;
        items.push(...page.items);
      }
      return { items, dropped };
    },
    async csv(trackId, signal) {
      const { body, headers } = await send('GET', trackPath(trackId), { accept: 'text/csv' }, undefined, signal);
      const fileName = fileNameOf(headers.get('content-disposition'));
      return { text: body as string, ...(fileName ? { fileName } : {}) };
    },
    get: async (applicationId, signal) => versioned(await send('GET', applicationPath(applicationId), {}, undefined, signal)),
    decide: async (applicationId, request, etag, signal) =>
      versioned(await send('POST', `${applicationPath(applicationId)}/decision`, { 'if-match': etag }, request, signal)),
  };
}
