// Servers for the tests: the real HTTP server on 127.0.0.1 (a free port) over a fresh database holding
// the dataset. The embedded PGlite always; PostgreSQL too when TEST_DATABASE_URL names a server (each
// test server then gets a schema of its own, dropped when it closes).
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { dataset as defaultDataset, type Dataset } from '@ino/mock-api/dataset';
import { createApp } from '../src/app.js';
import { loadConfig, type Config } from '../src/config.js';
import type { Database } from '../src/db/database.js';
import { loadDataset } from '../src/db/load-dataset.js';
import { migrate } from '../src/db/migrate.js';
import { wrapPglite } from '../src/db/pglite.js';
import { openPostgres } from '../src/db/postgres.js';

export type Backend = 'pglite' | 'postgres';

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL || undefined;
export const BACKENDS: Backend[] = TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

/** The configuration tests start from: no rate limits (they get their own tests), nothing static. */
export const testConfig = (env: Record<string, string> = {}): Config => loadConfig({ INO_RATE_LIMIT_GET: 'off', INO_RATE_LIMIT_POST: 'off', ...env });

export interface TestServer {
  baseUrl: string;
  db: Database;
  close(): Promise<void>;
}

/** A migrated PGlite with the default dataset, dumped once per test process: each server starts from a copy. */
let template: Promise<File | Blob> | undefined;
async function pgliteTemplate(): Promise<File | Blob> {
  template ??= (async () => {
    const pglite = await PGlite.create();
    const db = wrapPglite(pglite);
    await migrate(db);
    await loadDataset(db, defaultDataset);
    const dump = await pglite.dumpDataDir('none');
    await pglite.close();
    return dump;
  })();
  return template;
}

/** A fresh, migrated database holding `dataset`. */
export async function freshDatabase(backend: Backend, dataset: Dataset = defaultDataset): Promise<Database> {
  if (backend === 'pglite') {
    const db = wrapPglite(await PGlite.create({ loadDataDir: await pgliteTemplate() }));
    if (dataset !== defaultDataset) await loadDataset(db, dataset);
    return db;
  }
  const schema = await createSchema();
  const inner = openPostgres({ connectionString: databaseUrlFor(schema), poolSize: 20 });
  const db: Database = { ...inner, close: async () => (await inner.close(), await dropSchema(schema)) };
  await migrate(db);
  await loadDataset(db, dataset);
  return db;
}

export async function startTestServer({ backend, dataset, env }: { backend: Backend; dataset?: Dataset; env?: Record<string, string> }): Promise<TestServer> {
  const db = await freshDatabase(backend, dataset);
  const server = createApp({ config: testConfig(env), db });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/ino/v1`,
    db,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await db.close();
    },
  };
}

const admin = () => new pg.Client({ connectionString: TEST_DATABASE_URL });

export async function createSchema(): Promise<string> {
  const schema = `test_${randomUUID().replaceAll('-', '')}`;
  const client = admin();
  await client.connect();
  await client.query(`CREATE SCHEMA ${schema}`);
  await client.end();
  return schema;
}

export async function dropSchema(schema: string): Promise<void> {
  const client = admin();
  await client.connect();
  await client.query(`DROP SCHEMA ${schema} CASCADE`);
  await client.end();
}

/** TEST_DATABASE_URL with every query of the connection in `schema`. */
export function databaseUrlFor(schema: string): string {
  const url = new URL(TEST_DATABASE_URL!);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return url.href;
}

export interface ServerProcess {
  baseUrl: string;
  child: ChildProcess;
  /** Resolves when the process has ended. */
  exited: Promise<void>;
}

const MAIN = fileURLToPath(new URL('../src/main.ts', import.meta.url));

/** `npm start`'s server as a child process, on a free port; resolves once it listens. */
export function spawnServer(env: Record<string, string>): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', INO_RATE_LIMIT_GET: 'off', INO_RATE_LIMIT_POST: 'off', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const listening = /INO content API on (http:\/\/\S+)/.exec(output);
      if (listening) resolve({ baseUrl: listening[1]!, child, exited });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    void exited.then(() => reject(new Error(`The server stopped before it listened:\n${output}`)));
  });
}

/** A valid application to `track` from `email`. */
export function applicationFor(track: Pick<Dataset['learningTracks'][number], 'questions' | 'consentVersion'>, email: string) {
  return {
    givenName: 'An',
    familyName: 'Peeters',
    email,
    organisation: 'Stad Gent',
    answers: Object.fromEntries(track.questions.map((q) => [q.id, 'Een antwoord.'])),
    consentVersion: track.consentVersion,
    lang: 'nl',
  };
}

/** POST an application; resolves the status and the parsed body. */
export async function post(baseUrl: string, trackId: string, body: unknown, key: string = randomUUID(), headers: Record<string, string> = {}) {
  const response = await fetch(`${baseUrl}/learning-tracks/${trackId}/applications`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': key, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
}
