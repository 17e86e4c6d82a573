// Fuzzing each widget's render in Chromium: 500 mutated payloads per widget (the SDK fuzz's
// mutations of the contract's examples, with a fixed seed), through the msw mock or, for the
// practice card, through its `practice` property. Each outcome must be what the SDK's own reading of
// that payload says: content, content with one ino-warning naming exactly what was dropped, or the
// widget's error state. Nothing may throw at the page, no script in the payloads may run, and no
// link in a shadow root may have a scheme other than https, http, mailto or tel.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { http, HttpResponse } from 'msw';
import type { LitElement } from 'lit';
import type { Task } from '@lit/task';
import {
  ChallengeSchema,
  LearningTrackSchema,
  pageOf,
  ParticipationLadderSchema,
  PracticeSchema,
  readTolerantly,
  type Dropped,
  type ParticipationLadder,
} from '@ino/sdk';
// The SDK tests' contract examples and mutations: one source for both fuzz tests.
import { challenge, ladder, practice, track } from '../../sdk/test/fixtures.js';
import { mutated, mutations, SCRIPT_FLAG, type Json } from '../../sdk/test/mutations.js';
import { API_BASE, worker } from './mock-api.js';
import { pageErrors } from './page-errors.js';
import { consoleWarnings } from './warnings.js';
import '../src/index.js';
import type { InoChallengeFeed, InoLearningTrackSignup, InoParticipationLadder, InoPracticeCard, InoWarningDetail } from '../src/index.js';

const SEED = 20261205;
const PER_WIDGET = 500;
const SAFE_SCHEMES = new Set(['https:', 'http:', 'mailto:', 'tel:']);

/** `PER_WIDGET` mutated copies of `body`, the same on every run. */
const payloads = (body: object, seed: number): Json[] =>
  fc.sample(
    mutations.map((changes) => mutated(body, changes)),
    { seed, numRuns: PER_WIDGET },
  );

/** What the SDK makes of a payload, as the widget would receive it: the value and its drops, or undefined for a ValidationError. */
function expected<T>(read: () => { value: T; dropped: Dropped[] }): { value: T; dropped: Dropped[] } | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}
const overJson = (payload: Json): unknown => JSON.parse(JSON.stringify(payload));

interface Outcome {
  loads: number;
  warnings: Dropped[][];
  errors: number;
  consoleWarnings: number;
}

/** Makes one change to a widget and waits until the load it starts is over and rendered; what the widget reported meanwhile. */
async function load(el: LitElement, task: string, change: () => void): Promise<Outcome> {
  const outcome: Outcome = { loads: 0, warnings: [], errors: 0, consoleWarnings: 0 };
  const onLoad = () => outcome.loads++;
  const onWarning = (event: Event) => outcome.warnings.push((event as CustomEvent<InoWarningDetail>).detail.dropped);
  const onError = () => outcome.errors++;
  el.addEventListener('ino-load', onLoad);
  el.addEventListener('ino-warning', onWarning);
  el.addEventListener('ino-error', onError);
  const warnedBefore = consoleWarnings.length;
  change();
  // The task starts in the update after its arguments changed, ends, and the next update shows it.
  await el.updateComplete;
  await (el as unknown as Record<string, Task>)[task]!.taskComplete.catch(() => undefined);
  await el.updateComplete;
  el.removeEventListener('ino-load', onLoad);
  el.removeEventListener('ino-warning', onWarning);
  el.removeEventListener('ino-error', onError);
  outcome.consoleWarnings = consoleWarnings.length - warnedBefore;
  return outcome;
}

/** Nothing in a shadow root that could run a script: no event-handler attribute, no script element, no link with an unsafe scheme. */
function expectNothingExecutable(el: Element, label: string): void {
  for (const node of el.shadowRoot!.querySelectorAll('*')) {
    expect(node.localName, label).to.not.equal('script');
    const handlers = [...node.attributes].filter((attribute) => attribute.name.startsWith('on')).map((attribute) => attribute.name);
    expect(handlers, label).to.deep.equal([]);
    const href = node.getAttribute('href');
    if (href !== null) expect(SAFE_SCHEMES.has(new URL(href, location.href).protocol), `${label}: href ${href}`).to.equal(true);
  }
}

