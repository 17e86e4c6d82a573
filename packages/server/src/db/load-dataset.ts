// Loads content (the records of CONTRACT.md §4.1, as @ino/contract's bundled content.json holds them)
// and the participation ladder into the content tables, in one transaction: content is replaced,
// applications and seat counts are kept. The records are checked against the contract's record schemas
// first, then every resource is built in every language and checked against the SDK's schemas, so the
// database never holds what the API could not serve. A track that has applications cannot be removed.
import {
  ChallengeSchema,
  LANGS,
  LearningTrackSchema,
  ParticipationLadderSchema,
  PracticeSchema,
  validate,
  type KnownLang as Lang,
  type ParticipationLadder,
} from '@ino/sdk';
import { fold, parseContent, ResourceBuilder, type Content } from '@ino/contract';
import { bundledLadders } from '@ino/contract/content';
import { audit, type AuditEntry } from './audit.js';
import { bumpContentVersion } from './content-version.js';
import { sqlState, type Database, type Queryable } from './database.js';
import { LOCK_KEY } from './migrate.js';

type Row = Record<string, unknown>;

/** Column name → SQL type, for rows sent as one JSON array (jsonb_to_recordset). */
type Columns = Record<string, string>;

/** SQLSTATE of a foreign_key_violation: content removed that applications still name. */
export const FOREIGN_KEY_VIOLATION = '23503';

export interface LoadSummary {
  practices: number;
  challenges: number;
  learningTracks: number;
  organisations: number;
}

export interface LoadOptions {
  /** Load only into a database without content (a server's first start); else leave it alone. */
  onlyIfEmpty?: boolean;
  /** The ladder in every language; default the contract's bundled one. */
  ladders?: Record<Lang, ParticipationLadder>;
  /** Recorded in the audit log in the load's own transaction (the command line's `content load`). */
  auditEntry?: AuditEntry;
}

/**
 * Replaces the content with `content` (a document of records, checked here: a ContentError names every
 * wrong path); with `onlyIfEmpty`, only when there is none yet, and then resolves undefined when there
 * was. The transaction takes the migrations' advisory lock and checks for content under it, so servers
 * seeding one empty PostgreSQL together load it once.
 */
export async function loadDataset(db: Database, content: unknown): Promise<LoadSummary>;
export async function loadDataset(db: Database, content: unknown, options: LoadOptions): Promise<LoadSummary | undefined>;
export async function loadDataset(
  db: Database,
  content: unknown,
  { onlyIfEmpty = false, ladders = bundledLadders, auditEntry }: LoadOptions = {},
): Promise<LoadSummary | undefined> {
  // Without the lock first, so that a start on a loaded database does not build every resource.
  if (onlyIfEmpty && !(await isEmpty(db))) return undefined;
  const dataset = parseContent(content, 'The content');
  for (const lang of LANGS) validate(ParticipationLadderSchema, ladders[lang], `participation ladder (${lang})`);
  try {
    const loaded = await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [LOCK_KEY]);
      if (onlyIfEmpty && !(await isEmpty(tx))) return false;
      await writeContent(tx, dataset, ladders);
      if (auditEntry) await audit(tx, auditEntry);
      return true;
    });
    if (!loaded) return undefined;
  } catch (error) {
    if (sqlState(error) === FOREIGN_KEY_VIOLATION) {
      throw new Error(`The dataset leaves out something that is still in use (a learning track with applications?): ${(error as Error).message}`, {
        cause: error,
      });
    }
    throw error;
  }
  return {
    practices: dataset.practices.length,
    challenges: dataset.challenges.length,
    learningTracks: dataset.learningTracks.length,
    organisations: dataset.organisations.length,
  };
}

/**
 * Writes `dataset` (already checked) as the whole content, inside the caller's transaction, which holds
 * the advisory lock: content is replaced, applications and seat counts stay. Every resource is built in
 * every language and checked against the SDK's schemas first (a plain Error names the one that fails).
 * It moves the content version, so every server's read cache lets go of the content it replaced.
 */
