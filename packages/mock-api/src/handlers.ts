import { http, HttpResponse, type HttpHandler } from 'msw';
import {
  applyProblems,
  assertSafeQuery,
  cacheableAnswer,
  filterChallenges,
  filterLearningTracks,
  filterOrganisations,
  filterPractices,
  InvalidQueryError,
  isIdempotencyKey,
  paginate,
  requestedLang,
  ResourceBuilder,
  ROUTES,
  type ApplicationFacts,
  type Content,
  type LearningTrackRecord,
  type RouteName,
  type RouteNameOf,
} from '@ino/contract';
import { bundledContentAt, bundledLadders } from '@ino/contract/content';
import { challengeStatusAt, trackStatusAt, type Challenge, type KnownLang as Lang } from '@ino/sdk';
import { ApplicationStore, type ApplicantAction, type MyApplicationAnswer } from './application-store.js';
import { seedDemoApplication } from './demo-applications.js';
import { seedDemoTrackApplications } from './demo-track-applications.js';
import { isJsonMediaType, parsedJson } from './json-body.js';
import { organiserAnswer, organiserApplicationRoutes, type OrganiserRoute } from './organiser-applications.js';
import { problem } from './problems.js';
import { breakResource, ScenarioState, type Scenario } from './scenarios.js';

export interface MockApiOptions {
  /**
   * Where the API is mounted. A path (`/ino/v1`) matches any origin; an absolute URL only that one.
   * Default `*\/ino/v1`: any origin.
   */
  baseUrl?: string;
  /** Default: the contract's bundled content, drawn from DOMAIN.md, its dates moved to the clock's day. */
  dataset?: Content;
  /** A fault scenario to start with (see setScenario). */
  scenario?: Scenario;
  /** What time it is, for what the clock decides (a challenge past its deadline is closed); default: now. */
  clock?: () => Date;
}

export interface MockApi {
  handlers: HttpHandler[];
  /** Switches a fault scenario on (or off, with `{}`) for the requests that follow. */
  setScenario(scenario: Scenario): void;
  /**
   * The manage token of an application made here (§3.7), which a server would mail to the applicant;
   * undefined for an id it does not know. For tests; stories use the fixed demo tokens (docs/mock-api.md).
   */
  manageTokenFor(applicationId: string): string | undefined;
}

