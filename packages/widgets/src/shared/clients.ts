import { createClient, type InoClient } from '@ino/sdk';

// One client per API base on the page, so that widgets pointing at the same API share its
// in-flight de-duplication and ETag cache.
const clients = new Map<string, InoClient>();

export function clientFor(apiBase: string): InoClient {
  let client = clients.get(apiBase);
  if (!client) {
    client = createClient({ baseUrl: apiBase });
    clients.set(apiBase, client);
  }
  return client;
}
