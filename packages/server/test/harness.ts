// Servers for the tests: the real HTTP server on 127.0.0.1 (a free port) over a fresh database holding
// the dataset. The embedded PGlite always; PostgreSQL too when TEST_DATABASE_URL names a server (each
// test server then gets a schema of its own, dropped when it closes).
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { Content } from '@ino/contract';
import { bundledContent as defaultDataset } from '@ino/contract/content';
import { createApp } from '../src/app.js';
import { loadConfig, type Config } from '../src/config.js';
import type { Database } from '../src/db/database.js';
import { loadDataset } from '../src/db/load-dataset.js';
import { migrate } from '../src/db/migrate.js';
import { openPglite, wrapPglite } from '../src/db/pglite.js';
import { openPostgres } from '../src/db/postgres.js';

export type Backend = 'pglite' | 'postgres';

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL || undefined;
export const BACKENDS: Backend[] = TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

/**
 * No rate limits and no cap per address: tests and the benchmark send many requests and applications from
 * one address (the limits and the cap have their own tests).
 */
const RATE_LIMITS_OFF = { INO_RATE_LIMIT_GET: 'off', INO_RATE_LIMIT_POST: 'off', INO_APPLICATIONS_PER_ADDRESS: '0' };

/** The configuration tests start from: no rate limits, nothing static. */
export const testConfig = (env: Record<string, string> = {}): Config => loadConfig({ ...RATE_LIMITS_OFF, ...env });

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
export async function freshDatabase(backend: Backend, dataset: Content = defaultDataset): Promise<Database> {
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

export interface TestServerOptions {
  backend: Backend;
  dataset?: Content;
  env?: Record<string, string>;
  requestTimeoutMs?: number;
  clock?: () => Date;
}

export async function startTestServer({ backend, dataset, env, requestTimeoutMs, clock }: TestServerOptions): Promise<TestServer> {
  const db = await freshDatabase(backend, dataset);
  const server = createApp({ config: testConfig(env), db, requestTimeoutMs, clock });
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

/** Where a server process keeps its data: an empty data directory, or an empty PostgreSQL schema. */
export interface ServerStorage {
  /** For spawnServer: the server seeds it with the dataset at start. */
  env: Record<string, string>;
  /** The database, for a look at what the server stored (after it has stopped, for PGlite). */
  open: () => Promise<Database>;
  remove: () => Promise<void>;
}

export async function serverStorage(backend: Backend): Promise<ServerStorage> {
  if (backend === 'pglite') {
    const dir = await mkdtemp(join(tmpdir(), 'ino-server-'));
    return { env: { INO_DATA_DIR: dir }, open: () => openPglite(dir), remove: () => rm(dir, { recursive: true, force: true }) };
  }
  const schema = await createSchema();
  // The data directory still holds what is not in the database: the mailbox of mails (no INO_SMTP_URL).
  const dir = await mkdtemp(join(tmpdir(), 'ino-server-'));
  return {
    env: { DATABASE_URL: databaseUrlFor(schema), INO_SEED: 'if-empty', INO_DATA_DIR: dir },
    open: async () => openPostgres({ connectionString: databaseUrlFor(schema), poolSize: 1 }),
    remove: async () => (await dropSchema(schema), await rm(dir, { recursive: true, force: true })),
  };
}

export interface ServerProcess {
  baseUrl: string;
  child: ChildProcess;
  /** Resolves when the process has ended. */
  exited: Promise<void>;
  /** SIGTERM (the server finishes its requests and closes the database); resolves once it has ended. */
  stop(): Promise<void>;
}

const MAIN = fileURLToPath(new URL('../src/main.ts', import.meta.url));
const BIN = fileURLToPath(new URL('../bin/ino-server.mjs', import.meta.url));

/**
 * `npm start`'s server as a child process, on a free port; resolves once it listens. With `workers`,
 * `ino-server serve --workers N` (PostgreSQL only): N processes on that port.
 */
export function spawnServer(env: Record<string, string>, { workers }: { workers?: number } = {}): Promise<ServerProcess> {
  const command = workers ? [BIN, 'serve', '--workers', String(workers)] : ['--import', 'tsx', MAIN];
  const child = spawn(process.execPath, command, {
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', ...RATE_LIMITS_OFF, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const listening = /INO content API on (http:\/\/\S+)/.exec(output);
      if (listening) resolve({ baseUrl: listening[1]!, child, exited, stop: () => (child.kill('SIGTERM'), exited) });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    void exited.then(() => reject(new Error(`The server stopped before it listened:\n${output}`)));
  });
}

const CLI = fileURLToPath(new URL('../bin/ino-server.mjs', import.meta.url));

/** `npx ino-server ...args` as an operator runs it, on `env`'s store; resolves its exit code and output, whether it succeeded or not. */
export const runCli = (env: Record<string, string>, ...args: string[]) =>
  promisify(execFile)(process.execPath, [CLI, ...args], { env: { ...process.env, ...env } }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
  );

/** A valid application to `track` from `email`. */
export function applicationFor(track: Pick<Content['learningTracks'][number], 'questions' | 'consent'>, email: string) {
  return {
    givenName: 'An',
    familyName: 'Peeters',
    email,
    organisation: 'Stad Gent',
    answers: Object.fromEntries(track.questions.map((q) => [q.id, 'Een antwoord.'])),
    consentVersion: track.consent.version,
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

/** An answer as it came over the wire, over raw node:http: fetch would decompress and hide what was sent. */
export interface RawAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export function rawRequest(url: string, headers: Record<string, string> = {}, method = 'GET'): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    httpRequest(url, { method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });
}
