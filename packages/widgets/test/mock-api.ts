// Starts the mock API (msw in a service worker) for the browser tests of this package.
import { setupWorker } from 'msw/browser';
import { createMockApi, type Scenario } from '@ino/mock-api';

export const API_BASE = `${location.origin}/ino/v1`;

const api = createMockApi({ baseUrl: API_BASE });
export const worker = setupWorker(...api.handlers);

/** Every request the page made to the API in this test. */
export const requests: Request[] = [];
worker.events.on('request:start', ({ request }) => {
  if (request.url.startsWith(API_BASE)) requests.push(request);
});

before(async () => {
  await worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, onUnhandledRequest: 'bypass', quiet: true });
});

afterEach(() => {
  api.setScenario({});
  worker.resetHandlers();
  requests.length = 0;
});

after(() => worker.stop());

export const setScenario = (scenario: Scenario) => api.setScenario(scenario);

/** A resource as the mock API serves it (contract shape), for a test to change and serve with `worker.use`. */
export async function served<T>(path: string): Promise<T> {
  return (await fetch(`${API_BASE}${path}`)).json() as Promise<T>;
}
