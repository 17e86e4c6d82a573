import { createMockApi, type Scenario } from '@ino/mock-api';

/** Where the stories' widgets find the mock API (msw answers it in the page). */
export const API_BASE = '/ino/v1';

/** msw parameters for a story that shows a fault scenario of the mock API. */
export const withScenario = (scenario: Scenario) => ({ msw: { handlers: createMockApi({ scenario }).handlers } });
