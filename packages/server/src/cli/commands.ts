// The commands of `ino-server` (docs/server.md, docs/organisers.md): each with its usage, what it does,
// its options (node:util parseArgs) and its run. Token changes and content loads go to the audit log,
// in the transaction of the change, with the actor `command line`.
import { readFile, writeFile } from 'node:fs/promises';
import type { ParseArgsConfig } from 'node:util';
import { SCOPES } from '@ino/contract';
import { bundledContentAt } from '@ino/contract/content';
import { createToken, listTokens, revokeToken } from '../auth/api-tokens.js';
import { audit } from '../db/audit.js';
import { isEmpty, loadDataset } from '../db/load-dataset.js';
import { loadConfig } from '../config.js';
import { readContent } from '../repositories/content-store.js';
import { runRetention } from '../repositories/retention.js';
import { CommandError, withStore } from './open-store.js';

/** Who the audit log names for what the operator does on the server's own machine. */
const OPERATOR = 'command line';

export interface Command {
  usage: string;
  description: string;
  options: NonNullable<ParseArgsConfig['options']>;
  /** How many positionals it takes, at least and at most. */
  positionals: [min: number, max: number];
  run(values: Record<string, string | boolean | (string | boolean)[] | undefined>, positionals: string[]): Promise<void>;
}

