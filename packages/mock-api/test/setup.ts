import { after, afterEach, before } from 'node:test';
import { setupServer } from 'msw/node';
import { createMockApi, type Scenario } from '../src/index.js';
import { clientFor, rawFor } from '@ino/contract/contract-suite';

export const BASE = 'https://api.example.test/ino/v1';

const api = createMockApi({ baseUrl: BASE });
const server = setupServer(...api.handlers);
before(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => api.setScenario({}));
after(() => server.close());

export const setScenario = (scenario: Scenario) => api.setScenario(scenario);

/** The SDK's client against the mock API, with fast retries. */
export const client = clientFor(BASE);

/** A raw request, for what the SDK hides (headers, status codes). */
export const raw = rawFor(BASE);
