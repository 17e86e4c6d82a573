// Starts the server: configuration from the environment, the database (migrated, and seeded with the
// bundled dataset when empty and INO_SEED allows), then HTTP. SIGINT/SIGTERM stop it cleanly.
// With `--workers N` (PostgreSQL only) a primary process prepares the database once, then runs N
// server processes (node:cluster) that share the port and behave as one (docs/server.md, Scaling).
import cluster from 'node:cluster';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { bundledContentAt } from '@ino/contract/content';
import { createApp } from './app.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { openDatabase } from './db/connection.js';
import type { Database } from './db/database.js';
import { holdsOldContent, loadDataset } from './db/load-dataset.js';
import { loggableError } from './db/loggable-error.js';
import { migrate } from './db/migrate.js';
import { renewExampleOrganiserToken, servesExamples } from './example-organiser-token.js';
import { startMailDelivery } from './mail/delivery.js';
import { mailboxDir } from './mail/mailbox.js';
import { mailTransportFor } from './mail/transport.js';
import { lapseUnconfirmed } from './repositories/lapse-unconfirmed.js';
import { startOfferSweep } from './repositories/offer-sweep.js';
import { startRetention } from './repositories/retention.js';

export interface ServeOptions {
  /** Server processes; more than one needs DATABASE_URL. */
  workers?: number;
}

/** Runs the server until a signal stops it; a problem it cannot start with ends the process with a message. */
export function serve({ workers = 1 }: ServeOptions = {}): Promise<void> {
  const config = loadConfig();
  const started = cluster.isPrimary && workers > 1 ? runWorkers(config, workers) : runServer(config, cluster.isPrimary);
  return started.catch((error: unknown) => {
    console.error(error instanceof ConfigError ? `Configuration: ${error.message}` : error);
    process.exit(1);
  });
}

const where = (config: Config) => (config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `the embedded database in ${config.dataDir}`);

/** Migrates, and seeds an empty database when INO_SEED allows; refuses content of the old format. */
async function prepare(config: Config, db: Database): Promise<void> {
  const migrations = await migrate(db);
  if (migrations.length) console.log(`Migrated ${where(config)}: ${migrations.join(', ')}`);
  // Checked under a lock: servers starting together on one empty PostgreSQL seed it once. Its dates
  // move to today, so a first start next year still shows open challenges and tracks. Like every
  // content change, the load is in the audit log.
  const now = new Date();
  const seed = { onlyIfEmpty: true, auditEntry: { at: now, actor: 'system', action: 'content.load', target: 'content' } };
  const loaded = config.seed === 'if-empty' ? await loadDataset(db, bundledContentAt(now), seed) : undefined;
  if (loaded)
    console.log(
      `Loaded the bundled content, dated as of today: ${loaded.practices} practices, ${loaded.challenges} challenges, ${loaded.learningTracks} learning tracks.`,
    );
  // Migration 0003 asks for content in the record format; with INO_SEED=never only the operator loads it.
  if (await holdsOldContent(db)) {
    throw new ConfigError(
      'The database holds content from before the record format (migration 0003). Load it anew with `npx ino-server content load content.json` (or start once with INO_SEED=if-empty for the bundled content).',
    );
  }
}

const originOf = (config: Config, port: number) =>
  `http://${config.host.includes(':') ? `[${config.host}]` : config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`;

/** Where the mails to applicants go (CONTRACT.md §5), as `npm start` says it. */
function mailGoesTo(config: Config, origin: string): string {
  if (config.mail.smtpUrl) return `Mails to applicants go to ${new URL(config.mail.smtpUrl).host}.`;
  return `No INO_SMTP_URL: mails to applicants are written to ${mailboxDir(config.dataDir)}${config.staticRoot ? `; read them at ${origin}/examples/mailbox.html` : ''}`;
}

