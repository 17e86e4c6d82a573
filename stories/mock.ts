import { http, HttpResponse } from 'msw';
import { createMockApi, type Scenario } from '@ino/mock-api';

/** Where the stories' widgets find the mock API (msw answers it in the page). */
export const API_BASE = '/ino/v1';

/** msw parameters for a story that shows a fault scenario of the mock API. */
export const withScenario = (scenario: Scenario) => ({ msw: { handlers: createMockApi({ scenario }).handlers } });

/** msw parameters for a story whose application POST answers with one problem (the rest of the API is healthy). */
export const withApplyProblem = (status: number, kind: string, errors?: { field: string; code: string; message: string }[]) => ({
  msw: {
    handlers: [
      http.post('*/ino/v1/learning-tracks/:id/applications', () =>
        HttpResponse.json(
          { type: `https://innovatienetwerk.example/problems/${kind}`, title: kind, status, errors },
          { status, headers: { 'content-type': 'application/problem+json' } },
        ),
      ),
      ...createMockApi().handlers,
    ],
  },
});