const list = (value: unknown): string[] =>
  String(value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

export const COMMANDS: Record<string, Command> = {
  serve: {
    usage: 'serve [--workers N]',
    description:
      'Start the API server (what npm start runs); settings from the environment (docs/server.md). ' +
      'With --workers N, N server processes share the port (PostgreSQL only: DATABASE_URL).',
    options: { workers: { type: 'string' } },
    positionals: [0, 0],
    async run(values) {
      const workers = values.workers === undefined ? 1 : String(values.workers);
      if (workers !== 1 && !/^[1-9]\d{0,2}$/.test(workers))
        throw new CommandError('--workers is a number of processes, 1 or more (one per core is a good start).');
      await (await import('../main.js')).serve({ workers: Number(workers) });
    },
  },
  'token create': {
    usage: 'token create --name NAME --scopes S,S [--organisations ID,ID] [--expires-in-days N]',
    description: `Make an API token and print it once, alone on the last line; only its hash is kept. Scopes: ${SCOPES.join(', ')}.`,
    options: { name: { type: 'string' }, scopes: { type: 'string' }, organisations: { type: 'string' }, 'expires-in-days': { type: 'string' } },
    positionals: [0, 0],
    async run(values) {
      if (typeof values.name !== 'string') throw new CommandError('Give the token a --name (who or what uses it).');
      const days = values['expires-in-days'];
      if (days !== undefined && !/^[1-9]\d{0,4}$/.test(String(days))) throw new CommandError('--expires-in-days is a whole number of days, 1 or more.');
      const expiresAt = days === undefined ? undefined : new Date(Date.now() + Number(days) * 86_400_000);
      const organisations = values.organisations === undefined ? undefined : list(values.organisations);
      const name = values.name;
      const token = await withStore((db) =>
        db.transaction(async (tx) => {
          const made = await createToken(tx, { name, scopes: list(values.scopes), organisations, expiresAt });
          await audit(tx, {
            at: new Date(),
            actor: OPERATOR,
            action: 'token.create',
            target: `token/${name}`,
            detail: { scopes: list(values.scopes), organisations },
          });
          return made;
        }),
      );
      console.log(`Token ${name} made${expiresAt ? `, valid until ${expiresAt.toISOString()}` : ''}. It is shown this once: keep it in a password manager.`);
      console.log(token);
    },
  },
  'token list': {
    usage: 'token list',
    description: 'The tokens: name, scopes, organisations, expiry and whether revoked (never the token or its hash).',
    options: {},
    positionals: [0, 0],
    async run() {
      const tokens = await withStore((db) => listTokens(db));
      if (!tokens.length) return void console.log('No tokens yet: make one with `ino-server token create`.');
      for (const t of tokens) {
        const state = t.revokedAt ? `revoked ${t.revokedAt.toISOString()}` : t.expiresAt ? `expires ${t.expiresAt.toISOString()}` : 'no expiry';
        console.log(`${t.name}\t${t.scopes.join(',')}\t${t.organisations ? `organisations ${t.organisations.join(',')}` : 'every organisation'}\t${state}`);
      }
    },
  },
  'token revoke': {
    usage: 'token revoke NAME',
    description: 'Revoke a token: from now on it is answered 401.',
    options: {},
    positionals: [1, 1],
    async run(_values, [name]) {
      const revoked = await withStore((db) =>
        db.transaction(async (tx) => {
          const done = await revokeToken(tx, name!);
          if (done) await audit(tx, { at: new Date(), actor: OPERATOR, action: 'token.revoke', target: `token/${name}` });
          return done;
        }),
      );
      if (!revoked) throw new CommandError(`No token named ${name} is in use (see \`ino-server token list\`).`);
      console.log(`Token ${name} revoked.`);
    },
  },
  'content load': {
    usage: 'content load FILE | --bundled',
    description:
      'Replace the content with a JSON document of records (CONTRACT.md §4.1, as content export writes it), checked whole first; ' +
      'or with the bundled content, its dates moved to today. Applications stay.',
    options: { bundled: { type: 'boolean' } },
    positionals: [0, 1],
    async run(values, [file]) {
      if (!file === !values.bundled) throw new CommandError('Give either a FILE or --bundled.');
      let document: unknown = bundledContentAt(new Date());
      try {
        if (file) document = JSON.parse(await readFile(file, 'utf8'));
      } catch (error) {
        throw new CommandError(`Cannot read ${file} as JSON: ${(error as Error).message}`);
      }
      const loaded = await withStore((db) =>
        loadDataset(db, document, { auditEntry: { at: new Date(), actor: OPERATOR, action: 'content.load', target: 'content' } }),
      );
      console.log(
        `Loaded ${file ?? 'the bundled content'}: ${loaded!.practices} practices, ${loaded!.challenges} challenges, ${loaded!.learningTracks} learning tracks, ${loaded!.organisations} organisations.`,
      );
    },
  },
  'retention run': {
    usage: 'retention run [--dry-run]',
    description:
      'Erase the personal data that retention makes due now (INO_RETENTION_DAYS after a track is over; the server does this once a day by itself), ' +
      'and print how many applications on which tracks. --dry-run only counts them and changes nothing.',
    options: { 'dry-run': { type: 'boolean' } },
    positionals: [0, 0],
    async run(values) {
      const dryRun = values['dry-run'] === true;
      const days = loadConfig().retentionDays;
      const run = await withStore((db) => runRetention(db, { now: new Date(), days, actor: OPERATOR, dryRun }));
      const tracks = Object.entries(run.tracks);
      const what = dryRun ? 'would lose' : 'lost';
      if (!tracks.length) return void console.log(`No personal data is due for erasure (${days} days after a track is over).`);
      console.log(
        `${run.applications} application${run.applications === 1 ? '' : 's'} on ${tracks.length} track${tracks.length === 1 ? '' : 's'} ${what} their personal data (${days} days after the track):`,
      );
      for (const [track, count] of tracks) console.log(`${track}\t${count}`);
      if (dryRun) console.log('Dry run: nothing was changed.');
    },
  },
  'content export': {
    usage: 'content export [FILE]',
    description: 'Write the whole content as one JSON document of records (what GET /admin/content answers), to FILE or standard output.',
    options: {},
    positionals: [0, 1],
    async run(_values, [file]) {
      const content = await withStore(async (db) => {
        // An export of nothing, loaded back, would leave a database that looks loaded and holds nothing.
        if (await isEmpty(db)) throw new CommandError('No content has been loaded here yet: start the server once, or use `content load`.');
        return readContent(db);
      });
      const json = `${JSON.stringify(content, null, 2)}\n`;
      if (file) {
        await writeFile(file, json);
        console.log(`Wrote ${file}.`);
      } else process.stdout.write(json);
    },
  },
};
