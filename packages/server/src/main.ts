// Starts the server: configuration from the environment, the database (migrated, and seeded with the
// bundled dataset when empty and INO_SEED allows), then HTTP. SIGINT/SIGTERM stop it cleanly.
import type { AddressInfo } from 'node:net';
import { bundledContentAt } from '@ino/contract/content';
import { createApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { openDatabase } from './db/connection.js';
import { holdsOldContent, loadDataset } from './db/load-dataset.js';
import { loggableError } from './db/loggable-error.js';
import { migrate } from './db/migrate.js';
import { lapseUnconfirmed } from './repositories/lapse-unconfirmed.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const db = await openDatabase(config);
  const where = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `the embedded database in ${config.dataDir}`;
  const migrations = await migrate(db);
  if (migrations.length) console.log(`Migrated ${where}: ${migrations.join(', ')}`);
  const clock = () => new Date();
  // Checked under a lock: servers starting together on one empty PostgreSQL seed it once. Its dates
  // move to today, so a first start next year still shows open challenges and tracks.
  const loaded = config.seed === 'if-empty' ? await loadDataset(db, bundledContentAt(clock()), { onlyIfEmpty: true }) : undefined;
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

  const server = createApp({ config, db, clock });
  const port = await listen(server, config.host, config.port, config.portIsDefault ? 10 : 0);
  const origin = `http://${config.host.includes(':') ? `[${config.host}]` : config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`;
  console.log(`INO content API on ${origin}${config.basePath} (${where})`);
  if (config.staticRoot) console.log(`Examples against it: ${origin}/examples/`);
  console.log('(Ctrl+C stops the server)');

  // INO_CONFIRM_EMAIL: applications not confirmed by their deadline lapse within 30 s of it.
  const lapses = setInterval(() => void lapseUnconfirmed(db, clock(), config).catch((error: unknown) => console.error(loggableError(error))), 30_000);
  lapses.unref();

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    clearInterval(lapses);
    console.log(`${signal}: finishing open requests, then stopping.`);
    server.close(() => void db.close().then(() => process.exit(0)));
    server.closeIdleConnections();
    // Requests that do not finish in time are cut off; the database stays consistent either way.
    setTimeout(() => process.exit(1), 10_000).unref();
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

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? `Configuration: ${error.message}` : error);
  process.exit(1);
});