/** One server process; `announce`: it says where it listens (a worker leaves that to the primary). */
async function runServer(config: Config, announce: boolean): Promise<void> {
  const db = await openDatabase(config);
  await prepare(config, db);
  const clock = () => new Date();
  const server = createApp({ config, db, clock });
  // Offers that run out pass their seat on even when no request comes (repositories/offer-sweep.ts).
  const stopOfferSweep = startOfferSweep(db, clock, config.offerWindowSeconds);
  // Personal data past its retention is erased at start, then once a day (repositories/retention.ts).
  const stopRetention = startRetention(db, clock, config.retentionDays);
  const port = await listen(server, config.host, config.port, config.portIsDefault ? 10 : 0);
  const origin = originOf(config, port);
  // Mails to applicants; without INO_MANAGE_URL (no mail server) they link to the example manage page.
  const delivery = startMailDelivery({
    db,
    transport: mailTransportFor(config),
    from: config.mail.from,
    manageUrl: config.mail.manageUrl ?? `${origin}/examples/mijn-inschrijving/`,
    clock,
  });
  if (announce) {
    console.log(`INO content API on ${origin}${config.basePath} (${where(config)})`);
    if (config.staticRoot) console.log(`Examples against it: ${origin}/examples/`);
    if (servesExamples(config)) {
      const token = await renewExampleOrganiserToken(db, clock());
      console.log(`The organiser example, ${origin}/examples/organiser/, signs in with this token (read and decide only; replaced at the next start):`);
      console.log(token);
    }
    console.log(mailGoesTo(config, origin));
    console.log('(Ctrl+C stops the server)');
  }

  // INO_CONFIRM_EMAIL: applications not confirmed by their deadline lapse within 30 s of it.
  const lapses = setInterval(() => void lapseUnconfirmed(db, clock(), config).catch((error: unknown) => console.error(loggableError(error))), 30_000);
  lapses.unref();

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    if (announce) console.log(`${signal}: finishing open requests, then stopping.`);
    stopOfferSweep();
    clearInterval(lapses);
    // The mails being sent and a retention run under way finish first, so the database is not closed beneath them.
    server.close(() => void Promise.all([delivery.stop(), stopRetention()]).then(() => db.close().then(() => process.exit(0))));
    server.closeIdleConnections();
    // Requests that do not finish in time are cut off; the database stays consistent either way.
    setTimeout(() => process.exit(1), 10_000).unref();
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

/**
 * The primary of `--workers N`: prepares the database once, starts N workers on the shared port, starts
 * a new one when one dies, and on SIGINT/SIGTERM lets each finish its requests and stop.
 */
async function runWorkers(config: Config, workers: number): Promise<void> {
  if (!config.databaseUrl) {
    throw new ConfigError(
      `--workers ${workers} needs DATABASE_URL: the embedded database lives in one process, which holds its data directory (${config.dataDir}). Run one process, or use PostgreSQL.`,
    );
  }
  const db = await openDatabase(config);
  try {
    await prepare(config, db);
  } finally {
    await db.close();
  }
  let stopping = false;
  let listening = 0;
  cluster.on('listening', (_worker, address) => {
    if (++listening !== workers) return;
    console.log(`INO content API on ${originOf(config, address.port)}${config.basePath} (${where(config)}, ${workers} processes)`);
    if (config.staticRoot) console.log(`Examples against it: ${originOf(config, address.port)}/examples/`);
    console.log(mailGoesTo(config, originOf(config, address.port)));
    console.log('(Ctrl+C stops the server)');
  });
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) {
      if (!Object.keys(cluster.workers ?? {}).length) process.exit(0);
      return;
    }
    console.error(`Server process ${worker.process.pid} ended (${signal ?? `exit code ${code}`}); starting another.`);
    cluster.fork();
  });
  for (let i = 0; i < workers; i++) cluster.fork();
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: the server processes finish open requests, then stop.`);
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
    setTimeout(() => process.exit(1), 12_000).unref();
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

/** Listens on `port`, or on the next ones when it is taken and `tries` allows; resolves the port. */
function listen(server: ReturnType<typeof createApp>, host: string, port: number, tries: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE' && tries > 0) resolve(listen(server, host, port + 1, tries - 1));
      else reject(error);
    });
    server.listen(port, host, () => resolve((server.address() as AddressInfo).port));
  });
}

// Run as a script (the tests start it so): one process.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) void serve();
