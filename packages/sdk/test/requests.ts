import { after, afterEach, before } from 'node:test';
import { setupServer, type SetupServer } from 'msw/node';

/**
 * An msw server for this test file: listening before its tests, refusing requests no handler takes,
 * and after each test without that test's handlers and listeners (recordRequests adds one per test;
 * without removing them each request is cloned once per earlier test).
 */
export function mswServer(): SetupServer {
  const server = setupServer();
  before(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    server.resetHandlers();
    server.events.removeAllListeners();
  });
  after(() => server.close());
  return server;
}

/** Records every request `server`'s handlers see from now on, as a clone the test may read. */
export function recordRequests(server: SetupServer): Request[] {
  const requests: Request[] = [];
  server.events.on('request:start', ({ request }) => void requests.push(request.clone()));
  return requests;
}
