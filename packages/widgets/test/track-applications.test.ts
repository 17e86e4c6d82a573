import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { createConnection, organiserApplicationsOf, type OrganiserApplication } from '@ino/sdk';
import { bundledContent as dataset } from '@ino/contract/content';
import { API_BASE, requests, worker } from './mock-api.js';
import { expectFocused } from './focus.js';
import { announced } from './announcer.js';
import { pageErrors } from './page-errors.js';
import { consoleWarnings } from './warnings.js';
import '../src/index.js';
import type { DecisionDetail, InoTrackApplications, TrackApplicationsLoadDetail } from '../src/index.js';

const TOKEN = 'demo-organiser';
const track = dataset.learningTracks.find((t) => t.id === 'lerend-netwerk-participatie-2027')!;
/** A first-come track with free seats: an application is confirmed at once. */
const firstCome = dataset.learningTracks.find((t) => t.admission === 'first-come' && t.status === 'open' && t.seats && t.seatsTaken < t.seats)!;
const organiser = organiserApplicationsOf(createConnection({ baseUrl: API_BASE }), { token: TOKEN });

const shadow = (el: Element) => el.shadowRoot!;
const $ = <E extends Element = HTMLElement>(el: Element, selector: string) => shadow(el).querySelector<E>(selector);
const $$ = (el: Element, selector: string) => [...shadow(el).querySelectorAll<HTMLElement>(selector)];
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const adminRequests = () => requests.filter((r) => new URL(r.url).pathname.includes('/admin/'));
const rowOf = (el: Element, id: string) => $(el, `#row-${id.replace(/[^A-Za-z0-9_-]/g, '_')}`)!;
const statusOf = (el: Element, id: string) => text(rowOf(el, id).querySelector('.status'));
const problemAt = (type: string, status: number) =>
  HttpResponse.json(
    { type: `https://ino.example.org/problems/${type}`, title: type, status },
    { status, headers: { 'content-type': 'application/problem+json' } },
  );

let counter = 0;
/** A new application to the track through the public API (the mock), with a name to find it by. */
async function apply(
  givenName: string,
  organisation = 'Stad Gent',
  familyName = `Proefpersoon${Date.now()}${counter++}`,
  to: (typeof dataset.learningTracks)[number] = track,
): Promise<string> {
  const body = {
    givenName,
    familyName,
    email: `${crypto.randomUUID()}@example.org`,
    organisation,
    answers: Object.fromEntries(to.questions.map((q) => [q.id, `Antwoord van ${givenName} op ${q.id}.`])),
    consentVersion: to.consent.version,
    lang: 'nl',
  };
  const response = await fetch(`${API_BASE}/learning-tracks/${to.id}/applications`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
    body: JSON.stringify(body),
  });
  expect(response.status, 'the application is accepted').to.be.oneOf([200, 201]);
  const { id } = (await response.json()) as { id: string };
  requests.length = 0;
  return id;
}

/** The widget with the demo token, once the table (or another settled state) is shown. */
async function open(options: { lang?: string; token?: string | null; getAccessToken?: () => Promise<string>; trackId?: string } = {}) {
  const el = await fixture<InoTrackApplications>(
    html`<ino-track-applications
      api-base=${API_BASE}
      track-id=${options.trackId ?? track.id}
      lang=${options.lang ?? 'nl'}
      .accessToken=${options.token === null ? undefined : (options.token ?? TOKEN)}
      .getAccessToken=${options.getAccessToken}
    ></ino-track-applications>`,
  );
  await waitUntil(() => $(el, 'table, .state:not(.loading), .empty'), 'the widget settles', { timeout: 8000 });
  return el;
}

/**
 * Takes every free seat of the LNP track (the demo keeps one), through the organiser API, so that a
 * reserve put on the waitlist stays there rather than being offered a seat at once.
 */
