import type { SetupServer } from 'msw/node';

/** Records every request `server`'s handlers see from now on, as a clone the test may read. */
export function recordRequests(server: SetupServer): Request[] {
  const requests: Request[] = [];
  server.events.on('request:start', ({ request }) => void requests.push(request.clone()));
  return requests;
}