type Kind = 'content' | 'content with a drop' | 'error state';

/**
 * Checks one outcome against the SDK's reading and returns its kind: content (one load, no
 * warning), content with a drop (one load, one ino-warning with exactly the SDK's drops, one console
 * warning), or the error state (one ino-error and what `showsError` looks for).
 */
function classify(
  el: Element,
  label: string,
  outcome: Outcome,
  reading: { dropped: Dropped[] } | undefined,
  showsContent: () => boolean,
  showsError: () => boolean,
): Kind {
  expectNothingExecutable(el, label);
  if (!reading) {
    expect(outcome.errors, `${label}: ino-error`).to.equal(1);
    expect(showsError(), `${label}: the error state`).to.equal(true);
    return 'error state';
  }
  expect(outcome.errors, `${label}: no ino-error`).to.equal(0);
  expect(showsContent(), `${label}: content`).to.equal(true);
  const paths = reading.dropped.map((d) => d.path);
  expect(
    outcome.warnings.map((dropped) => dropped.map((d) => d.path)),
    `${label}: ino-warning`,
  ).to.deep.equal(paths.length ? [paths] : []);
  expect(outcome.consoleWarnings, `${label}: console warnings`).to.equal(paths.length ? 1 : 0);
  return paths.length ? 'content with a drop' : 'content';
}

/** Counts each kind of outcome, and runs axe on the first outcome of each kind. */
function tally(widget: string) {
  const counts: Record<Kind, number> = { content: 0, 'content with a drop': 0, 'error state': 0 };
  const started = performance.now();
  return {
    async add(kind: Kind, el: Element) {
      if (counts[kind]++ === 0) await expect(el).to.be.accessible();
    },
    report() {
      const total = Object.values(counts).reduce((a, b) => a + b, 0);
      console.log(
        `fuzz ${widget}: ${total} payloads, ${counts.content} content, ${counts['content with a drop']} content with a drop report, ${counts['error state']} error state, ${pageErrors.length} uncaught, ${(window as unknown as Record<string, unknown>)[SCRIPT_FLAG] ? 'a script ran' : 'no script ran'}, ${Math.round(performance.now() - started)} ms`,
      );
      expect(total).to.equal(PER_WIDGET);
    },
  };
}

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector);

/** The ladder widget uses a refreshed ladder only when it has every rung 1–5 once. */
const wholeLadder = (value: ParticipationLadder) =>
  [...value.rungs]
    .map((r) => r.level)
    .sort()
    .join() === '1,2,3,4,5';

