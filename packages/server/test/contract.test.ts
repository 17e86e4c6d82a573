// The contract suite the mock API passes, here over HTTP against the real server and its database.
import { after, describe } from 'node:test';
import { contractSuite } from '@ino/contract/contract-suite';
import { BACKENDS, startTestServer } from './harness.js';

for (const backend of BACKENDS) {
  const server = await startTestServer({ backend });
  describe(`contract on ${backend}`, () => {
    after(() => server.close());
    contractSuite({ baseUrl: server.baseUrl });
  });
}
