import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { ApiError, ValidationError, type Practice } from '@ino/sdk';
import { bundledContent as dataset } from '@ino/contract/content';
import { API_BASE, requests, served, setScenario, worker } from './mock-api.js';
import { expectFocused } from './focus.js';
import { pageErrors } from './page-errors.js';
import { announcer } from './announcer.js';
import { appendAndAwait, consoleWarnings, droppedPaths, inoWarnings } from './warnings.js';
import '../src/index.js';
import type { InoPracticeCard } from '../src/index.js';
import { define, VERSION } from '../src/classes.js';

const withFr = dataset.practices.find((p) => p.translations?.fr?.title)!;
const dutchOnly = dataset.practices.find((p) => !p.translations?.en && p.contact?.email && p.links.length && p.lessons.length && p.figures.length)!;

const shadow = (el: Element) => el.shadowRoot!;
const $ = (el: Element, selector: string) => shadow(el).querySelector(selector);
const text = (el: Element, selector: string) => $(el, selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function card(template: ReturnType<typeof html>): Promise<InoPracticeCard> {
  const el = await fixture<InoPracticeCard>(template);
  await waitUntil(() => !$(el, '.loading'), 'the card stops loading', { timeout: 5000 });
  return el;
}

/** A practice in contract shape whose every text field holds the given string. */
function practiceWithEveryText(value: string): Practice {
  return {
    id: 'xss',
    lang: 'nl',
    title: value,
    summary: value,
    description: `${value}\n\n${value}`,
    organisations: [{ id: 'o', name: value, kind: value, level: value }],
    level: value,
    themes: [{ id: 't', label: value }],
    ladderRung: 2,
    facet: value,
    stage: value,
    startedOn: '2020-01-01',
    endedOn: '2021-01-01',
    whatWorked: value,
    whatDidNotWork: value,
    lessons: [value],
    figures: [{ label: value, value }],
    contact: { name: value, role: value, email: 'a@example.org', phone: value },
    links: [{ label: value, url: 'https://example.org/a' }],
    updatedAt: '2026-10-02T09:30:00+02:00',
  };
}

describe('<ino-practice-card>', () => {
  describe('content', () => {
    it('shows every field of a practice in the full variant', async () => {
      const el = await card(html`<ino-practice-card api-base=${API_BASE} practice-id=${dutchOnly.id} variant="full"></ino-practice-card>`);
      expect(text(el, '.title')).to.equal(dutchOnly.title);
      expect(text(el, '.summary')).to.equal(dutchOnly.summary);
      expect(text(el, '.eyebrow')).to.contain(dataset.organisations.find((o) => o.id === dutchOnly.organisations[0])!.name);
      expect(text(el, '[part~="what-worked"]')).to.contain('Wat werkte');
      expect(text(el, '[part~="what-did-not-work"]')).to.contain(dutchOnly.whatDidNotWork.split('\n')[0]!.slice(0, 40));
      expect(shadow(el).querySelectorAll('.lessons li').length).to.equal(dutchOnly.lessons.length);
      expect(shadow(el).querySelectorAll('.figures dt').length).to.equal(dutchOnly.figures.length);
      expect(($(el, `a[href="mailto:${dutchOnly.contact!.email}"]`) as HTMLAnchorElement).textContent).to.equal(dutchOnly.contact!.email);
      expect(text(el, '.contact')).to.contain(`E-mail: ${dutchOnly.contact!.email}`);
      announcer(el);
      expect(shadow(el).querySelectorAll('.links a').length).to.equal(dutchOnly.links.length);
      if (dutchOnly.ladderRung) expect(text(el, '.badges')).to.contain(`Trede ${dutchOnly.ladderRung}`);
      expect(text(el, '.updated')).to.match(/^Bijgewerkt op \d+ \w+ 20\d\d$/);
      expect(shadow(el).querySelectorAll('section[aria-label], section[aria-labelledby]').length, 'no landmark regions inside a card').to.equal(0);
      await expect(el).to.be.accessible();
    });

    it('compact, with practice-url: the title leads to the whole practice', async () => {
      const el = await card(
        html`<ino-practice-card .practice=${{ ...practiceWithEveryText('Kort.'), whatWorked: 'Lang verhaal. '.repeat(80) }} practice-url="https://example.org/praktijken/{id}"></ino-practice-card>`,
      );
      expect(($(el, '.title a') as HTMLAnchorElement).href).to.equal('https://example.org/praktijken/xss');
      expect($(el, '[part="more-button"]')).to.be.null;
      await expect(el).to.be.accessible();
    });

    it('compact, without practice-url: cut text gets a button that shows it whole, by keyboard too', async () => {
      const long = {
        ...practiceWithEveryText('Kort.'),
        whatWorked: `${'Een lange zin over wat werkte. '.repeat(40)}\n\nEen tweede alinea.`,
        whatDidNotWork: 'Een korte les.',
      };
      const el = await card(html`<ino-practice-card .practice=${long}></ino-practice-card>`);
      await waitUntil(() => $(el, '[part="more-button"]'), 'the button appears', { timeout: 3000 });
      const button = $(el, '[part="more-button"]') as HTMLButtonElement;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(text(el, '[part="more-button"]')).to.equal('Toon de hele tekst');
      const second = [...shadow(el).querySelectorAll<HTMLElement>('.outcome p')].find((p) => p.textContent === 'Een tweede alinea.')!;
      expect(second.getClientRects().length, 'the second paragraph is hidden').to.equal(0);
      await expect(el).to.be.accessible();
      button.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(text(el, '[part="more-button"]')).to.equal('Toon minder');
      expect(second.getClientRects().length, 'now shown').to.be.above(0);
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
    });

    it('compact, with text short enough to show whole: no button', async () => {
      const el = await card(html`<ino-practice-card .practice=${practiceWithEveryText('Kort.')}></ino-practice-card>`);
      await el.updateComplete;
      expect($(el, '[part="more-button"]')).to.be.null;
    });

    it('gives what worked and what did not work the same weight', async () => {
      const el = await card(html`<ino-practice-card api-base=${API_BASE} practice-id=${dutchOnly.id}></ino-practice-card>`);
      const [worked, notWorked] = [...shadow(el).querySelectorAll<HTMLElement>('.outcome')];
      expect(worked!.tagName).to.equal(notWorked!.tagName);
      const headingTags = [worked!, notWorked!].map((s) => s.querySelector('h4')?.tagName);
      expect(headingTags).to.deep.equal(['H4', 'H4']);
      const style = (e: Element) => getComputedStyle(e);
      for (const property of ['background-color', 'border-inline-start-color', 'font-size', 'padding-top'] as const) {
        expect(style(notWorked!).getPropertyValue(property)).to.equal(style(worked!).getPropertyValue(property));
      }
      expect(Math.abs(worked!.getBoundingClientRect().width - notWorked!.getBoundingClientRect().width)).to.be.below(1);
    });

    it('compact shows the essentials and leaves out details', async () => {
      const el = await card(html`<ino-practice-card api-base=${API_BASE} practice-id=${dutchOnly.id} variant="compact"></ino-practice-card>`);
      expect($(el, '.title')).to.exist;
      expect(shadow(el).querySelectorAll('.outcome').length).to.equal(2);
      expect($(el, '.lessons')).to.not.exist;
      expect($(el, '.contact')).to.not.exist;
      await expect(el).to.be.accessible();
    });

    it('fires ino-load with the practice', async () => {
      const el = document.createElement('ino-practice-card');
      el.apiBase = API_BASE;
      el.practiceId = dutchOnly.id;
      const loaded = oneEvent(el, 'ino-load');
      document.body.append(el);
      const { detail } = await loaded;
      expect(detail.practice.id).to.equal(dutchOnly.id);
      el.remove();
    });

    it('heading-level fits the host page outline', async () => {
      const el = await card(html`<ino-practice-card api-base=${API_BASE} practice-id=${dutchOnly.id} heading-level="2" variant="full"></ino-practice-card>`);
      expect($(el, '.title')!.tagName).to.equal('H2');
      expect([...shadow(el).querySelectorAll('.subheading')].every((h) => h.tagName === 'H3')).to.be.true;
    });

    it('shows unknown enum values raw instead of failing', async () => {
      const el = await card(
        html`<ino-practice-card variant="full" .practice=${{ ...practiceWithEveryText('x'), stage: 'hibernating', level: 'galactic' }}></ino-practice-card>`,
      );
      expect(text(el, '.details')).to.contain('hibernating');
      expect(text(el, '.eyebrow')).to.contain('galactic');
    });

    it('shows dates in Brussels, whatever the time zone of the reader', async () => {
      const late: Practice = { ...practiceWithEveryText('x'), updatedAt: '2026-10-02T23:30:00Z', startedOn: '2017-01-01', endedOn: null };
      const el = await card(html`<ino-practice-card variant="full" .practice=${late}></ino-practice-card>`);
      expect(text(el, '.updated')).to.equal('Bijgewerkt op 3 oktober 2026');
      expect(text(el, '.details')).to.contain('sinds 1 januari 2017');
    });
  });

  describe('states', () => {
    it('shows a busy skeleton while loading', async () => {
      setScenario({ latencyMs: 800 });
      const el = await fixture<InoPracticeCard>(html`<ino-practice-card api-base=${API_BASE} practice-id=${dutchOnly.id}></ino-practice-card>`);
      expect($(el, '[aria-busy="true"]')).to.exist;
      expect(text(el, '.loading .visually-hidden')).to.equal('Laden…');
      announcer(el);
      await expect(el).to.be.accessible();
    });

    it('says when a practice does not exist, without a retry button', async () => {
      const el = document.createElement('ino-practice-card');
      el.apiBase = API_BASE;
      el.practiceId = 'does-not-exist';
      const failed = oneEvent(el, 'ino-error');
      document.body.append(el);
      const { detail } = await failed;
      expect(detail.error).to.be.instanceOf(ApiError);
      expect(detail.error.status).to.equal(404);
      await el.updateComplete;
      expect(text(el, '[role="alert"]')).to.contain('bestaat niet');
      expect($(el, 'button')).to.not.exist;
      await expect(el).to.be.accessible();
      el.remove();
    });

    it('offers a retry after a server error, reachable and usable by keyboard', async () => {
      setScenario({ fault: 'server-error' });
      const el = await card(
        html`<ino-practice-card api-base=${API_BASE} practice-id=${dutchOnly.id}><a href="https://example.org/practice">Lees de praktijk op de website</a></ino-practice-card>`,
      );
      expect(text(el, '[role="alert"]')).to.contain('server');
      await expect(el).to.be.accessible();
      // The host's fallback link stays visible beside the error: no dead end.
      const fallback = el.querySelector('a')!;
      expect(fallback.getBoundingClientRect().height).to.be.above(0);

      setScenario({});
      const button = $(el, 'button[part="retry-button"]') as HTMLButtonElement;
      document.body.focus();
      await sendKeys({ press: 'Tab' });
      expectFocused(shadow(el), button);
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => $(el, '.title'), 'content after retry', { timeout: 5000 });
      expect(text(el, '.title')).to.equal(dutchOnly.title);
    });

    it('recovers by itself from a 503 with Retry-After', async () => {
      setScenario({ fault: 'unavailable', times: 1, retryAfter: 0 });
      const el = await card(html`<ino-practice-card api-base=${API_BASE} practice-id=${dutchOnly.id}></ino-practice-card>`);
      expect(text(el, '.title')).to.equal(dutchOnly.title);
      expect(requests.length).to.equal(2);
    });

    it('says a network failure is one, and lets the person retry', async () => {
      setScenario({ fault: 'network-error' });
      const el = await card(html`<ino-practice-card api-base=${API_BASE} practice-id=${dutchOnly.id}></ino-practice-card>`);
      await waitUntil(() => $(el, '[role="alert"]'), 'error', { timeout: 8000 });
      expect(text(el, '[role="alert"]')).to.contain('verbinding');
      expect($(el, 'button')).to.exist;
    });

    it('explains a missing api-base instead of failing silently', async () => {
      const el = await card(html`<ino-practice-card practice-id="work-out-room"></ino-practice-card>`);
      expect(text(el, '[role="alert"]')).to.contain('api-base');
      await expect(el).to.be.accessible();
    });
  });

  describe('malformed data', () => {
    for (const fault of ['malformed-json', 'invalid-items'] as const) {
      it(`${fault}: the error state, and no uncaught exception on the page`, async () => {
        setScenario({ fault });
        const el = document.createElement('ino-practice-card');
        el.apiBase = API_BASE;
        el.practiceId = dutchOnly.id;
        const failed = oneEvent(el, 'ino-error');
        document.body.append(el);
        expect((await failed).detail.error).to.be.instanceOf(ValidationError);
        await el.updateComplete;
        expect(text(el, '[role="alert"]')).to.contain('onvolledig of ongeldig');
        await expect(el).to.be.accessible();
        expect(pageErrors).to.deep.equal([]);
        el.remove();
      });
    }

    it('given data that breaks the contract shows the error state', async () => {
      const el = await card(html`<ino-practice-card .practice=${{ id: 'x', title: 42, organisations: 'none' } as unknown as Practice}></ino-practice-card>`);
      expect(text(el, '[role="alert"]')).to.contain('onvolledig of ongeldig');
      expect(pageErrors).to.deep.equal([]);
    });

    it('a javascript: link in given data is never rendered as a link, and is reported', async () => {
      const bad = { ...practiceWithEveryText('x'), links: [{ label: 'klik', url: 'javascript:alert(1)' }] };
      const el = document.createElement('ino-practice-card');
      el.variant = 'full';
      el.practice = bad;
      const warned = oneEvent(el, 'ino-warning');
      document.body.append(el);
      expect((await warned).detail.dropped.map((d: { path: string }) => d.path)).to.deep.equal(['links.0']);
      await el.updateComplete;
      expect($(el, '.title')).to.exist;
      expect($(el, 'a[href^="javascript"]')).to.not.exist;
      el.remove();
    });
  });

  describe('tolerant reading (CONTRACT §1)', () => {
    it('a practice with one javascript: link among good ones: shown with the good links, the dropped one reported, not in its error state', async () => {
      const practice = await served<Practice>(`/practices/${dutchOnly.id}`);
      const good = [...practice.links, { label: 'Nog een goede link', url: 'https://example.org/nog-een' }];
      const links = [good[0]!, { label: 'Kwaadaardig', url: 'javascript:window.__inoClicked=1' }, ...good.slice(1)];
      worker.use(http.get(`${API_BASE}/practices/:id`, () => HttpResponse.json({ ...practice, links })));
      const el = document.createElement('ino-practice-card');
      const warnings = inoWarnings(el);
      const failures: unknown[] = [];
      el.addEventListener('ino-error', (event) => failures.push(event));
      el.apiBase = API_BASE;
      el.practiceId = dutchOnly.id;
      el.variant = 'full';
      const loaded = oneEvent(el, 'ino-load');
      document.body.append(el);
      await loaded;
      await el.updateComplete;
      expect(droppedPaths(warnings)).to.deep.equal([['links.1']]);
      expect(warnings[0]![0]!.id).to.equal(dutchOnly.id);
      expect(warnings[0]![0]!.issues.map((i) => i.path)).to.deep.equal(['links.1.url']);
      expect(consoleWarnings).to.have.length(1);
      expect(String(consoleWarnings[0]![0])).to.contain('<ino-practice-card>');
      const shown = [...shadow(el).querySelectorAll<HTMLAnchorElement>('.links a')].map((a) => [a.textContent, a.getAttribute('href')]);
      expect(shown).to.deep.equal(good.map((l) => [l.label, l.url]));
      expect(shadow(el).querySelector('a[href^="javascript" i]')).to.be.null;
      expect($(el, '[part~="error"]')).to.be.null;
      expect(failures).to.deep.equal([]);
      expect(text(el, '.title')).to.equal(practice.title);
      await expect(el).to.be.accessible();
      expect(pageErrors).to.deep.equal([]);
      el.remove();
    });

    it('fires no ino-warning and logs nothing when nothing was dropped', async () => {
      const el = document.createElement('ino-practice-card');
      el.apiBase = API_BASE;
      el.practiceId = dutchOnly.id;
      const { warnings } = await appendAndAwait(el);
      expect(warnings).to.deep.equal([]);
      expect(consoleWarnings).to.deep.equal([]);
      el.remove();
    });

    it('a broken optional field is left out, the rest shown', async () => {
      const practice = await served<Practice>(`/practices/${dutchOnly.id}`);
      worker.use(
        http.get(`${API_BASE}/practices/:id`, () => HttpResponse.json({ ...practice, startedOn: 'ooit', ladderRung: 'drie', contact: { name: 'Niemand' } })),
      );
      const el = document.createElement('ino-practice-card');
      const warnings = inoWarnings(el);
      el.apiBase = API_BASE;
      el.practiceId = dutchOnly.id;
      el.variant = 'full';
      const loaded = oneEvent(el, 'ino-load');
      document.body.append(el);
      expect((await loaded).detail.practice.startedOn).to.equal(undefined);
      await el.updateComplete;
      expect(droppedPaths(warnings).map((paths) => [...paths].sort())).to.deep.equal([['contact', 'ladderRung', 'startedOn']]);
      expect($(el, '.badges')?.textContent ?? '').to.not.contain('Trede');
      expect($(el, '.contact')).to.be.null;
      expect(text(el, '.summary')).to.equal(practice.summary);
      el.remove();
    });
  });

  describe('plain text only', () => {
    const payloads = [
      '<img src=x onerror="window.__xss=1">',
      '<script>window.__xss=1</script>',
      '"><svg onload="window.__xss=1">',
      '{{constructor.constructor("window.__xss=1")()}}',
    ];

    for (const payload of payloads) {
      it(`renders ${payload.slice(0, 24)}… as text in every field`, async () => {
        const el = await card(html`<ino-practice-card variant="full" .practice=${practiceWithEveryText(payload)}></ino-practice-card>`);
        expect(shadow(el).querySelector('img, script, svg')).to.be.null;
        expect(text(el, '.title')).to.equal(payload);
        expect(text(el, '.lessons')).to.equal(payload);
        expect((window as { __xss?: number }).__xss).to.be.undefined;
      });
    }

    it('renders markup from the API as text', async () => {
      const payload = '<img src=x onerror="window.__xss=1">';
      worker.use(http.get(`${API_BASE}/practices/:id`, () => HttpResponse.json({ ...practiceWithEveryText(payload), id: 'xss' })));
      const el = await card(html`<ino-practice-card api-base=${API_BASE} practice-id="xss" variant="full"></ino-practice-card>`);
      expect(text(el, '.summary')).to.equal(payload);
      expect(shadow(el).querySelector('img')).to.be.null;
      expect((window as { __xss?: number }).__xss).to.be.undefined;
    });
  });

  describe('languages', () => {
    it('speaks French, with the French text of the practice', async () => {
      const el = await card(html`<ino-practice-card api-base=${API_BASE} practice-id=${withFr.id} lang="fr"></ino-practice-card>`);
      expect(text(el, '.title')).to.equal(withFr.translations!.fr!.title);
      expect(text(el, '[part~="what-did-not-work"] .subheading')).to.equal("Ce qui n'a pas fonctionné");
      expect(new URL(requests[0]!.url).searchParams.get('lang')).to.equal('fr');
      await expect(el).to.be.accessible();
    });

    it('in English, shows Dutch text marked as Dutch when there is no translation', async () => {
      const el = await card(html`<ino-practice-card api-base=${API_BASE} practice-id=${dutchOnly.id} lang="en"></ino-practice-card>`);
      expect(text(el, '[part~="what-worked"] .subheading')).to.equal('What worked');
      expect($(el, '.summary')!.getAttribute('lang')).to.equal('nl');
      expect(text(el, '.fallback-note')).to.equal('This content is only available in Dutch.');
      await expect(el).to.be.accessible();
    });

    it('follows the nearest lang attribute, then <html lang>, and re-renders when it changes', async () => {
      // Built by hand: fixture() waits an animation frame for a plain element, and a test page that
      // runs beside another one is hidden and gets none.
      const wrapper = document.createElement('div');
      wrapper.lang = 'fr';
      const el = document.createElement('ino-practice-card');
      el.apiBase = API_BASE;
      el.practiceId = dutchOnly.id;
      wrapper.append(el);
      document.body.append(wrapper);
      await waitUntil(() => $(el, '.title'), 'loaded', { timeout: 5000 });
      expect(text(el, '[part~="what-worked"] .subheading')).to.equal('Ce qui a fonctionné');

      const original = document.documentElement.lang;
      try {
        wrapper.removeAttribute('lang');
        document.documentElement.lang = 'en-GB';
        await waitUntil(() => text(el, '[part~="what-worked"] .subheading') === 'What worked', 're-rendered in English', { timeout: 5000 });
      } finally {
        document.documentElement.lang = original;
        wrapper.remove();
      }
    });

    it('defaults to Dutch for an unsupported language', async () => {
      const el = await card(html`<ino-practice-card lang="de" .practice=${practiceWithEveryText('x')}></ino-practice-card>`);
      expect(text(el, '[part~="what-worked"] .subheading')).to.equal('Wat werkte');
    });
  });

  describe('provider and theme', () => {
    it('takes api-base and lang from <ino-provider>', async () => {
      const provider = await fixture(
        html`<ino-provider api-base=${API_BASE} lang="fr"><ino-practice-card practice-id=${withFr.id}></ino-practice-card></ino-provider>`,
      );
      const el = provider.querySelector('ino-practice-card')!;
      await waitUntil(() => $(el, '.title'), 'loaded', { timeout: 5000 });
      expect(text(el, '.title')).to.equal(withFr.translations!.fr!.title);
    });

    it('its own attributes win over the provider', async () => {
      const provider = await fixture(
        html`<ino-provider api-base="https://nowhere.invalid/v1" lang="fr"><ino-practice-card api-base=${API_BASE} lang="en" practice-id=${dutchOnly.id}></ino-practice-card></ino-provider>`,
      );
      const el = provider.querySelector('ino-practice-card')!;
      await waitUntil(() => $(el, '.title'), 'loaded', { timeout: 5000 });
      expect(text(el, '[part~="what-worked"] .subheading')).to.equal('What worked');
    });

    it('takes --ino-* tokens from the host page', async () => {
      const el = await card(html`<ino-practice-card style="--ino-color-accent: rgb(1, 2, 3)" .practice=${practiceWithEveryText('x')}></ino-practice-card>`);
      expect(getComputedStyle($(el, '.card')!).borderTopColor).to.equal('rgb(1, 2, 3)');
    });

    it('the dark theme of the provider is accessible', async () => {
      const provider = await fixture(
        html`<ino-provider theme="dark"><ino-practice-card variant="full" .practice=${practiceWithEveryText('Tekst')}></ino-practice-card></ino-provider>`,
      );
      const el = provider.querySelector('ino-practice-card')!;
      await el.updateComplete;
      expect(getComputedStyle($(el, '.card')!).backgroundColor).to.equal('rgb(22, 24, 29)');
      await expect(el).to.be.accessible();
    });
  });

  describe('keyboard', () => {
    it('Tab reaches every link of the full card in reading order', async () => {
      const el = await card(html`<ino-practice-card api-base=${API_BASE} practice-id=${dutchOnly.id} variant="full"></ino-practice-card>`);
      const links = [...shadow(el).querySelectorAll('a')];
      expect(links.length).to.be.greaterThan(1);
      document.body.focus();
      for (const link of links) {
        await sendKeys({ press: 'Tab' });
        expectFocused(shadow(el), link);
      }
    });
  });

  describe('define', () => {
    it('registering the same version twice does not throw', () => {
      expect(() => define('ino-practice-card', customElements.get('ino-practice-card')!)).to.not.throw();
      expect(() => define('ino-practice-card', class extends HTMLElement {})).to.not.throw();
    });

    it('another version warns once and keeps the first', () => {
      class Old extends HTMLElement {
        static inoVersion = '0.0.1';
      }
      customElements.define('ino-define-probe', Old);
      const warnings: unknown[] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args);
      try {
        define('ino-define-probe', class extends HTMLElement {});
        define('ino-define-probe', class extends HTMLElement {});
      } finally {
        console.warn = warn;
      }
      expect(warnings.length).to.equal(1);
      expect(String((warnings[0] as unknown[])[0])).to.contain(VERSION);
      expect(customElements.get('ino-define-probe')).to.equal(Old);
    });
  });
});
