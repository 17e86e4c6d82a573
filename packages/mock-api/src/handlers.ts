import { http, HttpResponse, type HttpHandler } from 'msw';
import { ROUTES, type RouteName, type RouteNameOf } from '@ino/contract';
import { ApplicationStore } from './applications.js';
import { dataset as defaultDataset, type Dataset } from './dataset/index.js';
import { cacheableAnswer } from './cache.js';
import { filterChallenges, filterLearningTracks, filterOrganisations, filterPractices } from './filters.js';
import { requestedLang } from './localise.js';
import { assertSafeQuery, InvalidQueryError, paginate } from './pagination.js';
import { problem } from './problems.js';
import { ResourceBuilder } from './resources.js';
import { breakResource, ScenarioState, type Scenario } from './scenarios.js';
import type { Lang, LearningTrackRecord } from './dataset/records.js';

export interface MockApiOptions {
  /**
   * Where the API is mounted. A path (`/ino/v1`) matches any origin; an absolute URL only that one.
   * Default `*\/ino/v1`: any origin.
   */
  baseUrl?: string;
  /** Default: the dataset drawn from DOMAIN.md. */
  dataset?: Dataset;
  /** A fault scenario to start with (see setScenario). */
  scenario?: Scenario;
}

export interface MockApi {
  handlers: HttpHandler[];
  /** Switches a fault scenario on (or off, with `{}`) for the requests that follow. */
  setScenario(scenario: Scenario): void;
}

/** msw handlers that implement CONTRACT.md over the dataset, with switchable faults. */
export function createMockApi(options: MockApiOptions = {}): MockApi {
  const base = (options.baseUrl ?? '*/ino/v1').replace(/\/+$/, '');
  const data = options.dataset ?? defaultDataset;
  const build = new ResourceBuilder(data);
  const applications = new ApplicationStore();
  const scenario = new ScenarioState();
  if (options.scenario) scenario.set(options.scenario);

  // Practices and challenges do not change while the handlers live: each is built once per language,
  // on its first request (5,000 challenges are not rebuilt for every page). Tracks are built per
  // request, as their seats change with the applications.
  const practices = builtOncePerLang((lang) => data.practices.map((p) => build.practice(p, lang)));
  const challenges = builtOncePerLang((lang) => data.challenges.map((c) => build.challenge(c, lang)));
  const trackRecords = new Map(data.learningTracks.map((t) => [t.id, t]));

  /** A track as it stands: the seats its applications took, and the status that follows from them. */
  const liveTrack = (record: LearningTrackRecord, lang: Lang) => {
    const built = build.learningTrack(record, lang, applications.seatsTaken(record.id, record.seatsTaken));
    // A first-come track that has filled up keeps taking sign-ups, for its waitlist.
    if (built.status === 'open' && built.seats != null && built.seatsTaken >= built.seats && built.waitlist) built.status = 'waitlist';
    return built;
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
    listChallenges: (q, lang) => paginate(filterChallenges(challenges(lang).list, q), q),
    getChallenge: (_q, lang, { id }) => challenges(lang).byId.get(id!),
    listLearningTracks: (q, lang) => paginate(filterLearningTracks(data.learningTracks.map((t) => liveTrack(t, lang)), q), q),
    getLearningTrack: (_q, lang, { id }) => trackById(id!, lang),
    listOrganisations: (q) => paginate(filterOrganisations(build.organisations(), q), q),
    listThemes: (_q, lang) => ({ items: build.themes(lang) }),
    getParticipationLadder: (_q, lang) => build.ladder(lang),
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
      if (fault === 'invalid-items') body = isList ? { ...body, items: ((body as { items: object[] }).items).map((item, i) => (i === 0 ? breakResource(item) : item)) } : breakResource(body);
      const answer = cacheableAnswer(body, lang, request.headers.get('if-none-match'));
      return new HttpResponse(answer.status === 200 ? answer.json : null, { status: answer.status, headers: answer.headers });
    });

  /** What each write route answers. Faults apply as to reads; the mock allows every origin. */
  const writes: Record<RouteNameOf<'write'>, (request: Request, params: Record<string, string>) => Promise<Response>> = {
    apply: async (request, { id }) => {
      const target = trackById(id!, 'nl');
      if (!target) return problem(404, 'not-found', { detail: `No learning track ${id}` });
      if (!(request.headers.get('content-type') ?? '').includes('application/json')) {
        return problem(415, 'validation', { detail: 'Send the application as application/json.' });
      }
      let body: unknown;
      try {
        body = await request.json();
      } catch {
        return problem(400, 'validation', { detail: 'The body is not JSON.' });
      }
      const outcome = applications.apply(target, request.headers.get('idempotency-key'), body);
      if (outcome.kind === 'problem') return problem(outcome.status, outcome.problem, { detail: outcome.detail, errors: outcome.errors });
      return HttpResponse.json(outcome.application, { status: outcome.kind === 'created' ? 201 : 200, headers: { 'access-control-allow-origin': '*' } });
    },
  };
  const write = (path: string, answer: (request: Request, params: Record<string, string>) => Promise<Response>) =>
    http.post(`${base}${path}`, async ({ request, params }) => {
      await scenario.delay('/applications');
      const fault = scenario.faultFor('/applications');
      const faultAnswer = fault && scenario.transportFault(fault);
      if (faultAnswer) return faultAnswer;
      return answer(request, params as Record<string, string>);
    });

  // One msw handler per route of the contract's table (msw and the table share the `:id` syntax).
  const handlers: HttpHandler[] = (Object.keys(ROUTES) as RouteName[]).map((name) => {
    const route = ROUTES[name];
    return route.access === 'read' ? read(route.path, reads[name as RouteNameOf<'read'>]) : write(route.path, writes[name as RouteNameOf<'write'>]);
  });

  return { handlers, setScenario: (next) => scenario.set(next) };
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
