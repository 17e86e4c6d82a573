import { createConnection, type InoConnection } from '@ino/sdk';

// One connection per API base on the page, so that widgets pointing at the same API share its
// in-flight de-duplication and ETag cache. Each widget reads through the SDK's resource functions
// (`challengesOf(connection)`), so its chunk carries only the schemas it needs.
const connections = new Map<string, InoConnection>();

export function connectionFor(apiBase: string): InoConnection {
  let connection = connections.get(apiBase);
  if (!connection) {
    connection = createConnection({ baseUrl: apiBase });
    connections.set(apiBase, connection);
  }
  return connection;
}
