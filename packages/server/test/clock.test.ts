// The server with its clock set by the shared clock suite (the mock runs the same suite): the SQL
// that filters challenges by status and the SDK's rule that builds them must agree at every boundary.
import { describe } from 'node:test';
import { clockSuite } from '@ino/contract/contract-suite';
import { BACKENDS, startTestServer } from './harness.js';

for (const backend of BACKENDS) {
  describe(`on ${backend}`, () => clockSuite((dataset, clock) => startTestServer({ backend, dataset, clock })));
}
