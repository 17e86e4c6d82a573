// The organiser API's applications (CONTRACT.md §4.2) in the mock: a track's list (or all of it as CSV),
// one application with its ETag, and a decision on it with If-Match, through the same cohorts and seat
// rules as the applicant's routes (application-store.ts). One fixed organiser token, `demo-organiser`,
// may do all of it; any other token or none is a 401, as the server answers. The mock keeps no audit
// log and knows no organisation limits: those are the server's alone.
import { HttpResponse } from 'msw';
import {
  acceptsCsv,
  applicationsCsv,
  applicationsCsvFileName,
  assertSafeQuery,
  InvalidQueryError,
  paginate,
  readStatuses,
  type LearningTrackRecord,
  type RouteNameOf,
} from '@ino/contract';
import { DecisionRequestSchema, type OrganiserApplication } from '@ino/sdk';
import type { ApplicationStore, DecisionAnswer } from './application-store.js';
import { isJsonMediaType, parsedJson } from './json-body.js';
import { problem } from './problems.js';

/** The organiser token the mock accepts (docs/mock-api.md): every scope, every track. */
export const DEMO_ORGANISER_TOKEN = 'demo-organiser';

/** The admin routes the mock serves; content, personal data and the audit log are the server's alone. */
export type OrganiserRouteName = Extract<RouteNameOf<'admin'>, 'listApplications' | 'getApplication' | 'decideOnApplication'>;
export type OrganiserRoute = (request: Request, params: Record<string, string>) => Promise<Response>;

/** Every answer is the token's own: never cached. The mock allows every origin, as for its writes. */
const NO_STORE = {
  'cache-control': 'no-store',
  'access-control-allow-origin': '*',
  'access-control-expose-headers': 'ETag, WWW-Authenticate, Retry-After, Content-Disposition',
};

/** The filters of the list (and of the CSV): `status`, comma-separated, and every word of `q` in the name, e-mail address or organisation. */
function filtered(applications: readonly OrganiserApplication[], query: URLSearchParams): OrganiserApplication[] {
  const statuses = readStatuses(query, []);
  // Case aside, accents not: as the server's ILIKE compares.
  const words = (query.get('q') ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  return applications.filter(
    (a) =>
      (!statuses.length || statuses.includes(a.status)) &&
      words.every((word) => [a.givenName, a.familyName, a.email, a.organisation].some((field) => field?.toLowerCase().includes(word))),
  );
}

const unauthorized = () => {
  const refusal = problem(401, 'unauthorized', { detail: 'Send Authorization: Bearer with an organiser token.' });
  refusal.headers.set('www-authenticate', 'Bearer realm="ino-admin"');
  return refusal;
};

const isOrganiser = (request: Request) => /^Bearer +(\S+)$/i.exec(request.headers.get('authorization') ?? '')?.[1] === DEMO_ORGANISER_TOKEN;

const withHeaders = (response: Response, headers: Record<string, string>) => {
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
};

/** An answer of the organiser API, a fault scenario's too: `no-store` and its CORS (a network error has no headers). */
export const organiserAnswer = (response: Response): Response => (response.type === 'error' ? response : withHeaders(response, NO_STORE));

const answerDecision = (answer: DecisionAnswer): Response =>
  'problem' in answer
    ? problem(answer.status, answer.problem, { detail: answer.detail })
    : HttpResponse.json(answer.application, { headers: { etag: answer.etag } });

/** The handlers of the organiser's application routes, by their name in the route table. */
export function organiserApplicationRoutes(
  store: ApplicationStore,
  trackRecord: (id: string) => LearningTrackRecord | undefined,
  clock: () => Date,
): Record<OrganiserRouteName, OrganiserRoute> {
  /** Signed in as the demo organiser, else 401; every answer `no-store`, problems too. */
  const guarded =
    (route: OrganiserRoute): OrganiserRoute =>
    async (request, params) =>
      organiserAnswer(isOrganiser(request) ? await route(request, params) : unauthorized());
  const noApplication = (id: string) => problem(404, 'not-found', { detail: `No application ${id}.` });

  return {
    listApplications: guarded(async (request, { id }) => {
      const record = trackRecord(id!);
      const all = store.ofTrack(id!, clock());
      if (!record || !all) return problem(404, 'not-found', { detail: `No learning track ${id}.` });
      const query = new URL(request.url).searchParams;
      try {
        assertSafeQuery(query);
        if (acceptsCsv(request.headers.get('accept'))) {
          return new HttpResponse(new TextEncoder().encode(applicationsCsv(record.questions, filtered(all, query))), {
            headers: {
              'content-type': 'text/csv; charset=utf-8; header=present',
              'content-disposition': `attachment; filename="${applicationsCsvFileName(id!, clock())}"`,
            },
          });
        }
        return HttpResponse.json(paginate(filtered(all, query), query));
      } catch (error) {
        if (error instanceof InvalidQueryError) return problem(400, error.kind, { detail: error.message });
        throw error;
      }
    }),
    getApplication: guarded(async (_request, { id }) => {
      const found = store.versioned(id!, clock());
      if (!found) return noApplication(id!);
      return HttpResponse.json(found.application, { headers: { etag: found.etag } });
    }),
    decideOnApplication: guarded(async (request, { id }) => {
      if (!store.versioned(id!, clock())) return noApplication(id!);
      const ifMatch = request.headers.get('if-match')?.trim();
      if (!ifMatch)
        return problem(428, 'precondition-required', { detail: "Send If-Match with the application's ETag (from its GET): decide on the version you saw." });
      if (!isJsonMediaType(request)) return problem(415, 'validation', { detail: 'Send the body as application/json.' });
      const body = await parsedJson(request);
      if (!body) return problem(400, 'validation', { detail: 'The body is not JSON.' });
      const parsed = DecisionRequestSchema.safeParse(body.value);
      if (!parsed.success)
        return problem(422, 'validation', {
          detail: 'This is not a decision: { "decision": "select" | "decline" | "waitlist" | "cancel", "note"?: "…" }.',
          errors: parsed.error.issues.map((issue) => ({ field: issue.path.join('.'), code: issue.code, message: issue.message })),
        });
      const { decision, note } = parsed.data;
      return answerDecision(store.decide(id!, decision, note ?? undefined, DEMO_ORGANISER_TOKEN, ifMatch, clock()));
    }),
  };
}