export async function writeContent(tx: Queryable, dataset: Content, ladders: Record<Lang, ParticipationLadder> = bundledLadders): Promise<void> {
  const rows = toRows(dataset);
  // The links are derived from the records: drop them all and write them anew.
  for (const table of [
    'practice_organisations',
    'practice_themes',
    'challenge_organisations',
    'challenge_themes',
    'learning_track_organisations',
    'learning_track_themes',
  ]) {
    await tx.query(`DELETE FROM ${table}`);
  }
  await upsert(tx, 'organisations', { id: 'text', kind: 'text', level: 'text', nis: 'text', folded_name: 'text', record: 'jsonb' }, rows.organisations);
  await upsert(tx, 'themes', { id: 'text', position: 'integer', record: 'jsonb' }, rows.themes);
  await upsert(tx, 'programmes', { id: 'text', record: 'jsonb' }, rows.programmes);
  const search = { search_nl: 'text', search_fr: 'text', search_en: 'text' };
  await upsert(
    tx,
    'practices',
    { id: 'text', level: 'text', ladder_rung: 'smallint', facet: 'text', stage: 'text', updated_at: 'timestamptz', ...search, record: 'jsonb' },
    rows.practices,
  );
  await upsert(
    tx,
    'challenges',
    {
      id: 'text',
      status: 'text',
      programme_id: 'text',
      closes_at: 'timestamptz',
      updated_at: 'timestamptz',
      municipalities: 'text[]',
      ...search,
      record: 'jsonb',
    },
    rows.challenges,
  );
  // Leaves `confirmed` and `waitlisted` alone: they count this server's applications.
  await upsert(
    tx,
    'learning_tracks',
    {
      id: 'text',
      status: 'text',
      admission: 'text',
      seats: 'integer',
      seats_taken_before: 'integer',
      waitlist: 'boolean',
      starts_at: 'timestamptz',
      record: 'jsonb',
    },
    rows.learningTracks,
  );
  await insert(tx, 'practice_organisations', { practice_id: 'text', organisation_id: 'text' }, rows.practiceOrganisations);
  await insert(tx, 'practice_themes', { practice_id: 'text', theme_id: 'text' }, rows.practiceThemes);
  await insert(tx, 'challenge_organisations', { challenge_id: 'text', organisation_id: 'text', role: 'text' }, rows.challengeOrganisations);
  await insert(tx, 'challenge_themes', { challenge_id: 'text', theme_id: 'text' }, rows.challengeThemes);
  await insert(tx, 'learning_track_organisations', { track_id: 'text', organisation_id: 'text' }, rows.trackOrganisations);
  await insert(tx, 'learning_track_themes', { track_id: 'text', theme_id: 'text' }, rows.trackThemes);
  // What the dataset no longer has goes, content first, then what only it named.
  for (const [table, list] of [
    ['practices', rows.practices],
    ['challenges', rows.challenges],
    ['learning_tracks', rows.learningTracks],
    ['organisations', rows.organisations],
    ['themes', rows.themes],
    ['programmes', rows.programmes],
  ] as const) {
    await tx.query(`DELETE FROM ${table} WHERE id <> ALL($1::text[])`, [list.map((row) => row.id)]);
  }
  await tx.query('DELETE FROM participation_ladder');
  await insert(
    tx,
    'participation_ladder',
    { lang: 'text', ladder: 'jsonb' },
    LANGS.map((lang) => ({ lang, ladder: ladders[lang] })),
  );
  await bumpContentVersion(tx);
}

/** True when no content has been loaded yet (or none since migration 0003, which asks for a new load). */
export async function isEmpty(db: Queryable): Promise<boolean> {
  return (await db.query('SELECT 1 FROM participation_ladder')).length === 0;
}

/** True when content from before migration 0003 is still there: records of another shape, to load anew. */
export async function holdsOldContent(db: Queryable): Promise<boolean> {
  return (await isEmpty(db)) && (await db.query('SELECT 1 FROM learning_tracks UNION ALL SELECT 1 FROM practices LIMIT 1')).length > 0;
}

async function insert(tx: Queryable, table: string, columns: Columns, rows: Row[], onConflict = ''): Promise<void> {
  const names = Object.keys(columns).join(', ');
  const types = Object.entries(columns)
    .map(([name, type]) => `${name} ${type}`)
    .join(', ');
  await tx.query(`INSERT INTO ${table} (${names}) SELECT ${names} FROM jsonb_to_recordset($1::jsonb) AS r(${types}) ${onConflict}`, [JSON.stringify(rows)]);
}