/** msw handlers that implement CONTRACT.md over the dataset, with switchable faults. */
export function createMockApi(options: MockApiOptions = {}): MockApi {
  const base = (options.baseUrl ?? '*/ino/v1').replace(/\/+$/, '');
  const clock = options.clock ?? (() => new Date());
  // The bundled content moved to the clock's day, as the server loads it: a mock on a fixed clock
  // serves the same content whatever day its tests run on.
  const data = options.dataset ?? bundledContentAt(clock());
  const build = new ResourceBuilder(data);
  const scenario = new ScenarioState();
  if (options.scenario) scenario.set(options.scenario);

  // Practices and challenges do not change while the handlers live: each is built once per language,
  // on its first request (5,000 challenges are not rebuilt for every page). Tracks are built per
  // request, as their seats change with the applications.
  const practices = builtOncePerLang((lang) => data.practices.map((p) => build.practice(p, lang)));
  const challenges = builtOncePerLang((lang) => data.challenges.map((c) => build.challenge(c, lang)));
  const trackRecords = new Map(data.learningTracks.map((t) => [t.id, t]));
  const applications = new ApplicationStore((id) => trackRecords.get(id));
  seedDemoTrackApplications(applications, (id) => trackRecords.get(id), clock());
  const organiser = organiserApplicationRoutes(applications, (id) => trackRecords.get(id), clock);

  /** A challenge with the status the clock gives it now (the built one is shared between requests). */
  const challengeNow = (challenge: Challenge) => {
    const status = challengeStatusAt(challenge, clock());
    return status === challenge.status ? challenge : { ...challenge, status };
  };
  /** A track as it stands: the seats its applications took, and the status the clock and those seats give it. */
  const liveTrack = (record: LearningTrackRecord, lang: Lang) => {
    const built = build.learningTrack(record, lang, applications.seatsTaken(record.id, record.seatsTaken));
    return { ...built, status: trackStatusAt(built, clock()) };
  };
  const trackById = (id: string, lang: Lang) => {
    const record = trackRecords.get(id);
    return record && liveTrack(record, lang);
  };

  type Produce = (query: URLSearchParams, lang: Lang, params: Record<string, string>) => object | undefined;
  /** What each read route of the contract's table answers: its body, or undefined for a 404. */
  const reads: Record<RouteNameOf<'read'>, Produce> = {
    listPractices: (q, lang) => paginate(filterPractices(practices(lang).list, q), q),
    getPractice: (_q, lang, { id }) => practices(lang).byId.get(id!),
    listChallenges: (q, lang) => paginate(filterChallenges(challenges(lang).list.map(challengeNow), q), q),
    getChallenge: (_q, lang, { id }) => {
      const challenge = challenges(lang).byId.get(id!);
      return challenge && challengeNow(challenge);
    },
    listLearningTracks: (q, lang) =>
      paginate(
        filterLearningTracks(
          data.learningTracks.map((t) => liveTrack(t, lang)),
          q,
        ),
        q,
      ),
    getLearningTrack: (_q, lang, { id }) => trackById(id!, lang),
    listOrganisations: (q, lang) => {
      const ownerOf = (statuses: string[]) =>
        new Set(
          challenges(lang)
            .list.map(challengeNow)
            .filter((c) => statuses.includes(c.status))
            .flatMap((c) => c.owners.map((o) => o.id)),
        );
      return paginate(filterOrganisations(build.organisations(), q, ownerOf), q);
    },
    listThemes: (_q, lang) => ({ items: build.themes(lang) }),
    getParticipationLadder: (_q, lang) => bundledLadders[lang],
  };

  /** Every read: language, faults, ETag/304, caching and CORS headers. */
  const read = (path: string, produce: Produce) =>
    http.get(`${base}${path}`, async ({ request, params }) => {
      await scenario.delay(path);
      const url = new URL(request.url);
      const fault = scenario.faultFor(path);
      if (fault) {
        const answer = scenario.transportFault(fault);
        if (answer) return answer;
      }
      const lang = requestedLang(url.searchParams.get('lang'));
      let body: object | undefined;
      try {
        assertSafeQuery(url.searchParams);
        body = produce(url.searchParams, lang, params as Record<string, string>);
      } catch (error) {
        if (error instanceof InvalidQueryError) return problem(400, error.kind, { detail: error.message });
        throw error;
      }
      if (!body) return problem(404, 'not-found', { detail: `Nothing at ${url.pathname}` });
      const isList = 'items' in body && 'nextCursor' in body;
      if (fault === 'empty' && isList) body = { items: [], nextCursor: null, total: 0 };
      if (fault === 'invalid-items')
        body = isList ? { ...body, items: (body as { items: object[] }).items.map((item, i) => (i === 0 ? breakResource(item) : item)) } : breakResource(body);
      const answer = cacheableAnswer(body, lang, request.headers.get('if-none-match'));
      return new HttpResponse(answer.status === 200 ? answer.json : null, { status: answer.status, headers: answer.headers });
    });

  /** What each write route answers. The mock allows every origin. */
  const writes: Record<RouteNameOf<'write'>, (request: Request, params: Record<string, string>) => Promise<Response>> = {
    apply: async (request, { id }) => {
      const takenElsewhere = trackRecords.get(id!)?.seatsTaken ?? 0;
      const outcome = applications.apply(id!, trackById(id!, 'nl'), takenElsewhere, request.headers.get('idempotency-key'), await readBody(request), clock());
      if (outcome.kind === 'problem') return problem(outcome.status, outcome.problem, { detail: outcome.detail, errors: outcome.errors });
      return HttpResponse.json(outcome.application, { status: outcome.kind === 'created' ? 201 : 200, headers: { 'access-control-allow-origin': '*' } });
    },
    myApplication: async (request) => {
      const token = ownToken(request);
      return answerOwn(token === undefined ? undefined : applications.mine(token, clock()));
    },
    cancelMyApplication: async (request) => changeOwn(request, 'cancel'),
    acceptOffer: async (request) => changeOwn(request, 'accept'),
  };

  /** The manage token of a request to /me (§3.7), with the demo application it names made on first use. */
  const ownToken = (request: Request): string | undefined => {
    const token = /^Bearer +(\S+)$/i.exec(request.headers.get('authorization') ?? '')?.[1];
    if (token) seedDemoApplication(applications, token, (id) => trackRecords.get(id), clock());
    return token;
  };
  const changeOwn = async (request: Request, action: ApplicantAction) => {
    const token = ownToken(request);
    if (token === undefined || !applications.knows(token)) return answerOwn(undefined);
    const key = request.headers.get('idempotency-key');
    if (!isIdempotencyKey(key)) return problem(400, 'validation', { detail: applyProblems.missingKey().detail });
    return answerOwn(applications.change(token, action, key, clock()));
  };
  /** An answer of the /me routes; undefined: the token names nothing (unknown, or never a token). */
  const answerOwn = (answer: MyApplicationAnswer | undefined): Response => {
    if (!answer) {
      const refusal = problem(401, 'unauthorized', { detail: 'This link to an application is not valid (any more).' });
      refusal.headers.set('www-authenticate', 'Bearer realm="ino-application"');
      return refusal;
    }
    if ('problem' in answer) return problem(answer.status, answer.problem, { detail: answer.detail });
    return HttpResponse.json(answer.application, { headers: { 'access-control-allow-origin': '*', 'cache-control': 'no-store' } });
  };
  /**
   * Every write, and every organiser route: faults apply as to reads, to every write under the scope
   * `/applications`, to an organiser route under its own path (a scenario's `path: '/admin'`).
   */
  const write = (
    method: 'get' | 'post',
    path: string,
    answer: (request: Request, params: Record<string, string>) => Promise<Response>,
    faultScope = '/applications',
    asFault: (response: Response) => Response = (response) => response,
  ) =>
    http[method](`${base}${path}`, async ({ request, params }) => {
      await scenario.delay(faultScope);
      const fault = scenario.faultFor(faultScope);
      const faultAnswer = fault && scenario.transportFault(fault);
      if (faultAnswer) return asFault(faultAnswer);
      return answer(request, params as Record<string, string>);
    });

  // One msw handler per route of the contract's table (msw and the table share the `:id` syntax). Of
  // the organiser API (/admin) only the applications (§4.2), which a widget shows: its content,
  // personal-data and audit routes are the reference server's alone, so the mock leaves them unhandled
  // (msw then lets the request through, as for any path it does not know).
  const handlers: HttpHandler[] = (Object.keys(ROUTES) as RouteName[]).flatMap((name) => {
    const route = ROUTES[name];
    if (route.access === 'admin') {
      const answer = (organiser as Partial<Record<RouteName, OrganiserRoute>>)[name];
      // A fault is an answer of the organiser API too: no-store, with its CORS.
      return answer ? write(route.method === 'GET' ? 'get' : 'post', route.path, answer, route.path, organiserAnswer) : [];
    }
    if (route.access === 'read') return read(route.path, reads[name as RouteNameOf<'read'>]);
    return write(route.method === 'GET' ? 'get' : 'post', route.path, writes[name as RouteNameOf<'write'>]);
  });

  return { handlers, setScenario: (next) => scenario.set(next), manageTokenFor: (id) => applications.manageTokenFor(id) };
}

/** The body as JSON, or why it cannot be read (the contract's decision says when that matters). */
async function readBody(request: Request): Promise<ApplicationFacts['body']> {
  if (!isJsonMediaType(request)) return { unreadable: applyProblems.notJsonMediaType() };
  return (await parsedJson(request)) ?? { unreadable: applyProblems.notJson() };
}

/** Resources made by `build` for a language on first use, then kept: as a list and by id. */
function builtOncePerLang<T extends { id: string }>(build: (lang: Lang) => T[]): (lang: Lang) => { list: readonly T[]; byId: ReadonlyMap<string, T> } {
  const built = new Map<Lang, { list: readonly T[]; byId: ReadonlyMap<string, T> }>();
  return (lang) => {
    let entry = built.get(lang);
    if (!entry) {
      const list = build(lang);
      entry = { list, byId: new Map(list.map((item) => [item.id, item])) };
      built.set(lang, entry);
    }
    return entry;
  };
}