describe('fuzz: mutated payloads through each widget', () => {
  afterEach(async () => {
    // An <img onerror> would have fired by now had any markup been rendered as HTML.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((window as unknown as Record<string, unknown>)[SCRIPT_FLAG], 'a script from a payload ran').to.equal(undefined);
    expect(pageErrors, 'uncaught errors').to.deep.equal([]);
    document.body.replaceChildren();
  });

  it(`<ino-practice-card>: ${PER_WIDGET} practices given as data`, async function () {
    this.timeout(120_000);
    const el = document.createElement('ino-practice-card') as InoPracticeCard;
    el.variant = 'full';
    document.body.append(el);
    const counts = tally('ino-practice-card');
    // A practice that is not an object at all is "no practice given" (the card then waits for an id): left out.
    const cases = [...payloads(practice, SEED), ...payloads(practice, SEED + 1)].filter((p) => p !== null && typeof p === 'object').slice(0, PER_WIDGET);
    for (const [i, payload] of cases.entries()) {
      const outcome = await load(el, 'data', () => (el.practice = payload as never));
      const kind = classify(
        el,
        `practice ${i}`,
        outcome,
        expected(() => readTolerantly(PracticeSchema, payload, 'The practice')),
        () => Boolean($(el, '.card')),
        () => Boolean($(el, '[part~="error"]')),
      );
      await counts.add(kind, el);
    }
    counts.report();
  });

  it(`<ino-challenge-feed>: ${PER_WIDGET} pages from the mock API`, async function () {
    this.timeout(120_000);
    let body: Json = null;
    worker.use(http.get(`${API_BASE}/challenges`, () => HttpResponse.json(body)));
    const el = document.createElement('ino-challenge-feed') as InoChallengeFeed;
    el.apiBase = API_BASE;
    el.now = new Date('2026-11-23T10:00:00+01:00');
    const counts = tally('ino-challenge-feed');
    const page = {
      items: [challenge, { ...challenge, id: 'twee', title: 'Twee' }, { ...challenge, id: 'drie', owners: [...challenge.owners, challenge.owners[0]!] }],
      nextCursor: 'volgende',
      total: 7,
    };
    for (const [i, payload] of payloads(page, SEED + 2).entries()) {
      body = payload;
      // A new query makes the feed fetch again; the handler answers every query with this payload.
      const outcome = await load(el, 'firstPage', () => (i === 0 ? document.body.append(el) : (el.theme = `fuzz-${i}`)));
      const reading = expected(() => readTolerantly(pageOf(ChallengeSchema), overJson(payload), 'A page'));
      // A feed that showed a page before keeps it when the next fails, and says so in an alert.
      const shows = () => Boolean($(el, '[part~="error"]') ?? $(el, '.notice.warning[role="alert"]'));
      const kind = classify(el, `page ${i}`, outcome, reading, () => Boolean($(el, '.list') ?? $(el, '.empty')), shows);
      if (reading) expect(outcome.loads, `page ${i}: ino-load`).to.equal(1);
      await counts.add(kind, el);
    }
    counts.report();
  });

  it(`<ino-learning-track-signup>: ${PER_WIDGET} tracks from the mock API`, async function () {
    this.timeout(120_000);
    let body: Json = null;
    worker.use(http.get(`${API_BASE}/learning-tracks/:id`, () => HttpResponse.json(body)));
    const el = document.createElement('ino-learning-track-signup') as InoLearningTrackSignup;
    el.apiBase = API_BASE;
    document.body.append(el);
    const counts = tally('ino-learning-track-signup');
    for (const [i, payload] of payloads(track, SEED + 3).entries()) {
      body = payload;
      const outcome = await load(el, 'track', () => (el.trackId = `fuzz-${i}`));
      const reading = expected(() => readTolerantly(LearningTrackSchema, overJson(payload), 'The track'));
      const kind = classify(
        el,
        `track ${i}`,
        outcome,
        reading,
        () => Boolean($(el, '.card')),
        () => Boolean($(el, '[part~="error"]')),
      );
      if (reading) expect(outcome.loads, `track ${i}: ino-load`).to.equal(1);
      await counts.add(kind, el);
    }
    counts.report();
  });

  it(`<ino-participation-ladder>: ${PER_WIDGET} ladders from the mock API`, async function () {
    this.timeout(120_000);
    let body: Json = null;
    worker.use(http.get(`${API_BASE}/participation-ladder`, () => HttpResponse.json(body)));
    const el = document.createElement('ino-participation-ladder') as InoParticipationLadder;
    document.body.append(el);
    const counts = tally('ino-participation-ladder');
    for (const [i, payload] of payloads(ladder, SEED + 4).entries()) {
      body = payload;
      // Another spelling of the same API makes the ladder refresh again.
      const outcome = await load(el, 'refreshed', () => (el.apiBase = i % 2 ? API_BASE : `${API_BASE}/`));
      const read = expected(() => readTolerantly(ParticipationLadderSchema, overJson(payload), 'The ladder'));
      // Its error state is its built-in text, with the failure reported as ino-error.
      const reading = read && wholeLadder(read.value) ? read : undefined;
      const fiveRungs = () => el.shadowRoot!.querySelectorAll('input[name="rung"]').length === 5;
      const kind = classify(el, `ladder ${i}`, outcome, reading, fiveRungs, fiveRungs);
      await counts.add(kind, el);
    }
    counts.report();
  });
});