function upsert(tx: Queryable, table: string, columns: Columns, rows: Row[]): Promise<void> {
  const updates = Object.keys(columns)
    .filter((name) => name !== 'id')
    .map((name) => `${name} = excluded.${name}`)
    .join(', ');
  return insert(tx, table, columns, rows, `ON CONFLICT (id) DO UPDATE SET ${updates}`);
}

/** Every table's rows, after checking that every resource the content makes satisfies the contract. */
function toRows(dataset: Content) {
  const build = new ResourceBuilder(dataset);
  const byLang = <T>(make: (lang: Lang) => T) => Object.fromEntries(LANGS.map((lang) => [lang, make(lang)])) as Record<Lang, T>;
  const searchColumns = (texts: Record<Lang, (string | null | undefined)[]>) =>
    Object.fromEntries(LANGS.map((lang) => [`search_${lang}`, fold(texts[lang].filter(Boolean).join('\n'))]));

  const practices = dataset.practices.map((record) => {
    const built = byLang((lang) => validate(PracticeSchema, build.practice(record, lang), `practice ${record.id} (${lang})`));
    return {
      id: record.id,
      level: record.level,
      ladder_rung: record.ladderRung ?? null,
      facet: record.facet ?? null,
      stage: record.stage ?? null,
      updated_at: record.updatedAt,
      ...searchColumns(byLang((lang) => [built[lang].title, built[lang].summary, built[lang].description])),
      record,
    };
  });
  const challenges = dataset.challenges.map((record) => {
    const built = byLang((lang) => validate(ChallengeSchema, build.challenge(record, lang), `challenge ${record.id} (${lang})`));
    return {
      id: record.id,
      status: record.status,
      programme_id: record.programme ?? null,
      closes_at: record.closesAt ?? null,
      updated_at: record.updatedAt,
      municipalities: record.municipalities,
      ...searchColumns(byLang((lang) => [built[lang].title, built[lang].summary, built[lang].description])),
      record,
    };
  });
  const learningTracks = dataset.learningTracks.map((record) => {
    byLang((lang) => validate(LearningTrackSchema, build.learningTrack(record, lang), `learning track ${record.id} (${lang})`));
    return {
      id: record.id,
      status: record.status,
      admission: record.admission,
      seats: record.seats ?? null,
      seats_taken_before: record.seatsTaken,
      waitlist: record.waitlist,
      starts_at: record.sessions[0]?.startsAt ?? null,
      record,
    };
  });

  return {
    organisations: dataset.organisations.map((record) => ({
      id: record.id,
      kind: record.kind,
      level: record.level,
      nis: record.identifiers?.nis ?? null,
      folded_name: fold(record.name),
      record,
    })),
    themes: dataset.themes.map((record, position) => ({ id: record.id, position, record })),
    programmes: dataset.programmes.map((record) => ({ id: record.id, record })),
    practices,
    challenges,
    learningTracks,
    practiceOrganisations: dataset.practices.flatMap((p) => p.organisations.map((organisation_id) => ({ practice_id: p.id, organisation_id }))),
    practiceThemes: dataset.practices.flatMap((p) => p.themes.map((theme_id) => ({ practice_id: p.id, theme_id }))),
    challengeOrganisations: dataset.challenges.flatMap((c) => [
      ...c.owners.map((organisation_id) => ({ challenge_id: c.id, organisation_id, role: 'owner' })),
      ...c.partners.map((organisation_id) => ({ challenge_id: c.id, organisation_id, role: 'partner' })),
    ]),
    challengeThemes: dataset.challenges.flatMap((c) => c.themes.map((theme_id) => ({ challenge_id: c.id, theme_id }))),
    trackOrganisations: dataset.learningTracks.flatMap((t) => t.organisers.map((organisation_id) => ({ track_id: t.id, organisation_id }))),
    trackThemes: dataset.learningTracks.flatMap((t) => t.themes.map((theme_id) => ({ track_id: t.id, theme_id }))),
  };
}