async function fillTheSeats(): Promise<void> {
  for (;;) {
    const id = await apply('Plaatsvuller');
    const { etag } = await organiser.get(id);
    try {
      await organiser.decide(id, { decision: 'select' }, etag);
    } catch (error) {
      if ((error as { kind?: string }).kind === 'seats-exhausted') return;
      throw error;
    }
  }
}

/** The application as the organiser API has it now. */
const current = async (id: string): Promise<OrganiserApplication> => (await organiser.get(id)).application;

/** Shows only the row of this person (search), so the test finds it whatever page it was on. */
async function find(el: InoTrackApplications, query: string): Promise<void> {
  const search = $<HTMLInputElement>(el, '#search')!;
  search.value = query;
  search.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await waitUntil(() => $$(el, 'tbody tr:not(.details)').length === 1, `only ${query} is shown`, { timeout: 3000 });
}

afterEach(() => {
  expect(pageErrors, 'no uncaught errors').to.deep.equal([]);
});

describe('<ino-track-applications>', () => {
  describe('signing in', () => {
    it('without a token says what the host must do, asks nothing of the API, and is accessible', async () => {
      const el = await open({ token: null });
      const state = $(el, '.signed-out')!;
      expect(text(state)).to.contain('accessToken');
      expect(text(state)).to.contain('oidc-issuer');
      expect(adminRequests()).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('with oidc-issuer and oidc-client-id and no token, offers its own sign-in; an issuer that does not answer is said calmly', async () => {
      // Nothing listens at that issuer: its discovery document cannot be read.
      const el = await fixture<InoTrackApplications>(
        html`<ino-track-applications api-base=${API_BASE} track-id=${track.id} oidc-issuer="http://127.0.0.1:9/" oidc-client-id="ino-intranet"></ino-track-applications>`,
      );
      await waitUntil(() => $(el, '[part="sign-in-button"]'), 'a sign-in button', { timeout: 10_000 });
      const button = $<HTMLButtonElement>(el, '[part="sign-in-button"]')!;
      expect(text($(el, '.signed-out'))).to.contain('Meld je aan met je account');
      expect(text($(el, '.signed-out')), 'no instructions for the host').to.not.contain('oidc-issuer');
      expect(adminRequests()).to.have.length(0);
      await expect(el).to.be.accessible();
      button.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => $(el, '.signed-out [role="alert"]'), 'the sign-in says it cannot go on', { timeout: 10_000 });
      expect(text($(el, '.signed-out [role="alert"]'))).to.contain('Aanmelden lukt hier nu niet');
      expect(location.href, 'the page stays').to.not.contain('127.0.0.1:9');
      expect(Object.keys(localStorage).filter((key) => key.startsWith('ino-widgets:'))).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('ignores an access-token attribute, and warns once without echoing its value', async () => {
      const el = document.createElement('ino-track-applications');
      el.setAttribute('api-base', API_BASE);
      el.setAttribute('track-id', track.id);
      el.setAttribute('access-token', 'secret-in-html');
      el.setAttribute('access-token', 'another-secret');
      document.body.append(el);
      try {
        await waitUntil(() => $(el, '.signed-out'), 'signed out', { timeout: 5000 });
        expect(adminRequests()).to.have.length(0);
        const warnings = consoleWarnings.map((args) => args.map(String).join(' ')).filter((w) => w.includes('access-token'));
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.not.contain('secret');
      } finally {
        el.remove();
      }
    });

    it('sends the token as a bearer token, never in the address', async () => {
      await open();
      const admin = adminRequests();
      expect(admin.length).to.be.greaterThan(0);
      for (const request of admin) {
        expect(request.headers.get('authorization')).to.equal(`Bearer ${TOKEN}`);
        expect(request.url).to.not.contain(TOKEN);
      }
    });

    it('calls getAccessToken before each request', async () => {
      let calls = 0;
      const el = await open({ token: null, getAccessToken: async () => (calls++, TOKEN) });
      expect($(el, 'table')).to.exist;
      expect(calls).to.equal(adminRequests().length);
      const before = calls;
      ($(el, 'tbody tr:not(.details) [id^="decide-"]') as HTMLButtonElement).click();
      await waitUntil(() => adminRequests().some((r) => /\/admin\/applications\/[^/]+$/.test(new URL(r.url).pathname)), 'the row is read');
      expect(calls).to.equal(before + 1);
    });

    it('a refused token (401) removes every personal datum and says to sign in again', async () => {
      const el = await open({ token: 'not-a-valid-token' });
      expect(text($(el, '.signed-out'))).to.contain('afgemeld');
      expect($(el, 'table')).to.not.exist;
      await expect(el).to.be.accessible();
    });

    it('a token without the scope (403) says it is not allowed', async () => {
      worker.use(http.get(`${API_BASE}/admin/learning-tracks/:id/applications`, () => problemAt('forbidden', 403)));
      const el = await open();
      expect(text($(el, '.error'))).to.contain('applications:read');
      expect($(el, 'table')).to.not.exist;
      await expect(el).to.be.accessible();
    });

    it('signing out (the token taken away) removes the table', async () => {
      const el = await open();
      expect($(el, 'table')).to.exist;
      el.accessToken = undefined;
      await el.updateComplete;
      expect($(el, 'table')).to.not.exist;
      expect($(el, '.signed-out')).to.exist;
    });
  });

  describe('loading', () => {
    it('shows a busy skeleton, then the table, and tells the host how many without personal data', async () => {
      const el = document.createElement('ino-track-applications');
      el.setAttribute('api-base', API_BASE);
      el.setAttribute('track-id', track.id);
      el.accessToken = TOKEN;
      const loaded = oneEvent(el, 'ino-load');
      document.body.append(el);
      try {
        await el.updateComplete;
        expect($(el, '[aria-busy="true"]')).to.exist;
        await expect(el).to.be.accessible();
        const { detail } = (await loaded) as CustomEvent<TrackApplicationsLoadDetail>;
        expect(Object.keys(detail).sort()).to.deep.equal(['applications', 'track']);
        expect(detail.applications).to.be.a('number').greaterThan(0);
        expect(detail.track.id).to.equal(track.id);
      } finally {
        el.remove();
      }
    });

    it('a network failure offers a retry that loads again', async () => {
      // Every attempt fails (the SDK retries network errors by itself), until the network is back.
      worker.use(http.get(`${API_BASE}/admin/learning-tracks/:id/applications`, () => HttpResponse.error()));
      const el = await open();
      const retry = $<HTMLButtonElement>(el, '[part="retry-button"]')!;
      expect(retry).to.exist;
      await expect(el).to.be.accessible();
      worker.resetHandlers();
      retry.click();
      await waitUntil(() => $(el, 'table'), 'the table after the retry', { timeout: 8000 });
    });

    it('an unknown track says so, without a retry', async () => {
      const el = await open({ trackId: 'bestaat-niet' });
      expect(text($(el, '.error'))).to.contain('bestaat niet');
      expect($(el, '[part="retry-button"]')).to.not.exist;
      await expect(el).to.be.accessible();
    });

    it('a track without applications says so', async () => {
      worker.use(http.get(`${API_BASE}/admin/learning-tracks/:id/applications`, () => HttpResponse.json({ items: [], nextCursor: null })));
      const el = await open();
      expect(text($(el, '.empty'))).to.contain('nog geen aanvragen');
      expect($(el, 'table')).to.not.exist;
      await expect(el).to.be.accessible();
    });
  });

  describe('the table', () => {
    before(async () => {
      // More than one page, whatever the mock was seeded with.
      for (let i = 0; i < 26; i++) await apply(`Vulling${i}`);
    });

    it('has a caption, column headers, sortable columns with aria-sort, the seats summary, and is accessible', async () => {
      const el = await open();
      expect(text($(el, 'caption'))).to.contain(track.title);
      expect($$(el, 'thead th').map(text)).to.include.members(['Naam', 'Organisatie', 'Functie', 'Acties']);
      const sortable = $$(el, 'thead th[aria-sort]');
      expect(sortable.map((th) => th.getAttribute('aria-sort'))).to.deep.equal(['none', 'ascending']);
      expect(sortable.every((th) => th.querySelector('button'))).to.be.true;
      expect(text($(el, '.counts'))).to.match(/\d+ van \d+ plaatsen ingenomen/);
      expect($$(el, 'tbody th[scope="row"]').length).to.equal(25);
      await expect(el).to.be.accessible();
    });

    it('sorts by status and received time from the keyboard', async () => {
      const el = await open();
      const statusButton = $<HTMLButtonElement>(el, 'thead th[aria-sort] button')!;
      statusButton.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      const [status, received] = $$(el, 'thead th[aria-sort]');
      expect(status!.getAttribute('aria-sort')).to.equal('ascending');
      expect(received!.getAttribute('aria-sort')).to.equal('none');
      expect(text($$(el, 'tbody tr:not(.details) .status')[0])).to.equal('Te beoordelen');
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(status!.getAttribute('aria-sort')).to.equal('descending');
      expectFocused(shadow(el), statusButton);
    });

    it('filters by status and says how many match', async () => {
      const el = await open();
      const select = $<HTMLSelectElement>(el, '#status-filter')!;
      select.focus();
      // The first status after "all": the one the table sorts first that the track has.
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(select.value).to.equal('received');
      const statuses = $$(el, 'tbody tr:not(.details) .status').map(text);
      expect(statuses.length).to.be.greaterThan(0);
      expect(new Set(statuses)).to.deep.equal(new Set(['Te beoordelen']));
      await announced(el, text($(el, '.matching')));
    });

    it('searches name and organisation as typed, case- and accent-insensitively', async () => {
      await apply('Hélène', 'Ville de Liège');
      const el = await open();
      $<HTMLInputElement>(el, '#search')!.focus();
      await sendKeys({ type: 'HELENE liege' });
      await waitUntil(() => $$(el, 'tbody tr:not(.details)').length === 1, 'one match', { timeout: 3000 });
      expect(text($(el, 'tbody th'))).to.contain('Hélène');
      expect(text($(el, '.matching'))).to.equal('1 aanvraag');
    });

    it('pages by 25 with previous and next from the keyboard', async () => {
      const el = await open();
      expect(text($(el, '.pagination'))).to.match(/Pagina 1 van \d+/);
      const [previous, next] = $$(el, '.pagination button') as HTMLButtonElement[];
      expect(previous!.getAttribute('aria-disabled')).to.equal('true');
      const first = text($(el, 'tbody th'));
      next!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(text($(el, '.pagination'))).to.match(/Pagina 2 van \d+/);
      expect(text($(el, 'tbody th'))).to.not.equal(first);
      expectFocused(shadow(el), $$(el, '.pagination button')[1]);
      await announced(el, text($(el, '.pagination span')));
      await expect(el).to.be.accessible();
    });

    it('shows the answers on demand, as plain text under each question', async () => {
      const id = await apply('Antwoordgever', 'Stad Gent', 'Antwoord<b>vet</b>');
      const el = await open();
      await find(el, 'Antwoordgever');
      const button = rowOf(el, id).querySelector<HTMLButtonElement>('button[aria-expanded]')!;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      button.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      const answers = $(el, `#${button.getAttribute('aria-controls')}`)!;
      for (const q of track.questions) expect(text(answers)).to.contain(q.label).and.contain(`Antwoord van Antwoordgever op ${q.id}.`);
      expect(text(rowOf(el, id).querySelector('th'))).to.contain('Antwoord<b>vet</b>');
      expect(shadow(el).querySelector('b')).to.not.exist;
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
    });
  });

  describe('decisions', () => {
    before(fillTheSeats);

    it('puts a received application on the waitlist with a note, from the keyboard', async () => {
      const id = await apply('Wachter');
      const el = await open();
      await find(el, 'Wachter');
      const decided = oneEvent(el, 'ino-decision');
      const decide = rowOf(el, id).querySelector<HTMLButtonElement>('[id^="decide-"]')!;
      decide.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      const choice = $<HTMLSelectElement>(el, 'form.decision select')!;
      expectFocused(shadow(el), choice);
      expect([...choice.options].map((o) => o.value)).to.have.members(['select', 'decline', 'waitlist', 'cancel']);
      await expect(el).to.be.accessible();
      choice.value = 'waitlist';
      choice.dispatchEvent(new Event('change', { bubbles: true }));
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: 'Reserve, sterk profiel' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      const { detail } = (await decided) as CustomEvent<DecisionDetail>;
      expect(detail.decision).to.equal('waitlist');
      expect(detail.application.status).to.equal('waitlisted');
      expect(detail.application.history.at(-1)!.note).to.equal('Reserve, sterk profiel');
      const post = adminRequests().find((r) => r.method === 'POST')!;
      expect(post.headers.get('if-match')).to.be.a('string').and.not.empty;
      await waitUntil(() => statusOf(el, id).startsWith('Op de wachtlijst'), 'the row shows the waitlist', { timeout: 5000 });
      expect(text(rowOf(el, id))).to.match(/nummer \d+/);
      expect($(el, 'form.decision')).to.not.exist;
      await announced(el, 'Wachter ' + detail.application.familyName + ': nu op de wachtlijst.');
    });

    it('a decided row that leaves the filtered view gives focus to the count of what is shown', async () => {
      const id = await apply('Wegfilter');
      const el = await open();
      await find(el, 'Wegfilter');
      const select = $<HTMLSelectElement>(el, '#status-filter')!;
      select.value = 'received';
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await el.updateComplete;
      rowOf(el, id).querySelector<HTMLButtonElement>('[id^="decide-"]')!.click();
      await el.updateComplete;
      const choice = $<HTMLSelectElement>(el, 'form.decision select')!;
      choice.value = 'waitlist';
      choice.dispatchEvent(new Event('change', { bubbles: true }));
      $<HTMLButtonElement>(el, 'form.decision button[type="submit"]')!.click();
      await waitUntil(() => !rowOf(el, id), 'the row leaves the view', { timeout: 5000 });
      await waitUntil(() => shadow(el).activeElement === ($(el, '.matching') ?? $(el, '.empty')), 'focus on the count', { timeout: 5000 });
    });

    it('updates the counts after a decision: a cancelled seat is free, one more waits for review no more', async () => {
      // A first-come track confirms at once; its seats taken before the service ran count too.
      const confirmed = await apply('Annuleerder', 'Stad Gent', undefined, firstCome);
      const el = await open({ trackId: firstCome.id });
      const counts = () => text($(el, '.counts'));
      const taken = () => Number(/(\d+) van/.exec(text($(el, '.seats')))![1]);
      const before = taken();
      expect(before).to.be.greaterThan(firstCome.seatsTaken);
      await find(el, 'Annuleerder');
      rowOf(el, confirmed).querySelector<HTMLButtonElement>('[id^="decide-"]')!.click();
      await el.updateComplete;
      const choice = $<HTMLSelectElement>(el, 'form.decision select')!;
      expect([...choice.options].map((o) => o.value)).to.deep.equal(['cancel']);
      $<HTMLButtonElement>(el, 'form.decision button[type="submit"]')!.click();
      await waitUntil(() => statusOf(el, confirmed) === 'Geannuleerd', 'cancelled', { timeout: 5000 });
      expect(taken()).to.equal(before - 1);
      expect(counts()).to.contain(`${before - 1} van ${firstCome.seats} plaatsen ingenomen`);
      expect((await current(confirmed)).status).to.equal('cancelled');
    });

    it('412: someone else changed the row meanwhile; it is read again, nothing is resent, and the person is told', async () => {
      const id = await apply('Gelijktijdig');
      const el = await open();
      await find(el, 'Gelijktijdig');
      rowOf(el, id).querySelector<HTMLButtonElement>('[id^="decide-"]')!.click();
      // The widget reads the row's version when the form opens; then a colleague decides first.
      await waitUntil(() => adminRequests().some((r) => r.method === 'GET' && new URL(r.url).pathname.endsWith(`/applications/${id}`)), 'the row is read');
      await new Promise((resolve) => setTimeout(resolve, 100));
      const { etag } = await organiser.get(id);
      await organiser.decide(id, { decision: 'waitlist' }, etag);
      requests.length = 0;
      const choice = $<HTMLSelectElement>(el, 'form.decision select')!;
      choice.value = 'decline';
      choice.dispatchEvent(new Event('change', { bubbles: true }));
      await el.updateComplete;
      $<HTMLButtonElement>(el, 'form.decision button[type="submit"]')!.click();
      await waitUntil(() => $(el, 'form.decision [role="alert"]'), 'the message', { timeout: 5000 });
      expect(text($(el, 'form.decision [role="alert"]'))).to.contain('Iemand anders');
      expect(statusOf(el, id)).to.equal('Op de wachtlijst');
      expect(adminRequests().filter((r) => r.method === 'POST')).to.have.length(1);
      expect((await current(id)).status).to.equal('waitlisted');
      await expect(el).to.be.accessible();
      // Recovering: the form is still open on the fresh version; deciding again goes through.
      $<HTMLButtonElement>(el, 'form.decision button[type="submit"]')!.click();
      await waitUntil(() => statusOf(el, id) === 'Niet geselecteerd', 'declined after the reload', { timeout: 5000 });
    });

    it('409 seats-exhausted: says the track is full', async () => {
      const id = await apply('Volzet');
      worker.use(http.post(`${API_BASE}/admin/applications/:id/decision`, () => problemAt('seats-exhausted', 409)));
      const el = await open();
      await find(el, 'Volzet');
      rowOf(el, id).querySelector<HTMLButtonElement>('[id^="decide-"]')!.click();
      await el.updateComplete;
      $<HTMLButtonElement>(el, 'form.decision button[type="submit"]')!.click();
      await waitUntil(() => $(el, 'form.decision [role="alert"]'), 'the message', { timeout: 5000 });
      expect(text($(el, 'form.decision [role="alert"]'))).to.contain('volzet');
      expect(statusOf(el, id)).to.equal('Te beoordelen');
      await expect(el).to.be.accessible();
    });

    it('403 on a decision: a token that may read but not decide keeps the table and is told so', async () => {
      const id = await apply('Alleen Lezen');
      worker.use(http.post(`${API_BASE}/admin/applications/:id/decision`, () => problemAt('forbidden', 403)));
      const el = await open();
      await find(el, 'Alleen Lezen');
      rowOf(el, id).querySelector<HTMLButtonElement>('[id^="decide-"]')!.click();
      await el.updateComplete;
      $<HTMLButtonElement>(el, 'form.decision button[type="submit"]')!.click();
      await waitUntil(() => $(el, 'form.decision [role="alert"]'), 'the message', { timeout: 5000 });
      expect(text($(el, 'form.decision [role="alert"]'))).to.contain('applications:decide');
      expect($(el, 'table')).to.exist;
      expect(statusOf(el, id)).to.equal('Te beoordelen');
      await expect(el).to.be.accessible();
    });

    it('while a decision is on its way, the form is busy, its button says so, and a second press sends nothing', async () => {
      const id = await apply('Geduldig');
      let release!: () => void;
      const answered = new Promise<void>((resolve) => (release = resolve));
      let posts = 0;
      worker.use(
        http.post(`${API_BASE}/admin/applications/:id/decision`, async () => {
          posts++;
          await answered;
          return problemAt('server-error', 500);
        }),
      );
      const el = await open();
      await find(el, 'Geduldig');
      rowOf(el, id).querySelector<HTMLButtonElement>('[id^="decide-"]')!.click();
      await el.updateComplete;
      const submit = $<HTMLButtonElement>(el, 'form.decision button[type="submit"]')!;
      await waitUntil(() => adminRequests().some((r) => r.method === 'GET' && new URL(r.url).pathname.endsWith(`/applications/${id}`)), 'the row is read');
      submit.click();
      await waitUntil(() => $(el, 'form.decision[aria-busy="true"]'), 'busy', { timeout: 5000 });
      expect(text(submit)).to.equal('Bezig…');
      expect(submit.getAttribute('aria-disabled')).to.equal('true');
      submit.click();
      await expect(el).to.be.accessible();
      release();
      await waitUntil(() => $(el, 'form.decision [role="alert"]'), 'the failure is said', { timeout: 5000 });
      expect(text($(el, 'form.decision [role="alert"]'))).to.contain('kon niet verstuurd worden');
      expect(posts).to.equal(1);
    });

    it('Escape closes the decision form and gives focus back to its button', async () => {
      const id = await apply('Sluiter');
      const el = await open();
      await find(el, 'Sluiter');
      const decide = rowOf(el, id).querySelector<HTMLButtonElement>('[id^="decide-"]')!;
      decide.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(decide.getAttribute('aria-expanded')).to.equal('true');
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      await el.updateComplete;
      expect($(el, 'form.decision')).to.not.exist;
      expectFocused(shadow(el), decide);
    });
  });

  describe('the CSV', () => {
    it('downloads the export through a Blob, named by the server or after the track and the day in Brussels', async () => {
      const clicked: { href: string; download: string }[] = [];
      const click = HTMLAnchorElement.prototype.click;
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        clicked.push({ href: this.href, download: this.download });
      };
      try {
        const el = await open();
        el.now = new Date('2027-01-15T23:30:00Z');
        $<HTMLButtonElement>(el, '.toolbar button')!.click();
        await waitUntil(() => clicked.length === 1, 'the link is clicked', { timeout: 5000 });
        const [{ href, download }] = clicked as [{ href: string; download: string }];
        expect(href).to.match(/^blob:/);
        expect(download).to.match(/\.csv$/);
        const csv = await (await fetch(href)).text();
        expect(csv.split(/\r?\n/)[0]).to.contain('givenName');
        const csvRequest = adminRequests().find((r) => r.headers.get('accept')?.includes('text/csv'))!;
        expect(csvRequest.headers.get('authorization')).to.equal(`Bearer ${TOKEN}`);
        await announced(el, `${download} is gedownload.`);
        expect($(el, 'a[download]')).to.not.exist;
      } finally {
        HTMLAnchorElement.prototype.click = click;
      }
    });
  });

  describe('languages and privacy', () => {
    for (const [lang, name, caption] of [
      ['fr', 'Nom', 'Candidatures pour'],
      ['en', 'Name', 'Applications for'],
    ] as const) {
      it(`speaks ${lang}`, async () => {
        const el = await open({ lang });
        expect(text($(el, 'thead th'))).to.equal(name);
        expect(text($(el, 'caption'))).to.contain(caption);
        await expect(el).to.be.accessible();
      });
    }

    it('keeps no personal data in localStorage or sessionStorage', async () => {
      const id = await apply('Privé');
      const el = await open();
      await find(el, 'Privé');
      rowOf(el, id).querySelector<HTMLButtonElement>('button[aria-expanded]')!.click();
      const person = await current(id);
      const stored = JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage });
      for (const value of [person.email, person.familyName, person.givenName]) expect(stored).to.not.contain(value);
    });
  });
});
