import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import type { LearningTrack } from '@ino/sdk';
import { bundledContent as dataset } from '@ino/contract/content';
import { API_BASE, requests, served, setScenario, worker } from './mock-api.js';
import { expectFocused } from './focus.js';
import { announced, announcer, recordAnnouncements } from './announcer.js';
import { pageErrors } from './page-errors.js';
import { appendAndAwait, consoleWarnings, droppedPaths } from './warnings.js';
import '../src/index.js';
import type { InoLearningTrackSignup, TrackLoadDetail } from '../src/index.js';

const tracks = dataset.learningTracks;
const selection = tracks.find((t) => t.admission === 'selection' && t.status === 'open' && t.questions.length >= 2)!;
const firstCome = tracks.find((t) => t.admission === 'first-come' && t.status === 'open' && t.seats)!;
const waitlist = tracks.find((t) => t.status === 'waitlist')!;

const shadow = (el: Element) => el.shadowRoot!;
const $ = (el: Element, selector: string) => shadow(el).querySelector(selector);
const $$ = (el: Element, selector: string) => [...shadow(el).querySelectorAll(selector)];
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const field = (el: Element, path: string) => $(el, `#field-${path.replace(/\./g, '-')}`) as HTMLInputElement | HTMLTextAreaElement;
const posts = () => requests.filter((r) => r.method === 'POST');

let counter = 0;
const uniqueEmail = () => `persoon${Date.now()}${counter++}@example.org`;

async function signup(trackId: string, lang?: string): Promise<InoLearningTrackSignup> {
  const el = await fixture<InoLearningTrackSignup>(
    html`<ino-learning-track-signup api-base=${API_BASE} track-id=${trackId} lang=${lang ?? 'nl'}></ino-learning-track-signup>`,
  );
  await waitUntil(() => $(el, '.card'), 'the track is shown', { timeout: 8000 });
  return el;
}

/** Types into a field the way a browser reports it: value, then an input event. */
async function type(el: InoLearningTrackSignup, path: string, value: string): Promise<void> {
  const control = field(el, path);
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

async function fillValid(el: InoLearningTrackSignup, track: (typeof tracks)[number], email = uniqueEmail()): Promise<void> {
  await type(el, 'givenName', 'An');
  await type(el, 'familyName', 'Peeters');
  await type(el, 'email', email);
  await type(el, 'organisation', 'Stad Gent');
  for (const q of track.questions) if (q.required) await type(el, `answers.${q.id}`, 'Ervaring met burgerbudgetten.');
  const consent = field(el, 'consent') as HTMLInputElement;
  if (!consent.checked) consent.click();
  await el.updateComplete;
}

const submit = async (el: InoLearningTrackSignup) => {
  ($(el, 'button[type="submit"]') as HTMLButtonElement).click();
  await el.updateComplete;
};
const result = (el: InoLearningTrackSignup) => waitUntil(() => $(el, '.result'), 'the result is shown', { timeout: 8000 });
const draftKey = (trackId: string) => `ino-widgets:signup-draft:${trackId}`;

/** The contact is named once in the card, in `where` (not in the facts too), its e-mail and phone labelled alike. */
function expectContactOnce(el: InoLearningTrackSignup, where: string, contact: NonNullable<LearningTrack['contact']>): void {
  if (contact.email) expect($$(el, `.card a[href="mailto:${contact.email}"]`).length, 'one e-mail link').to.equal(1);
  expect($$(el, '.facts dt').map(text)).to.not.include('Contact');
  const said = text($(el, where));
  expect(said).to.contain(contact.name);
  if (contact.email) expect(said).to.contain(`E-mail: ${contact.email}`);
  if (contact.phone) expect(said).to.contain(`Telefoon: ${contact.phone}`);
}

afterEach(() => {
  for (const t of tracks) localStorage.removeItem(draftKey(t.id));
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => true });
});

