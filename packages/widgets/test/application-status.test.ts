import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import type { MyApplication } from '@ino/sdk';
import { bundledContent as dataset } from '@ino/contract/content';
import { API_BASE, requests, setScenario, worker } from './mock-api.js';
import { expectFocused } from './focus.js';
import { announced, announcer } from './announcer.js';
import { pageErrors } from './page-errors.js';
import '../src/index.js';
import type { ApplicationDetail, InoApplicationStatus } from '../src/index.js';
import type { InoErrorDetail } from '../src/shared/base-element.js';

// The demo tokens (docs/mock-api.md) name applications the mock makes on first use and keeps for as
// long as this page lives: the tests that cancel or accept one for real come last, after every test
// that shows it as it was.

const TOKEN_KEY = 'ino-widgets:manage-token';
const ADDRESS = `${location.pathname}${location.search}`;
const selectionTrack = dataset.learningTracks.find((t) => t.id === 'lerend-netwerk-participatie-2027')!;

const shadow = (el: Element) => el.shadowRoot!;
const $ = (el: Element, selector: string) => shadow(el).querySelector(selector);
const text = (node: Node | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const posts = () => requests.filter((r) => r.method === 'POST');
const button = (el: Element, part: string) => $(el, `[part="${part}"]`) as HTMLButtonElement;
const dialog = (el: Element) => $(el, 'dialog') as HTMLDialogElement;

/** Opens the manage page as the mail's link does: the token in the fragment (unless `fragment` is null). */
async function open(fragment: string | null, { lang = 'nl', contactEmail }: { lang?: string; contactEmail?: string } = {}): Promise<InoApplicationStatus> {
  if (fragment !== null) history.replaceState(null, '', `${ADDRESS}#${fragment}`);
  const el = await fixture<InoApplicationStatus>(
    html`<ino-application-status api-base=${API_BASE} lang=${lang} contact-email=${contactEmail ?? ''}></ino-application-status>`,
  );
  await waitUntil(() => $(el, '.status') || $(el, '.invalid-link') || $(el, '.error'), 'the application or a view without it is shown', { timeout: 8000 });
  return el;
}
const openWith = (token: string, options?: { lang?: string; contactEmail?: string }) => open(`token=${token}`, options);

/** The application as the mock serves it now, for a stubbed answer. */
async function served(token: string): Promise<MyApplication> {
  return (await fetch(`${API_BASE}/me/application`, { headers: { authorization: `Bearer ${token}` } })).json() as Promise<MyApplication>;
}

const problem = (status: number, kind: string) =>
  HttpResponse.json(
    { type: `https://innovatienetwerk.example/problems/${kind}`, title: kind, status },
    { status, headers: { 'content-type': 'application/problem+json' } },
  );

beforeEach(() => sessionStorage.removeItem(TOKEN_KEY));
afterEach(() => {
  history.replaceState(null, '', ADDRESS);
  sessionStorage.removeItem(TOKEN_KEY);
  expect(pageErrors, 'nothing reached the page as an uncaught error').to.deep.equal([]);
});

describe('<ino-application-status>', () => {
  describe('each status in plain words', () => {
    it('received: under review, with the track, its sessions in Brussels time and its place', async () => {
      const el = await openWith('demo-received');
      expect(text($(el, '.title'))).to.equal(selectionTrack.title);
      const first = selectionTrack.sessions[0]!;
      const brussels = new Intl.DateTimeFormat('nl-BE', { timeZone: 'Europe/Brussels', hour: '2-digit', minute: '2-digit' }).format(new Date(first.startsAt));
      const session = text($(el, '.sessions li'));
      expect(session).to.contain(brussels);
      if (first.location) expect(session).to.contain(first.location);
      expect(text($(el, '.status')))
        .to.contain('We hebben je kandidatuur ontvangen')
        .and.contain('De organisatoren bekijken de kandidaturen');
      expect(text($(el, '.applicant'))).to.contain('Margot Lambert (Stad Gent), demo-received@example.org');
      expect(button(el, 'cancel-button')).to.exist;
      expect(button(el, 'accept-button')).to.be.null;
      announcer(el);
      await expect(el).to.be.accessible();
    });

    it('confirmed: a place, and a cancel', async () => {
      const el = await openWith('demo-confirmed');
      expect(text($(el, '.status-title'))).to.equal('Je inschrijving is bevestigd');
      expect(text(button(el, 'cancel-button'))).to.equal('Inschrijving annuleren');
      await expect(el).to.be.accessible();
    });

    it('waitlisted: the position in line', async () => {
      const el = await openWith('demo-waitlisted');
      const { waitlistPosition } = await served('demo-waitlisted');
      expect(text($(el, '.status-title'))).to.equal('Je staat op de wachtlijst');
      expect(text($(el, '.status'))).to.match(
        waitlistPosition === 1 ? /Je bent de eerste op de wachtlijst\./ : new RegExp(`Je bent nummer ${waitlistPosition} op de wachtlijst\\.`),
      );
      await expect(el).to.be.accessible();
    });

    it('offered: until when in Brussels time, how long that is by the clock, and a prominent accept', async () => {
      const { offerExpiresAt } = await served('demo-offered');
      const el = await openWith('demo-offered');
      el.now = new Date(Date.parse(offerExpiresAt!) - 5 * 3_600_000 - 60_000);
      await el.updateComplete;
      const deadline = new Intl.DateTimeFormat('nl-BE', { timeZone: 'Europe/Brussels', dateStyle: 'long', timeStyle: 'short' }).format(
        new Date(offerExpiresAt!),
      );
      expect(text($(el, '.offer'))).to.equal(`We houden de plaats voor je vrij tot ${deadline}. Dat is nog 5 uur.`);
      el.now = new Date(Date.parse(offerExpiresAt!) - 3 * 86_400_000);
      await el.updateComplete;
      expect(text($(el, '.offer'))).to.contain('Dat is nog 3 dagen.');
      el.now = new Date(Date.parse(offerExpiresAt!) - 71.5 * 3_600_000);
      await el.updateComplete;
      expect(text($(el, '.offer'))).to.contain('Dat is nog 2 dagen en 23 uur.');
      const accept = button(el, 'accept-button');
      expect(text(accept)).to.equal('Plaats aannemen');
      // The accept comes first, and the cancel beside it is the quieter, secondary button.
      expect(accept.compareDocumentPosition(button(el, 'cancel-button')) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
      expect(button(el, 'cancel-button').classList.contains('secondary')).to.be.true;
      await expect(el).to.be.accessible();
    });

    it('declined: not selected, and nothing to do', async () => {
      const el = await openWith('demo-declined');
      expect(text($(el, '.status-title'))).to.equal('Je bent niet geselecteerd');
      expect($(el, '.actions')).to.be.null;
      await expect(el).to.be.accessible();
    });

    it('cancelled: said so, and nothing to do', async () => {
      const el = await openWith('demo-cancelled');
      expect(text($(el, '.status-title'))).to.equal('Je inschrijving is geannuleerd');
      expect($(el, '.actions')).to.be.null;
      await expect(el).to.be.accessible();
    });

    it('loading: a busy skeleton', async () => {
      setScenario({ latencyMs: 1000, path: '/applications' });
      history.replaceState(null, '', `${ADDRESS}#token=demo-confirmed`);
      const el = await fixture<InoApplicationStatus>(html`<ino-application-status api-base=${API_BASE}></ino-application-status>`);
      expect($(el, '[part="loading"]')?.getAttribute('aria-busy')).to.equal('true');
      await expect(el).to.be.accessible();
    });

    it('French and English', async () => {
      const fr = await openWith('demo-waitlisted', { lang: 'fr' });
      expect(text($(fr, '.status-title'))).to.equal("Vous êtes sur la liste d'attente");
      expect(text($(fr, '.status'))).to.contain('Votre inscription');
      await expect(fr).to.be.accessible();
      const en = await openWith('demo-offered', { lang: 'en' });
      expect(text($(en, '.status-title'))).to.equal('A place is free for you');
      expect(text(button(en, 'accept-button'))).to.equal('Accept the place');
      expect(text(button(en, 'cancel-button'))).to.equal('Cancel my application');
      const { offerExpiresAt } = await served('demo-offered');
      en.now = new Date(Date.parse(offerExpiresAt!) - 49.5 * 3_600_000);
      await en.updateComplete;
      expect(text($(en, '.offer'))).to.contain('That is 2 days and 1 hour from now.');
      fr.remove();
      const frOffer = await openWith('demo-offered', { lang: 'fr' });
      frOffer.now = new Date(Date.parse(offerExpiresAt!) - 30.5 * 3_600_000);
      await frOffer.updateComplete;
      expect(text($(frOffer, '.offer'))).to.contain('Il reste 30 heures.');
    });
  });

  describe('the token', () => {
    it('leaves the address bar before the first request, path and query kept', async () => {
      const addresses: string[] = [];
      const original = window.fetch;
      window.fetch = (input, init) => {
        addresses.push(location.href);
        return original(input, init);
      };
      try {
        history.replaceState(null, '', `${ADDRESS}?from=mail#token=demo-confirmed`);
        const el = await open(null);
        expect(text($(el, '.status-title'))).to.equal('Je inschrijving is bevestigd');
      } finally {
        window.fetch = original;
      }
      expect(addresses.length).to.be.greaterThan(0);
      for (const address of addresses) expect(address).to.equal(`${location.origin}${ADDRESS}?from=mail`);
      expect(location.hash).to.equal('');
      expect(requests[0]!.headers.get('authorization')).to.equal('Bearer demo-confirmed');
      for (const request of requests) expect(request.url).to.not.contain('demo-confirmed');
    });

    it('keeps the rest of the fragment', async () => {
      await open('section-2&token=demo-confirmed');
      expect(location.hash).to.equal('#section-2');
      await open('token=demo-confirmed&faq');
      expect(location.hash).to.equal('#faq');
    });

    it('kept for a reload in this tab (sessionStorage), never in localStorage or a cookie', async () => {
      const first = await openWith('demo-confirmed');
      expect(sessionStorage.getItem(TOKEN_KEY)).to.equal('demo-confirmed');
      first.remove();
      const again = await open(null);
      expect(location.hash).to.equal('');
      expect(text($(again, '.status-title'))).to.equal('Je inschrijving is bevestigd');
      expect(Object.values({ ...localStorage }).some((value) => String(value).includes('demo-confirmed'))).to.be.false;
      expect(document.cookie).to.not.contain('demo-confirmed');
    });

    it('two widgets on the page both show the application the link names', async () => {
      history.replaceState(null, '', `${ADDRESS}#token=demo-declined`);
      const box = await fixture(
        html`<div>
          <ino-application-status api-base=${API_BASE}></ino-application-status><ino-application-status api-base=${API_BASE}></ino-application-status>
        </div>`,
      );
      const [one, two] = [...box.querySelectorAll('ino-application-status')];
      for (const el of [one!, two!]) await waitUntil(() => $(el, '.status'), 'shown', { timeout: 8000 });
      expect(text($(one!, '.status-title'))).to.equal('Je bent niet geselecteerd');
      expect(text($(two!, '.status-title'))).to.equal('Je bent niet geselecteerd');
    });

    it('a new link opened in the same tab (only the fragment changes) shows its own application', async () => {
      const el = await openWith('demo-confirmed');
      location.hash = 'token=demo-declined';
      await waitUntil(() => text($(el, '.status-title')) === 'Je bent niet geselecteerd', 'the other application', { timeout: 8000 });
      expect(location.hash).to.equal('');
      expect(sessionStorage.getItem(TOKEN_KEY)).to.equal('demo-declined');
    });
  });

  describe('no valid link', () => {
    it('401: a calm "no longer valid" view, the token forgotten, whom to ask from contact-email', async () => {
      const failed = oneEvent(document, 'ino-error') as Promise<CustomEvent<InoErrorDetail>>;
      const el = await openWith('not-a-token-anyone-has', { contactEmail: 'inschrijvingen@example.org' });
      const view = $(el, '[part="invalid-link"]');
      expect(text(view)).to.contain('Deze link is niet meer geldig').and.contain('Vragen? Mail naar inschrijvingen@example.org.');
      expect($(el, 'a[href="mailto:inschrijvingen@example.org"]')).to.exist;
      expect(text(el.shadowRoot!)).to.not.match(/Error|at |undefined/);
      expect(sessionStorage.getItem(TOKEN_KEY)).to.be.null;
      expect((await failed).detail.error).to.have.property('status', 401);
      await expect(el).to.be.accessible();
    });

    it("401 after the track was shown (the data erased meanwhile): the track's contact is whom to ask", async () => {
      const el = await openWith('demo-confirmed', { contactEmail: 'inschrijvingen@example.org' });
      const unauthorized = () => problem(401, 'unauthorized');
      worker.use(http.post(`${API_BASE}/me/application/cancel`, unauthorized), http.get(`${API_BASE}/me/application`, unauthorized));
      button(el, 'cancel-button').click();
      await waitUntil(() => dialog(el).open, 'the dialog opens');
      (dialog(el).querySelector('button.danger') as HTMLButtonElement).click();
      await waitUntil(() => $(el, '[part="invalid-link"]'), 'the no-longer-valid view', { timeout: 5000 });
      const contact = selectionTrack.contact!;
      expect(text($(el, '[part="invalid-link"]'))).to.contain(`Vragen? Neem contact op met ${contact.name}`);
      expect(text($(el, '[part="invalid-link"]'))).to.not.contain('inschrijvingen@example.org');
      expect(sessionStorage.getItem(TOKEN_KEY)).to.be.null;
      await expect(el).to.be.accessible();
    });

    it('no token: says to open the link from the mail, and to ask the organisers', async () => {
      const el = await open(null);
      expect(text($(el, '[part="invalid-link"]')))
        .to.contain('We vinden je inschrijving niet')
        .and.contain('Open die link opnieuw')
        .and.contain('Neem contact op met de organisatoren');
      expect(requests.filter((r) => r.url.includes('/me/'))).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('a token no server could have given (not printable ASCII): the same view, and no request', async () => {
      const el = await open('token=n%C3%A9e%20oui');
      expect(text($(el, '[part="invalid-link"]'))).to.contain('Deze link is niet meer geldig');
      expect(requests.filter((r) => r.url.includes('/me/'))).to.have.length(0);
      expect(sessionStorage.getItem(TOKEN_KEY)).to.be.null;
      expect(location.hash).to.equal('');
    });

    it('French', async () => {
      const el = await openWith('not-a-token-anyone-has', { lang: 'fr' });
      expect(text($(el, '[part="invalid-link"]'))).to.contain("Ce lien n'est plus valable");
    });
  });

  describe('failures', () => {
    it('no connection while loading: the shared error with a retry (after the SDK retried), which then shows the application', async () => {
      // The mock's faults for writes and one's own application go by the path `/applications`.
      setScenario({ fault: 'network-error', path: '/applications' });
      const el = await openWith('demo-confirmed');
      expect(requests.filter((r) => r.url.endsWith('/me/application')).length, 'the SDK tried again first').to.be.at.least(3);
      expect(text($(el, '[part="error"]'))).to.contain('Er is geen verbinding met de server');
      await expect(el).to.be.accessible();
      setScenario({});
      button(el, 'retry-button').click();
      await waitUntil(() => $(el, '.status'), 'shown after the retry', { timeout: 8000 });
      expect(text($(el, '.status-title'))).to.equal('Je inschrijving is bevestigd');
    });

    it('410 offer-expired: a plain sentence and the application as it now stands', async () => {
      const now = { ...(await served('demo-offered')), status: 'cancelled', offerExpiresAt: undefined };
      const el = await openWith('demo-offered');
      worker.use(
        http.post(`${API_BASE}/me/application/accept`, () => problem(410, 'offer-expired')),
        http.get(`${API_BASE}/me/application`, () => HttpResponse.json(now)),
      );
      const changed = oneEvent(el, 'ino-change') as Promise<CustomEvent<ApplicationDetail>>;
      button(el, 'accept-button').click();
      expect((await changed).detail.application.status).to.equal('cancelled');
      await el.updateComplete;
      expect(text($(el, '[part="notice"]'))).to.equal('Het aanbod is verlopen: de plaats is naar de volgende persoon op de wachtlijst gegaan.');
      expect(text($(el, '.status-title'))).to.equal('Je inschrijving is geannuleerd');
      expect(button(el, 'accept-button')).to.be.null;
      await announced(el, 'Het aanbod is verlopen: de plaats is naar de volgende persoon op de wachtlijst gegaan. Je inschrijving is geannuleerd.');
      await expect(el).to.be.accessible();
    });

    it('409 conflict: a plain sentence and the application as it now stands', async () => {
      const now = { ...(await served('demo-offered')), status: 'confirmed', offerExpiresAt: undefined };
      const el = await openWith('demo-offered');
      worker.use(
        http.post(`${API_BASE}/me/application/accept`, () => problem(409, 'conflict')),
        http.get(`${API_BASE}/me/application`, () => HttpResponse.json(now)),
      );
      button(el, 'accept-button').click();
      await waitUntil(() => $(el, '[part="notice"]'), 'the sentence', { timeout: 5000 });
      expect(text($(el, '[part="notice"]'))).to.equal('Dat kan niet meer: je inschrijving is intussen veranderd. Hieronder zie je hoe ze nu staat.');
      expect(text($(el, '.status-title'))).to.equal('Je inschrijving is bevestigd');
      await expect(el).to.be.accessible();
    });

    it('410 offer-expired and the application cannot be read again: the sentence is still shown and spoken', async () => {
      const el = await openWith('demo-offered');
      worker.use(
        http.post(`${API_BASE}/me/application/accept`, () => problem(410, 'offer-expired')),
        http.get(`${API_BASE}/me/application`, () => problem(500, 'internal')),
      );
      button(el, 'accept-button').click();
      await waitUntil(() => $(el, '[part="notice"]'), 'the sentence', { timeout: 8000 });
      expect(text($(el, '[part="notice"]'))).to.equal('Het aanbod is verlopen: de plaats is naar de volgende persoon op de wachtlijst gegaan.');
      await announced(el, 'Het aanbod is verlopen: de plaats is naar de volgende persoon op de wachtlijst gegaan.');
      await expect(el).to.be.accessible();
    });

    it('no connection while accepting: said, and "try again" sends the same Idempotency-Key', async () => {
      const offered = await served('demo-offered');
      const el = await openWith('demo-offered');
      setScenario({ fault: 'network-error', path: '/applications' });
      const failed = oneEvent(el, 'ino-error') as Promise<CustomEvent<InoErrorDetail>>;
      button(el, 'accept-button').click();
      expect((await failed).detail.error.name).to.equal('NetworkError');
      await waitUntil(() => text(button(el, 'accept-button')) === 'Opnieuw proberen', 'the button offers to try again');
      expect(text($(el, '[part="notice"][role="alert"]'))).to.contain('Versturen lukte niet: er is geen verbinding met de server.');
      await expect(el).to.be.accessible();
      setScenario({});
      worker.use(http.post(`${API_BASE}/me/application/accept`, () => HttpResponse.json({ ...offered, status: 'confirmed', offerExpiresAt: undefined })));
      button(el, 'accept-button').click();
      await waitUntil(() => text($(el, '.status-title')) === 'Je inschrijving is bevestigd', 'confirmed', { timeout: 5000 });
      const keys = posts().map((r) => r.headers.get('idempotency-key'));
      expect(keys.length).to.equal(4);
      expect(new Set(keys).size, 'one key for the attempt and its retries').to.equal(1);
    });

    it('a double click sends one accept', async () => {
      const offered = await served('demo-offered');
      const el = await openWith('demo-offered');
      worker.use(
        http.post(`${API_BASE}/me/application/accept`, async () => {
          await new Promise((resolve) => setTimeout(resolve, 300));
          return HttpResponse.json({ ...offered, status: 'confirmed', offerExpiresAt: undefined });
        }),
      );
      const accept = button(el, 'accept-button');
      accept.click();
      await el.updateComplete;
      expect(text(accept)).to.equal('Bezig met aannemen…');
      expect(accept.getAttribute('aria-disabled')).to.equal('true');
      accept.click();
      await waitUntil(() => text($(el, '.status-title')) === 'Je inschrijving is bevestigd', 'confirmed', { timeout: 5000 });
      expect(posts()).to.have.length(1);
    });
  });

  describe('cancel and accept, for real (these change the demo applications)', () => {
    it('cancel by keyboard: a dialog that says what it means, Escape goes back, confirming cancels', async () => {
      const loaded = oneEvent(document, 'ino-load') as Promise<CustomEvent<ApplicationDetail>>;
      const el = await openWith('demo-received');
      expect((await loaded).detail.application.status).to.equal('received');
      const cancel = button(el, 'cancel-button');
      cancel.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => dialog(el).open, 'the dialog opens');
      expect(text(dialog(el)))
        .to.contain('Wil je je inschrijving annuleren?')
        .and.contain('Je trekt je kandidatuur in');
      const [yes, no] = [...dialog(el).querySelectorAll('button')];
      expectFocused(shadow(el), no);
      await expect(el).to.be.accessible();

      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !dialog(el).open, 'Escape closes it');
      await el.updateComplete;
      expectFocused(shadow(el), cancel);
      expect(posts()).to.have.length(0);

      await sendKeys({ press: 'Enter' });
      await waitUntil(() => dialog(el).open, 'the dialog opens again');
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expectFocused(shadow(el), yes);
      const changed = oneEvent(el, 'ino-change') as Promise<CustomEvent<ApplicationDetail>>;
      await sendKeys({ press: 'Enter' });
      expect((await changed).detail.application.status).to.equal('cancelled');
      expect(posts()).to.have.length(1);
      expect(posts()[0]!.url).to.equal(`${API_BASE}/me/application/cancel`);
      expect(posts()[0]!.headers.get('idempotency-key')).to.match(/\S{16,}/);
      await el.updateComplete;
      expect(text($(el, '[part="notice"]'))).to.equal('Je inschrijving is geannuleerd.');
      expect($(el, '.actions')).to.be.null;
      expectFocused(shadow(el), $(el, '.status'));
      await announced(el, 'Je inschrijving is geannuleerd.');
      await expect(el).to.be.accessible();
    });

    it('accept by keyboard, Enter twice: one POST, confirmed, ino-change with the application', async () => {
      const el = await openWith('demo-offered');
      button(el, 'accept-button').focus();
      const changed = oneEvent(el, 'ino-change') as Promise<CustomEvent<ApplicationDetail>>;
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: 'Enter' });
      const { application } = (await changed).detail;
      expect(application.status).to.equal('confirmed');
      await el.updateComplete;
      expect(posts().filter((r) => r.url.endsWith('/accept'))).to.have.length(1);
      expect(text($(el, '[part="notice"]'))).to.equal('Je hebt de plaats aangenomen. Je inschrijving is bevestigd.');
      expect(text($(el, '.status-title'))).to.equal('Je inschrijving is bevestigd');
      await announced(el, 'Je hebt de plaats aangenomen. Je inschrijving is bevestigd.');
      await expect(el).to.be.accessible();
    });
  });
});
