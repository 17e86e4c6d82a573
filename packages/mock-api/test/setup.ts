import { after, afterEach, before } from 'node:test';
import { setupServer } from 'msw/node';
import { createClient, type ClientOptions } from '@ino/sdk';
import { createMockApi, type Scenario } from '../src/index.js';

export const BASE = 'https://api.example.test/ino/v1';

const api = createMockApi({ baseUrl: BASE });
const server = setupServer(...api.handlers);
before(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => api.setScenario({}));
after(() => server.close());

export const setScenario = (scenario: Scenario) => api.setScenario(scenario);

/** The SDK's client against the mock API, with fast retries. */
export const client = (options: Partial<ClientOptions> = {}) => createClient({ baseUrl: BASE, retryBaseDelayMs: 1, maxRetryDelayMs: 10, ...options });

/** A raw request, for what the SDK hides (headers, status codes). */
export const raw = (path: string, init?: RequestInit) => fetch(`${BASE}${path}`, init);