describe('<ino-learning-track-signup>', () => {
  describe('what a person needs to decide', () => {
    it('shows organisers, audience, format, sessions in Brussels time, seats, admission and the window', async () => {
      const el = await signup(firstCome.id);
      const facts = text($(el, '.facts'));
      expect(text($(el, '.title'))).to.equal(firstCome.title);
      expect(facts).to.contain(dataset.organisations.find((o) => o.id === firstCome.organisers[0])!.name);
      expect(text($(el, '.seats'))).to.equal(`nog ${firstCome.seats! - firstCome.seatsTaken} plaatsen`);
      expect(facts).to.contain('Wie eerst komt, eerst maalt');
      const first = firstCome.sessions[0]!;
      const brussels = new Intl.DateTimeFormat('nl-BE', { timeZone: 'Europe/Brussels', hour: '2-digit', minute: '2-digit' }).format(new Date(first.startsAt));
      expect(text($(el, '.sessions li'))).to.contain(brussels);
      await expect(el).to.be.accessible();
    });

    it('a selection track explains selection and counts the cohort, not seats left', async () => {
      const el = await signup(selection.id);
      expect(text($(el, '.seats'))).to.equal(`${selection.seats} plaatsen`);
      expect(text($(el, '.facts'))).to.contain('Met selectie');
    });

    it('a full track with a waitlist says so', async () => {
      const el = await signup(waitlist.id);
      expect(text($(el, '.seats'))).to.equal('volzet — je komt op de wachtlijst');
    });

    for (const status of ['announced', 'closed', 'running', 'completed', 'cancelled']) {
      const track = tracks.find((t) => t.status === status);
      if (!track) continue;
      it(`a ${status} track says why no signup is possible and names the contact once, e-mail and phone labelled`, async () => {
        const el = await signup(track.id);
        expect($(el, 'form')).to.be.null;
        expect(text($(el, '.closed'))).to.not.equal('');
        if (track.contact) expectContactOnce(el, '.closed', track.contact);
        announcer(el);
        await expect(el).to.be.accessible();
      });
    }

    it('an open track names its contact in the facts, e-mail and phone labelled alike', async () => {
      const served = await (await fetch(`${API_BASE}/learning-tracks/${firstCome.id}`)).json();
      const contact = { name: 'Els Peeters', role: 'coördinator', email: 'els@example.org', phone: '+32 2 553 00 00' };
      worker.use(http.get(`${API_BASE}/learning-tracks/:id`, () => HttpResponse.json({ ...served, contact })));
      const el = await signup(firstCome.id);
      expect($$(el, '.facts dt').map(text)).to.include('Contact');
      expect(text($(el, '.facts'))).to.contain('Els Peeters, coördinator · E-mail: els@example.org · Telefoon: +32 2 553 00 00');
      expect($(el, '.facts a[href="tel:+3225530000"]')).to.exist;
      expect($$(el, '.card a[href="mailto:els@example.org"]').length).to.equal(1);
    });

    it('a stale answer that still says open shows no form once the window has closed, and when it opens later', async () => {
      const served = await (await fetch(`${API_BASE}/learning-tracks/${firstCome.id}`)).json();
      const closesAt = '2026-12-03T23:59:00+01:00';
      worker.use(
        http.get(`${API_BASE}/learning-tracks/:id`, () =>
          HttpResponse.json({ ...served, status: 'open', applicationOpensAt: '2026-11-15T09:00:00+01:00', applicationClosesAt: closesAt }),
        ),
      );
      const at = async (now: Date) => {
        const el = await fixture<InoLearningTrackSignup>(
          html`<ino-learning-track-signup api-base=${API_BASE} track-id=${firstCome.id} .now=${now}></ino-learning-track-signup>`,
        );
        await waitUntil(() => $(el, '.card'), 'the track is shown', { timeout: 8000 });
        return el;
      };
      expect($(await at(new Date(Date.parse(closesAt) - 1)), 'form')).to.exist;
      const closed = await at(new Date(closesAt));
      expect($(closed, 'form')).to.be.null;
      expect(text($(closed, '.closed'))).to.contain('De inschrijvingen voor dit leertraject zijn afgesloten.');
      await expect(closed).to.be.accessible();
      const early = await at(new Date('2026-11-15T08:59:59+01:00'));
      expect($(early, 'form')).to.be.null;
      expect(text($(early, '.closed'))).to.contain('Inschrijven kan vanaf 15 november 2026');
    });

    it('an unknown track says it does not exist', async () => {
      const el = await fixture<InoLearningTrackSignup>(
        html`<ino-learning-track-signup api-base=${API_BASE} track-id="bestaat-niet"></ino-learning-track-signup>`,
      );
      expect($(el, '.loading'), 'loading').to.exist;
      announcer(el);
      await waitUntil(() => $(el, '[role="alert"]'), 'not found', { timeout: 5000 });
      expect(text($(el, '[role="alert"]'))).to.contain('bestaat niet');
      announcer(el);
    });
  });

  describe('the form', () => {
    it('labels every field, with the right autocomplete tokens, and is accessible', async () => {
      const el = await signup(selection.id);
      const tokens = Object.fromEntries(
        ['givenName', 'familyName', 'email', 'organisation', 'role'].map((p) => [p, field(el, p).getAttribute('autocomplete')]),
      );
      expect(tokens).to.deep.equal({
        givenName: 'given-name',
        familyName: 'family-name',
        email: 'email',
        organisation: 'organization',
        role: 'organization-title',
      });
      for (const control of $$(el, 'input, textarea')) expect($(el, `label[for="${control.id}"]`), control.id).to.exist;
      expect(text($(el, 'label[for="field-consent"]'))).to.equal(selection.consent.text);
      await expect(el).to.be.accessible();
    });

    it('on submit, an error summary takes focus and links to each field', async () => {
      const el = await signup(selection.id);
      await submit(el);
      const summary = $(el, '.error-summary') as HTMLElement;
      expectFocused(shadow(el), summary);
      // Focused, so read once: not also an alert (some screen readers would read it twice).
      expect(summary.getAttribute('role')).to.equal(null);
      expect($$(el, '[role="alert"]').filter((alert) => alert === shadow(el).activeElement || alert.contains(shadow(el).activeElement))).to.deep.equal([]);
      announcer(el);
      const links = [...summary.querySelectorAll('a')];
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([
        '#field-givenName',
        '#field-familyName',
        '#field-email',
        '#field-organisation',
        ...selection.questions.filter((q) => q.required).map((q) => `#field-answers-${q.id}`),
        '#field-consent',
      ]);
      expect(text(links[0])).to.equal('Voornaam is verplicht.');
      const email = field(el, 'email');
      expect(email.getAttribute('aria-invalid')).to.equal('true');
      expect(email.getAttribute('aria-describedby')).to.contain('field-email-error');
      await expect(el).to.be.accessible();
      links[2]!.click();
      await waitUntil(() => shadow(el).activeElement === email, 'focus on the e-mail field', { timeout: 2000 });
      expect(posts().length).to.equal(0);
    });

    it('checks a field on blur and clears its error as it is corrected', async () => {
      const el = await signup(selection.id);
      await type(el, 'email', 'an.peeters');
      field(el, 'email').dispatchEvent(new Event('blur'));
      await el.updateComplete;
      expect(text($(el, '#field-email-error'))).to.equal('Fout: Vul een geldig e-mailadres in, zoals naam@voorbeeld.be.');
      await type(el, 'email', 'an.peeters@example.org');
      expect($(el, '#field-email-error')).to.be.null;
    });

    it("a name with a control or invisible character (from pasted text) says so in the form's language", async () => {
      const el = await signup(selection.id);
      await type(el, 'givenName', 'An\u202Ena');
      field(el, 'givenName').dispatchEvent(new Event('blur'));
      await el.updateComplete;
      expect(text($(el, '#field-givenName-error'))).to.match(/^Fout: Voornaam bevat een onzichtbaar teken of een stuurteken/);
      await expect(el).to.be.accessible();
      await type(el, 'givenName', 'Anna');
      expect($(el, '#field-givenName-error')).to.be.null;
    });

    it('counts characters live and refuses an answer that is too long', async () => {
      const el = await signup(selection.id);
      const question = selection.questions[0]!;
      await type(el, `answers.${question.id}`, 'Vijf.');
      expect(text($(el, `#field-answers-${question.id}-count`))).to.equal(`5 van ${question.maxLength} tekens`);
      await type(el, `answers.${question.id}`, 'x'.repeat(question.maxLength + 3));
      expect(text($(el, `#field-answers-${question.id}-count`))).to.contain('3 tekens te veel');
      await fillValid(el, selection);
      await type(el, `answers.${question.id}`, 'x'.repeat(question.maxLength + 3));
      await submit(el);
      expect(text($(el, '.error-summary'))).to.contain(`mag hoogstens ${question.maxLength} tekens tellen`);
    });
  });

  describe('submitting', () => {
    it('a selection track: received, with what happens next; one POST with an Idempotency-Key; the draft is cleared', async () => {
      const el = await signup(selection.id);
      await fillValid(el, selection);
      expect(localStorage.getItem(draftKey(selection.id))).to.contain('Peeters');
      const submitted = oneEvent(el, 'ino-submitted');
      await submit(el);
      const { detail } = await submitted;
      await result(el);
      expect(detail.application.status).to.equal('received');
      expect(detail.replayed).to.be.false;
      expect(text($(el, '.result'))).to.contain('We hebben je kandidatuur ontvangen');
      expectFocused(shadow(el), $(el, '.result'));
      expectContactOnce(el, '.result', selection.contact!);
      announcer(el);
      expect(posts().length).to.equal(1);
      expect(posts()[0]!.headers.get('idempotency-key')).to.match(/^[A-Za-z0-9_-]{8,128}$/);
      expect(localStorage.getItem(draftKey(selection.id))).to.be.null;
      await expect(el).to.be.accessible();
    });

    it('a first-come track confirms; a full one puts the person on the waitlist with a position', async () => {
      const confirmed = await signup(firstCome.id);
      await fillValid(confirmed, firstCome);
      await submit(confirmed);
      await result(confirmed);
      expect(text($(confirmed, '.result'))).to.contain('Je bent ingeschreven');

      const waiting = await signup(waitlist.id);
      await fillValid(waiting, waitlist);
      await submit(waiting);
      await result(waiting);
      expect(text($(waiting, '.result'))).to.match(/Je staat op de wachtlijst.*Je bent nummer \d+ op de wachtlijst\./);
    });

    it('a server that drops the first request: retried with the same key, signed up once', async () => {
      setScenario({ fault: 'network-error', times: 1, path: '/applications' });
      const el = await signup(selection.id);
      await fillValid(el, selection);
      await submit(el);
      await result(el);
      expect(posts().length).to.equal(2);
      expect(posts()[1]!.headers.get('idempotency-key')).to.equal(posts()[0]!.headers.get('idempotency-key'));
    });

    it('503 and then 201: retried after Retry-After with the same key', async () => {
      setScenario({ fault: 'unavailable', times: 1, retryAfter: 0, path: '/applications' });
      const el = await signup(firstCome.id);
      await fillValid(el, firstCome);
      await submit(el);
      await result(el);
      expect(posts().map((r) => r.headers.get('idempotency-key')))
        .to.have.length(2)
        .and.satisfy((keys: string[]) => keys[0] === keys[1]);
    });

    // The contract's example base, and an operator's own: a problem is known by what follows /problems/.
    for (const type of ['https://innovatienetwerk.example/problems/validation', 'https://api.gent.be/problems/validation']) {
      it(`422 with field errors (${new URL(type).host}): mapped back onto the fields, nothing lost`, async () => {
        const question = selection.questions[0]!;
        worker.use(
          http.post(`${API_BASE}/learning-tracks/:id/applications`, () =>
            HttpResponse.json(
              {
                type,
                title: 'Invalid',
                status: 422,
                errors: [
                  { field: `answers.${question.id}`, code: 'too_big', message: 'Too long' },
                  { field: 'email', code: 'invalid_format', message: 'Not an e-mail address' },
                ],
              },
              { status: 422, headers: { 'content-type': 'application/problem+json' } },
            ),
          ),
        );
        const el = await signup(selection.id);
        await fillValid(el, selection);
        await submit(el);
        await waitUntil(() => $(el, '.error-summary'), 'summary', { timeout: 5000 });
        expectFocused(shadow(el), $(el, '.error-summary'));
        expect(field(el, 'email').getAttribute('aria-invalid')).to.equal('true');
        expect(text($(el, `#field-answers-${question.id}-error`))).to.contain(`mag hoogstens ${question.maxLength} tekens tellen`);
        expect(field(el, 'givenName').value).to.equal('An');
        expect(localStorage.getItem(draftKey(selection.id))).to.contain('Peeters');
        await expect(el).to.be.accessible();
      });
    }

    it("409: already applied — said clearly, and the form and its draft are cleared (a shared computer keeps no one's data)", async () => {
      worker.use(
        http.post(`${API_BASE}/learning-tracks/:id/applications`, () =>
          HttpResponse.json(
            { type: 'https://innovatienetwerk.example/problems/duplicate-application', title: 'duplicate', status: 409 },
            { status: 409, headers: { 'content-type': 'application/problem+json' } },
          ),
        ),
      );
      const el = await signup(firstCome.id);
      await fillValid(el, firstCome);
      await submit(el);
      await waitUntil(() => $(el, '.notice.warning'), 'failure shown', { timeout: 5000 });
      expect(text($(el, '.notice.warning'))).to.contain('al een inschrijving');
      expect(localStorage.getItem(draftKey(firstCome.id))).to.equal(null);
      expect(field(el, 'familyName').value).to.equal('');
      expect(field(el, 'email').value).to.equal('');
      await expect(el).to.be.accessible();
    });

    it('409 too-many-applications: the cap per network address is said plainly, asks the organisers, and keeps the draft', async () => {
      worker.use(
        http.post(`${API_BASE}/learning-tracks/:id/applications`, () =>
          HttpResponse.json(
            { type: 'https://innovatienetwerk.example/problems/too-many-applications', title: 'too many', status: 409 },
            { status: 409, headers: { 'content-type': 'application/problem+json' } },
          ),
        ),
      );
      const el = await signup(firstCome.id);
      await fillValid(el, firstCome);
      await submit(el);
      await waitUntil(() => $(el, '.notice.warning'), 'failure shown', { timeout: 5000 });
      expect(text($(el, '.notice.warning'))).to.contain('Vraag de organisatoren');
      expect(text($(el, '.notice.warning'))).not.to.contain('al een inschrijving');
      expect(localStorage.getItem(draftKey(firstCome.id))).to.contain('Peeters');
      expect(field(el, 'familyName').value).to.equal('Peeters');
      await expect(el).to.be.accessible();
    });

    it("403 forbidden-origin: says this site cannot send applications yet and shows the host's fallback, once, the draft kept", async () => {
      let tries = 0;
      worker.use(
        http.post(`${API_BASE}/learning-tracks/:id/applications`, () => {
          tries++;
          return HttpResponse.json(
            { type: 'https://api.gent.be/ino/problems/forbidden-origin', title: 'forbidden', status: 403 },
            { status: 403, headers: { 'content-type': 'application/problem+json' } },
          );
        }),
      );
      const el = await fixture<InoLearningTrackSignup>(html`<ino-learning-track-signup api-base=${API_BASE} track-id=${firstCome.id} lang="nl">
        <a href="mailto:participatie@example.org">Schrijf je in per e-mail</a></ino-learning-track-signup>`);
      await waitUntil(() => $(el, '.card'), 'the track is shown', { timeout: 8000 });
      await fillValid(el, firstCome);
      await submit(el);
      await waitUntil(() => $(el, '.notice.warning'), 'failure shown', { timeout: 5000 });
      expect(text($(el, '.notice.warning'))).to.contain('Vanaf deze website kunnen nog geen inschrijvingen verstuurd worden');
      expect(text($(el, '.notice.warning'))).not.to.contain('verbinding');
      const slot = $(el, '.fallback slot') as HTMLSlotElement;
      expect(slot.assignedElements().map((a) => a.textContent)).to.deep.equal(['Schrijf je in per e-mail']);
      expect(tries).to.equal(1, 'no retries: another try cannot help');
      expect(localStorage.getItem(draftKey(firstCome.id))).to.contain('Peeters');
      await expect(el).to.be.accessible();
    });

    it('410: closed in the meantime — said clearly, the draft kept', async () => {
      worker.use(
        http.post(`${API_BASE}/learning-tracks/:id/applications`, () =>
          HttpResponse.json(
            { type: 'https://innovatienetwerk.example/problems/applications-closed', title: 'closed', status: 410 },
            { status: 410, headers: { 'content-type': 'application/problem+json' } },
          ),
        ),
      );
      const el = await signup(firstCome.id);
      await fillValid(el, firstCome);
      await submit(el);
      await waitUntil(() => $(el, '.notice.warning'), 'failure shown', { timeout: 5000 });
      expect(text($(el, '.notice.warning'))).to.contain('niet meer mogelijk');
      expect(localStorage.getItem(draftKey(firstCome.id))).to.contain('Peeters');
      await expect(el).to.be.accessible();
    });

    it('double clicks and a double Enter send one application', async () => {
      setScenario({ latencyMs: 300, path: '/applications' });
      const el = await signup(selection.id);
      await fillValid(el, selection);
      const button = $(el, 'button[type="submit"]') as HTMLButtonElement;
      button.click();
      button.click();
      button.focus();
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: 'Enter' });
      await result(el);
      expect(posts().length).to.equal(1);
    });
  });

  describe('nothing is lost', () => {
    it('another track-id starts a fresh form, and each track keeps its own draft', async () => {
      const el = await signup(firstCome.id);
      await fillValid(el, firstCome);
      await submit(el);
      await result(el);
      el.trackId = selection.id;
      await waitUntil(() => text($(el, '.title')) === selection.title && $(el, 'form'), 'the other track, with a form', { timeout: 5000 });
      expect($(el, '.result'), 'the result for the first track is not shown under the second').to.equal(null);
      expect((field(el, 'givenName') as HTMLInputElement).value).to.equal('');
      await type(el, 'givenName', 'Bo');
      el.trackId = firstCome.id;
      await waitUntil(() => text($(el, '.title')) === firstCome.title, 'back to the first track', { timeout: 5000 });
      expect($(el, '.result'), 'the first track shows a fresh form').to.equal(null);
      expect((field(el, 'givenName') as HTMLInputElement).value).to.equal('');
      el.trackId = selection.id;
      await waitUntil(() => text($(el, '.title')) === selection.title, 'the second track again', { timeout: 5000 });
      expect((field(el, 'givenName') as HTMLInputElement).value, 'its draft came back').to.equal('Bo');
      await expect(el).to.be.accessible();
    });

    it('a reload in the middle of typing brings everything back but the consent tick', async () => {
      const first = await signup(selection.id);
      await fillValid(first, selection);
      await type(first, 'role', 'Beleidsmedewerker');
      expect(localStorage.getItem(draftKey(selection.id))).to.not.contain('consent');
      first.remove();

      const again = await signup(selection.id);
      expect(field(again, 'givenName').value).to.equal('An');
      expect(field(again, 'role').value).to.equal('Beleidsmedewerker');
      expect(field(again, `answers.${selection.questions[0]!.id}`).value).to.equal('Ervaring met burgerbudgetten.');
      expect((field(again, 'consent') as HTMLInputElement).checked).to.be.false;
      expect(text($(again, '.notice'))).to.contain('teruggezet');
      await expect(again).to.be.accessible();
    });

    it('an attempt that got no answer keeps its key across a reload, so sending again cannot sign up twice', async () => {
      setScenario({ fault: 'server-error', path: '/applications' });
      const first = await signup(selection.id);
      const email = uniqueEmail();
      await fillValid(first, selection, email);
      await submit(first);
      await waitUntil(() => $(first, '.notice.warning'), 'failure', { timeout: 5000 });
      const firstKey = posts()[0]!.headers.get('idempotency-key');
      first.remove();

      setScenario({});
      const again = await signup(selection.id);
      expect(text(shadow(again).querySelector('form'))).to.contain('misschien niet aangekomen');
      (field(again, 'consent') as HTMLInputElement).click();
      await submit(again);
      await result(again);
      expect(posts().at(-1)!.headers.get('idempotency-key')).to.equal(firstKey);
    });

    it('offline: says so, waits, and sends when the connection returns, with the same key', async () => {
      const el = await signup(firstCome.id);
      await fillValid(el, firstCome);
      Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
      window.dispatchEvent(new Event('offline'));
      await el.updateComplete;
      expect(text($(el, '.notice.warning'))).to.contain('offline');
      await submit(el);
      expect(posts().length).to.equal(0);
      expect(text($(el, 'button[type="submit"]'))).to.equal('Bezig met versturen…');
      await expect(el).to.be.accessible();

      Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => true });
      window.dispatchEvent(new Event('online'));
      await result(el);
      expect(posts().length).to.equal(1);
    });

    it('one button discards the draft, and says so every time', async () => {
      const el = await signup(selection.id);
      const heard = recordAnnouncements(el);
      await type(el, 'givenName', 'An');
      ($(el, 'button[part="discard-button"]') as HTMLButtonElement).click();
      await el.updateComplete;
      expect(field(el, 'givenName').value).to.equal('');
      expect(localStorage.getItem(draftKey(selection.id))).to.be.null;
      await announced(el, 'Je concept is gewist.');
      // The same message again: the announcer empties first, so a screen reader reads it again.
      await type(el, 'givenName', 'Bo');
      ($(el, 'button[part="discard-button"]') as HTMLButtonElement).click();
      await waitUntil(() => heard.texts.length === 3, 'said twice', { timeout: 5000 });
      heard.stop();
      expect(heard.texts).to.deep.equal(['Je concept is gewist.', '', 'Je concept is gewist.']);
      announcer(el);
    });

    it('stores no cookie, and no error reaches the page', async () => {
      const el = await signup(selection.id);
      await fillValid(el, selection);
      await submit(el);
      await result(el);
      expect(document.cookie).to.equal('');
      expect(pageErrors).to.deep.equal([]);
    });
  });

  describe('keyboard only', () => {
    it('fills in and sends the form with Tab, typing, Space and Enter', async () => {
      const el = await signup(firstCome.id);
      field(el, 'givenName').focus();
      const typeAndTab = async (value: string) => {
        if (value) await sendKeys({ type: value });
        await sendKeys({ press: 'Tab' });
      };
      await typeAndTab('An');
      await typeAndTab('Peeters');
      await typeAndTab(uniqueEmail());
      await typeAndTab('Stad Gent');
      await typeAndTab('');
      for (const q of firstCome.questions) await typeAndTab(q.required ? 'Ja.' : '');
      expectFocused(shadow(el), field(el, 'consent'));
      await sendKeys({ press: 'Space' });
      while (shadow(el).activeElement !== $(el, 'button[type="submit"]')) await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      await result(el);
      expect(text($(el, '.result'))).to.contain('Je bent ingeschreven');
    });
  });

  describe('tolerant reading (CONTRACT §1)', () => {
    it('a track with a broken session and theme is shown without them, and the drops are reported once', async () => {
      const track = await served<LearningTrack>(`/learning-tracks/${firstCome.id}`);
      const sessions = [{ startsAt: 'morgen', endsAt: '2027-02-04T16:30:00+01:00' }, ...track.sessions];
      worker.use(
        http.get(`${API_BASE}/learning-tracks/:id`, () =>
          HttpResponse.json({ ...track, sessions, themes: [{ id: 'Geen Slug', label: 'x' }, ...track.themes] }),
        ),
      );
      const el = document.createElement('ino-learning-track-signup');
      el.apiBase = API_BASE;
      el.trackId = firstCome.id;
      const { detail, warnings } = await appendAndAwait(el);
      expect((detail as TrackLoadDetail).track.sessions).to.have.length(track.sessions.length);
      expect(droppedPaths(warnings).map((paths) => [...paths].sort())).to.deep.equal([['sessions.0', 'themes.0']]);
      expect(consoleWarnings).to.have.length(1);
      expect($$(el, '.sessions li')).to.have.length(track.sessions.length);
      expect($(el, 'form')).to.exist;
      await expect(el).to.be.accessible();
      el.remove();
    });

    it('a track with a broken question is an error, not a form that would send a signup without it', async () => {
      const track = await served<LearningTrack>(`/learning-tracks/${selection.id}`);
      worker.use(
        http.get(`${API_BASE}/learning-tracks/:id`, () =>
          HttpResponse.json({ ...track, questions: [{ ...track.questions[0]!, maxLength: 'lang' }, ...track.questions.slice(1)] }),
        ),
      );
      const el = document.createElement('ino-learning-track-signup');
      el.apiBase = API_BASE;
      el.trackId = selection.id;
      const failed = oneEvent(el, 'ino-error');
      document.body.append(el);
      expect((await failed).detail.error.issues.map((i: { path: string }) => i.path)).to.deep.equal(['questions.0.maxLength']);
      await el.updateComplete;
      expect($(el, 'form')).to.be.null;
      expect($(el, '[part~="error"]')).to.exist;
      el.remove();
    });
  });

  describe('languages and plain text', () => {
    it('French and English', async () => {
      const fr = await signup(selection.id, 'fr');
      expect(text($(fr, 'label[for="field-givenName"]'))).to.contain('Prénom');
      await submit(fr);
      expect(text($(fr, '.error-summary'))).to.contain('Prénom : ce champ est obligatoire.');
      await expect(fr).to.be.accessible();
      const en = await signup(selection.id, 'en');
      expect(text($(en, 'button[type="submit"]'))).to.equal('Send application');
    });

    it('in English, marks a track that has no translation as Dutch and says so', async () => {
      const dutchOnly = tracks.find((t) => t.status === 'open' && !t.translations?.en)!;
      const el = await signup(dutchOnly.id, 'en');
      expect($(el, '.summary')!.getAttribute('lang')).to.equal('nl');
      expect(text($(el, '.fallback-note'))).to.equal('This content is only available in Dutch.');
      expect($(el, '.base')!.getAttribute('lang')).to.equal('en');
      await expect(el).to.be.accessible();
    });

    it('renders markup from the API as text', async () => {
      const payload = '<img src=x onerror="window.__xss=1">';
      worker.use(
        http.get(`${API_BASE}/learning-tracks/:id`, () =>
          HttpResponse.json({
            id: 'xss-track',
            lang: 'nl',
            title: payload,
            summary: payload,
            description: payload,
            audience: payload,
            organisers: [{ id: 'o', name: payload, kind: 'x', level: 'y' }],
            themes: [],
            format: payload,
            sessions: [{ startsAt: '2027-02-04T09:30:00+01:00', endsAt: '2027-02-04T16:30:00+01:00', location: payload }],
            seats: 10,
            seatsTaken: 0,
            admission: payload,
            status: 'open',
            waitlist: false,
            questions: [{ id: 'q', label: payload, help: payload, required: true, maxLength: 100 }],
            consent: { version: 'v1', text: payload, privacyUrl: 'https://example.org/privacy' },
            updatedAt: '2026-11-01T10:00:00+01:00',
          }),
        ),
      );
      const el = await signup('xss-track');
      expect(shadow(el).querySelector('img')).to.be.null;
      expect(text($(el, '.title'))).to.equal(payload);
      expect(text($(el, 'label[for="field-consent"]'))).to.equal(payload);
      expect((window as { __xss?: number }).__xss).to.be.undefined;
    });
  });
});
