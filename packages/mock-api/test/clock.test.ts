// The mock API with its clock set by the shared clock suite (the server runs the same suite).
import { setupServer } from 'msw/node';
import { clockSuite } from '@ino/contract/contract-suite';
import { createMockApi } from '../src/index.js';

let counter = 0;
clockSuite(async (dataset, clock) => {
  const baseUrl = `https://clock-${++counter}.example.test/ino/v1`;
  const server = setupServer(...createMockApi({ baseUrl, dataset, clock }).handlers);
  server.listen({ onUnhandledRequest: 'error' });
  return { baseUrl, close: async () => server.close() };
});
