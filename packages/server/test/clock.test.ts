// The server with its clock set by the shared suites that need one (the mock runs the same suites): the
// SQL that filters challenges by status and the SDK's rule that builds them must agree at every
// boundary; one's own application (§3.7) and the organiser's applications (§4.2), whose offers run out.
import { describe } from 'node:test';
import { clockSuite, myApplicationSuite, organiserApplicationsSuite } from '@ino/contract/contract-suite';
import { createToken } from '../src/auth/api-tokens.js';
import { manageTokenFor, manageTokenKey } from '../src/auth/manage-tokens.js';
import { BACKENDS, startTestServer } from './harness.js';

for (const backend of BACKENDS) {
  describe(`on ${backend}`, () => {
    clockSuite((dataset, clock) => startTestServer({ backend, dataset, clock }));
    myApplicationSuite(async (dataset, clock) => {
      const server = await startTestServer({ backend, dataset, clock });
      return { ...server, manageTokenFor: async (id: string) => manageTokenFor(await manageTokenKey(server.db), id) };
    });
    organiserApplicationsSuite(async (dataset, clock) => {
      const server = await startTestServer({ backend, dataset, clock });
      return { ...server, organiserToken: await createToken(server.db, { name: 'organisator', scopes: ['applications:read', 'applications:decide'] }) };
    });
  });
}
