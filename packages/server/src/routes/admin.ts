// The organiser API's content routes (CONTRACT.md §4.1), one per `admin` route of the contract's route
// table. The pipeline in app.ts has matched the route, taken the rate limit, authenticated the token
// and checked its scope; a token limited to organisations sees and changes only theirs, as
// auth/organisation-scope.ts decides (anything else is 404, shared records 403). A change reads the store, checks the precondition and the record, and writes
// the store anew, all in one transaction under the content lock: two organisers editing one record meet
// a 412, never a lost update, and the public API serves the change as soon as it commits.
import {
  ContentError,
  ifMatchHolds,
  parseContent,
  validateRecord,
  type Collection,
  type Content,
  type LearningTrackRecord,
  type RouteNameOf,
} from '@ino/contract';
import { ValidationError } from '@ino/sdk';
import type { Identity } from '../auth/identity.js';
import { assertKeptWithin, assertMayChange, contentSeenBy, maySee } from '../auth/organisation-scope.js';
import { audit } from '../db/audit.js';
import { sqlState, type Database, type Queryable } from '../db/database.js';
import { FOREIGN_KEY_VIOLATION, writeContent } from '../db/load-dataset.js';
import { LOCK_KEY } from '../db/migrate.js';
import { readJsonBody } from '../http/body.js';
import { ifMatchOf } from '../http/if-match.js';
import { HttpProblem } from '../http/problem.js';
import type { AdminAnswer, AdminRoute } from './admin-route.js';
import { APPLICATIONS_ADMIN } from './applications-admin.js';
import { PERSONAL_DATA_ADMIN } from './personal-data.js';
import { COLLECTION_BY_PATH, readContent, recordEtag } from '../repositories/content-store.js';
import { settleTrackChange } from '../repositories/track-changes.js';

/** A record with every translation can be larger than an application; the store's own limit. */
const MAX_RECORD_BYTES = 256 * 1024;

type StoredRecord = Content[Collection][number];

export const ADMIN: Record<RouteNameOf<'admin'>, AdminRoute> = {
  ...APPLICATIONS_ADMIN,
  ...PERSONAL_DATA_ADMIN,
  adminContent: async ({ db, identity }) => ({ status: 200, body: contentSeenBy(identity, await readContent(db)) }),

  adminGetRecord: async ({ db, params, identity }) => {
    const { collection, id } = target(params);
    const record = findSeenRecord(identity, await readContent(db), collection, id, params);
    if (!record) throw notFound(params);
    return { status: 200, body: record, headers: { etag: recordEtag(record) } };
  },

  adminPutRecord: async ({ db, request, params, identity, config, now }) => {
    const { collection, id } = target(params);
    const ifMatch = ifMatchOf(request.headers);
    const create = request.headers['if-none-match']?.trim() === '*';
    if (!ifMatch && !create) throw preconditionRequired('PUT');
    const body = await readJsonBody(request, MAX_RECORD_BYTES);
    return change(db, async (tx, content) => {
      const current = findSeenRecord(identity, content, collection, id, params);
      assertMayChange(identity, collection, current);
      if (create && current) throw new HttpProblem(412, 'precondition-failed', `${params.collection}/${id} exists already; replace it with If-Match.`);
      if (!create) assertCurrent(current, ifMatch!, params);
      if ((body as { id?: unknown } | null)?.id !== id) throw invalid([{ path: 'id', message: `The record's id must be ${id}, the id in its URL` }]);
      const known = {
        organisations: new Set(content.organisations.map((r) => r.id)),
        themes: new Set(content.themes.map((r) => r.id)),
        programmes: new Set(content.programmes.map((r) => r.id)),
      };
      const checked = validateRecord(collection, body, known);
      if (checked.errors) throw invalid(checked.errors);
      assertKeptWithin(identity, collection, current, checked.record);
      const records = content[collection] as StoredRecord[];
      const next = current ? records.map((r) => (r.id === id ? checked.record : r)) : [...records, checked.record];
      await writeWhole(tx, { ...content, [collection]: next });
      if (collection === 'learningTracks')
        await settleTrackChange(tx, current as LearningTrackRecord | undefined, checked.record as LearningTrackRecord, now, config.offerWindowSeconds);
      await audit(tx, { at: now, actor: identity.actor, action: current ? 'content.replace' : 'content.create', target: `${params.collection}/${id}` });
      return { status: current ? 200 : 201, body: checked.record, headers: { etag: recordEtag(checked.record) } };
    });
  },

  adminDeleteRecord: async ({ db, request, params, identity, now }) => {
    const { collection, id } = target(params);
    const ifMatch = ifMatchOf(request.headers);
    if (!ifMatch) throw preconditionRequired('DELETE');
    return change(db, async (tx, content) => {
      const current = findSeenRecord(identity, content, collection, id, params);
      if (!current) throw notFound(params);
      assertMayChange(identity, collection, current);
      assertCurrent(current, ifMatch, params);
      const records = content[collection] as StoredRecord[];
      await writeWhole(tx, { ...content, [collection]: records.filter((r) => r.id !== id) });
      await audit(tx, { at: now, actor: identity.actor, action: 'content.withdraw', target: `${params.collection}/${id}` });
      return { status: 200, body: current };
    });
  },
};

