// Starts the server: configuration from the environment, the database (migrated, and seeded with the
// bundled dataset when empty and INO_SEED allows), then HTTP. SIGINT/SIGTERM stop it cleanly.
import type { AddressInfo } from 'node:net';
import { bundledContentAt } from '@ino/contract/content';
import { createApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { openDatabase } from './db/connection.js';
import { holdsOldContent, loadDataset } from './db/load-dataset.js';
import { migrate } from './db/migrate.js';
import { startMailDelivery } from './mail/delivery.js';
import { mailboxDir } from './mail/mailbox.js';
import { mailTransportFor } from './mail/transport.js';
import { startOfferSweep } from './repositories/offer-sweep.js';

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
  // Offers that run out pass their seat on even when no request comes (repositories/offer-sweep.ts).
  const stopOfferSweep = startOfferSweep(db, clock, config.offerWindowSeconds);
  const port = await listen(server, config.host, config.port, config.portIsDefault ? 10 : 0);
  const origin = `http://${config.host.includes(':') ? `[${config.host}]` : config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`;
  console.log(`INO content API on ${origin}${config.basePath} (${where})`);
  if (config.staticRoot) console.log(`Examples against it: ${origin}/examples/`);
  // Mails to applicants (CONTRACT.md §5); without INO_MANAGE_URL (no mail server) they link to the example manage page.
  const delivery = startMailDelivery({
    db,
    transport: mailTransportFor(config),
    from: config.mail.from,
    manageUrl: config.mail.manageUrl ?? `${origin}/examples/mijn-inschrijving.html`,
    clock,
  });
  if (config.mail.smtpUrl) console.log(`Mails to applicants go to ${new URL(config.mail.smtpUrl).host}.`);
  else
    console.log(
      `No INO_SMTP_URL: mails to applicants are written to ${mailboxDir(config.dataDir)}${config.staticRoot ? `; read them at ${origin}/examples/mailbox.html` : ''}`,
    );
  console.log('(Ctrl+C stops the server)');

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: finishing open requests, then stopping.`);
    stopOfferSweep();
    server.close(() => void delivery.stop().then(() => db.close().then(() => process.exit(0))));
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
