// The mock API with its clock set by the shared suites that need one (the server runs the same suites):
// what the clock decides, and one's own application (§3.7), whose offers run out.
import { setupServer } from 'msw/node';
import { clockSuite, myApplicationSuite, organiserApplicationsSuite } from '@ino/contract/contract-suite';
import type { Content } from '@ino/contract';
import { createMockApi } from '../src/index.js';

let counter = 0;
const start = async (dataset: Content, clock: () => Date) => {
  const baseUrl = `https://clock-${++counter}.example.test/ino/v1`;
  const api = createMockApi({ baseUrl, dataset, clock });
  const server = setupServer(...api.handlers);
  server.listen({ onUnhandledRequest: 'error' });
  return { baseUrl, close: async () => server.close(), manageTokenFor: api.manageTokenFor };
};
clockSuite(start);
myApplicationSuite(start);
organiserApplicationsSuite(async (dataset, clock) => ({ ...(await start(dataset, clock)), organiserToken: 'demo-organiser' }));