function target(params: Record<string, string>): { collection: Collection; id: string } {
  const collection = COLLECTION_BY_PATH[params.collection!];
  if (!collection || !Object.hasOwn(COLLECTION_BY_PATH, params.collection!)) throw notFound(params);
  return { collection, id: params.id! };
}

/** The record, when there is one; one the identity may not see is answered as if there were none (404). */
function findSeenRecord(identity: Identity, content: Content, collection: Collection, id: string, params: Record<string, string>): StoredRecord | undefined {
  const record = (content[collection] as StoredRecord[]).find((r) => r.id === id);
  if (record && !maySee(identity, content, collection, record)) throw notFound(params);
  return record;
}

function assertCurrent(current: StoredRecord | undefined, ifMatch: string, params: Record<string, string>): void {
  if (!current) throw new HttpProblem(412, 'precondition-failed', `${params.collection}/${params.id} does not exist; create it with If-None-Match: *.`);
  const etag = recordEtag(current);
  if (!ifMatchHolds(ifMatch, etag))
    throw new HttpProblem(412, 'precondition-failed', `${params.collection}/${params.id} has changed since you read it; read it again (its ETag is ${etag}).`);
}

/** Runs a change to the store in one transaction under the content lock, on the store as it is then. */
function change(db: Database, work: (tx: Queryable, content: Content) => Promise<AdminAnswer>): Promise<AdminAnswer> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [LOCK_KEY]);
    return work(tx, await readContent(tx));
  });
}

/**
 * Writes the changed store. The whole document is checked again: withdrawing a record others name is
 * a conflict (what names it is in the detail), and so is removing a track that applications name.
 */
async function writeWhole(tx: Queryable, content: Content): Promise<void> {
  let checked: Content;
  try {
    checked = parseContent(content, 'The content after this change');
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    throw new HttpProblem(409, 'conflict', `Other records still name this one: ${error.errors.map((e) => e.path).join(', ')}.`);
  }
  try {
    await writeContent(tx, checked);
  } catch (error) {
    // A record can pass its own rules and still build a resource the public API could not serve.
    if (error instanceof ValidationError) throw new HttpProblem(422, 'validation', error.message);
    if (sqlState(error) !== FOREIGN_KEY_VIOLATION) throw error;
    throw new HttpProblem(409, 'conflict', 'This learning track has applications: it cannot be withdrawn, but it can be cancelled (status cancelled).');
  }
}

const notFound = (params: Record<string, string>) => new HttpProblem(404, 'not-found', `No record at /admin/${params.collection}/${params.id}.`);

const preconditionRequired = (method: string) =>
  new HttpProblem(
    428,
    'precondition-required',
    method === 'PUT'
      ? 'Send If-None-Match: * to create the record, or If-Match with its ETag to replace it.'
      : "Send If-Match with the record's ETag to withdraw it.",
  );

const invalid = (errors: readonly { path: string; message: string }[]) =>
  new HttpProblem(422, 'validation', `${errors.length} field${errors.length === 1 ? ' needs' : 's need'} attention`, {
    errors: errors.map((e) => ({ field: e.path, code: 'invalid', message: e.message })),
  });
