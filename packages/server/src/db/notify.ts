// How a server process hears that another changed the content, on PostgreSQL: a connection of its own
// (not one of the pool) that LISTENs on the content version's channel. When it is lost the process is
// told at once (its cache is no longer known to be current) and it reconnects, with growing pauses; once
// listening again it is told `connected`, and compares the version to learn what it missed meanwhile.
import pg from 'pg';
import { CONTENT_CHANGES, VERSION_CHANNEL, type ContentChange } from './content-version.js';

export interface ChangeListener {
  /** The change a notification announced (after its transaction committed). */
  changed(change: ContentChange): void;
  /** Listening (again): from now on no change goes unheard. */
  connected(): Promise<void>;
  /** Not listening: a change may go unheard until `connected`. */
  lost(): void;
}

/** How the listening connection shows in pg_stat_activity. */
export const LISTENER_NAME = 'ino-server listener';

/** Pauses before reconnecting: doubled after each failure, up to the last. */
const RECONNECT_MS = [100, 200, 500, 1_000, 2_000, 5_000];

/** Listens until the returned function is called (which resolves once the connection has closed). */
export function listenForChanges(connectionString: string, listener: ChangeListener): () => Promise<void> {
  let client: pg.Client | undefined;
  let stopped = false;
  let failures = 0;
  let retry: NodeJS.Timeout | undefined;

  const connect = async () => {
    const current = new pg.Client({ connectionString, connectionTimeoutMillis: 5_000, application_name: LISTENER_NAME });
    client = current;
    let schema = '';
    current.on('notification', ({ channel, payload = '' }) => {
      const [from, change] = payload.split(' ') as [string, ContentChange];
      if (channel === VERSION_CHANNEL && from === schema && CONTENT_CHANGES.includes(change)) listener.changed(change);
    });
    const lost = () => {
      if (client !== current) return;
      client = undefined;
      listener.lost();
      current.end().catch(() => {});
      if (!stopped) retry = setTimeout(() => void connect(), RECONNECT_MS[Math.min(failures++, RECONNECT_MS.length - 1)]);
    };
    current.on('error', lost);
    current.on('end', lost);
    try {
      await current.connect();
      schema = (await current.query<{ schema: string }>('SELECT current_schema() AS schema')).rows[0]!.schema;
      await current.query(`LISTEN ${VERSION_CHANNEL}`);
      if (stopped || client !== current) return;
      await listener.connected();
      failures = 0;
    } catch {
      lost();
    }
  };
  void connect();

  return async () => {
    stopped = true;
    clearTimeout(retry);
    const current = client;
    client = undefined;
    await current?.end().catch(() => {});
  };
}
