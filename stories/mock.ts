import { http, HttpResponse } from 'msw';
import { createMockApi, type MockApiOptions, type Scenario } from '@ino/mock-api';

/** Where the stories' widgets find the mock API (msw answers it in the page, on any origin). */
export const API_BASE = '/ino/v1';

/** msw parameters for a story: the mock API at API_BASE, with its own dataset or fault scenario. */
export const withMockApi = (options: Omit<MockApiOptions, 'baseUrl'> = {}) => ({
  msw: { handlers: createMockApi({ baseUrl: API_BASE, ...options }).handlers },
});

/** msw parameters for a story that shows a fault scenario of the mock API. */
export const withScenario = (scenario: Scenario) => withMockApi({ scenario });

/** msw parameters for a story whose application POST answers with one problem (the rest of the API is healthy). */
export const withApplyProblem = (status: number, kind: string, errors?: { field: string; code: string; message: string }[]) => ({
  msw: {
    handlers: [
      http.post(`*${API_BASE}/learning-tracks/:id/applications`, () =>
        HttpResponse.json(
          { type: `https://innovatienetwerk.example/problems/${kind}`, title: kind, status, errors },
          { status, headers: { 'content-type': 'application/problem+json' } },
        ),
      ),
      ...withMockApi().msw.handlers,
    ],
  },
});

/** The `lang` control every widget's stories have: none (the page's language), or one of the three. */
export const langArgType = { control: 'inline-radio', options: [undefined, 'nl', 'fr', 'en'] } as const;
