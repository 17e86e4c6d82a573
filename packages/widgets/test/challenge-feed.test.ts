import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { delay, http } from 'msw';
import { sendKeys } from '@web/test-runner-commands';
import { challengeStatusAt, type Challenge } from '@ino/sdk';
import { bundledContent as dataset } from '@ino/contract/content';
import { createMockApi, withManyChallenges } from '@ino/mock-api';
import { API_BASE, requests, setScenario, worker } from './mock-api.js';
import { expectFocused } from './focus.js';
import { pageErrors } from './page-errors.js';
import { announced, announcer } from './announcer.js';
import { appendAndAwait, consoleWarnings, droppedPaths, inoWarnings } from './warnings.js';
import '../src/index.js';
import type { InoChallengeFeed } from '../src/index.js';
import { MAX_RENDERED } from '../src/challenge-feed/feed-window.js';

const shadow = (el: Element) => el.shadowRoot!;
const $ = (el: Element, selector: string) => shadow(el).querySelector(selector);
const $$ = (el: Element, selector: string) => [...shadow(el).querySelectorAll(selector)];
/** Text with every kind of white space (Intl uses narrow no-break spaces) as one plain space. */
const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const items = (el: Element) => $$(el, '.list > li');
const lastQuery = () => new URL(requests.filter((r) => new URL(r.url).pathname.endsWith('/challenges')).at(-1)!.url).searchParams;

const openChallenges = dataset.challenges.filter((c) => c.status === 'open');
const joint = dataset.challenges.find((c) => c.status === 'open' && c.owners.length > 1)!;

async function feed(template: ReturnType<typeof html>): Promise<InoChallengeFeed> {
  const el = await fixture<InoChallengeFeed>(template);
  await waitUntil(() => !$(el, '.loading'), 'the feed stops loading', { timeout: 8000 });
  return el;
}

/** A challenge in contract shape, for tests that need exact dates. */
function challenge(overrides: Partial<Challenge> = {}): Challenge {
  return {
    id: 'c',
    lang: 'nl',
    title: 'Een uitdaging',
    summary: 'Samenvatting.',
    owners: [{ id: 'mow', name: 'MOW', kind: 'flemish-entity', level: 'flemish' }],
    partners: [],
    themes: [],
    status: 'open',
    municipalities: [],
    steps: [],
    applyUrl: 'https://example.org/apply',
    updatedAt: '2026-11-01T10:00:00+01:00',
    ...overrides,
  };
}
const NOW = new Date('2026-11-23T10:00:00+01:00');

describe('<ino-challenge-feed>', () => {
  describe('content', () => {
    it('lists open challenges, soonest deadline first, each with its facts', async () => {
      const el = await feed(html`<ino-challenge-feed api-base=${API_BASE} limit="20" heading="Open uitdagingen"></ino-challenge-feed>`);
      expect(items(el).length).to.equal(openChallenges.length);
      expect(lastQuery().get('status')).to.equal(null, 'the API default (open) is asked for');
      const first = items(el)[0]!;
      const withDeadline = openChallenges.filter((c) => c.closesAt).sort((a, b) => Date.parse(a.closesAt!) - Date.parse(b.closesAt!));
      expect(text(first.querySelector('.item-title'))).to.equal(withDeadline[0]!.title);
      expect(text(first.querySelector('.status'))).to.equal('Open');
      expect($(el, '.heading')!.tagName).to.equal('H2');
      expect($(el, '.item-title')!.tagName).to.equal('H3');
      expect($(el, '.list')!.getAttribute('aria-labelledby')).to.equal('feed-heading');
      await expect(el).to.be.accessible();
    });

    it('links each title to applyUrl, and shows a title without one as text', async () => {
      const el = await feed(html`<ino-challenge-feed .now=${NOW} .challenges=${[challenge(), challenge({ id: 'd', applyUrl: null })]}></ino-challenge-feed>`);
      const [linked, plain] = items(el);
      expect(linked!.querySelector('.item-title a')!.getAttribute('href')).to.equal('https://example.org/apply');
      expect(plain!.querySelector('.item-title a')).to.be.null;
      expect(text(plain!.querySelector('.item-title'))).to.equal('Een uitdaging');
    });

    it('shows a challenge with several owners as a joint challenge', async () => {
      const el = await feed(html`<ino-challenge-feed api-base=${API_BASE} limit="50"></ino-challenge-feed>`);
      const item = items(el).find((li) => text(li.querySelector('.item-title')) === joint.title)!;
      expect(text(item.querySelector('.joint'))).to.equal('Gezamenlijke uitdaging');
      expect(text(item.querySelector('.owners'))).to.contain(', ');
    });

    it('says how long is left, counted in Brussels days', async () => {
      const cases: [Partial<Challenge>, string][] = [
        [{ closesAt: '2026-11-23T17:00:00+01:00' }, 'vandaag'],
        [{ closesAt: '2026-11-24T09:00:00+01:00' }, 'morgen'],
        [{ closesAt: '2026-11-28T17:00:00+01:00' }, 'nog 5 dagen'],
        [{ closesAt: '2026-11-22T17:00:00+01:00' }, 'afgesloten'],
        [{ status: 'awarded', closesAt: '2026-10-01T17:00:00+02:00' }, 'afgesloten'],
        [{ closesAt: null }, 'Doorlopend, zonder einddatum'],
        [
          { status: 'announced', opensAt: '2027-01-18T09:00:00+01:00', closesAt: '2027-02-18T17:00:00+01:00' },
          'opent op 18 januari 2027; indienen tot 18 februari 2027',
        ],
      ];
      const el = await feed(html`<ino-challenge-feed .now=${NOW} .challenges=${cases.map(([c], i) => challenge({ ...c, id: `c${i}` }))}></ino-challenge-feed>`);
      cases.forEach(([, phrase], i) => expect(text(items(el)[i]!.querySelector('.deadline'))).to.contain(phrase));
      expect(text(items(el)[0]!.querySelector('.deadline'))).to.match(/^Indienen tot 23 november 2026 /);
    });

    it('never calls open what the clock has closed, even in a stale answer: the badge follows the deadline', async () => {
      const stale = challenge({ id: 'stale', status: 'open', closesAt: '2026-11-23T17:00:00+01:00' });
      const atDeadline = new Date('2026-11-23T17:00:00+01:00');
      const before = await feed(html`<ino-challenge-feed .now=${new Date(atDeadline.getTime() - 1)} .challenges=${[stale]}></ino-challenge-feed>`);
      expect(text(items(before)[0]!.querySelector('.badge.status'))).to.equal('Open');
      const after = await feed(html`<ino-challenge-feed .now=${atDeadline} .challenges=${[stale]}></ino-challenge-feed>`);
      const badge = items(after)[0]!.querySelector('.badge.status')!;
      expect(text(badge)).to.equal('Afgesloten');
      expect(badge.classList.contains('status-closed')).to.be.true;
      expect(text(items(after)[0]!.querySelector('.deadline'))).to.contain('afgesloten');
      await expect(after).to.be.accessible();
    });

    it('shows deadlines in Brussels time, never in UTC by mistake', async () => {
      // 23:30 UTC on 15 December is 00:30 on 16 December in Brussels.
      const el = await feed(html`<ino-challenge-feed .now=${NOW} .challenges=${[challenge({ closesAt: '2026-12-15T23:30:00Z' })]}></ino-challenge-feed>`);
      expect(text($(el, '.deadline time'))).to.equal('16 december 2026 om 00:30');
      expect($(el, '.deadline time')!.getAttribute('datetime')).to.equal('2026-12-15T23:30:00Z');
    });

    it('formats the budget with Intl in each language', async () => {
      const budget = { maxAmount: 30000, currency: 'EUR', vatIncluded: false };
      const render = async (lang: string) =>
        text($(await feed(html`<ino-challenge-feed lang=${lang} .now=${NOW} .challenges=${[challenge({ budget })]}></ino-challenge-feed>`), '.budget'));
      expect(await render('nl')).to.equal('max. € 30.000 excl. btw');
      expect(await render('fr')).to.equal('max. 30 000 € HTVA');
      expect(await render('en')).to.equal('max. €30,000 excl. VAT');
    });

    it('fires ino-load with the first page', async () => {
      const el = document.createElement('ino-challenge-feed');
      el.apiBase = API_BASE;
      el.limit = 3;
      const loaded = oneEvent(el, 'ino-load');
      document.body.append(el);
      const { detail } = await loaded;
      expect(detail.challenges.length).to.equal(3);
      expect(detail.total).to.equal(openChallenges.length);
      expect(detail.dropped).to.equal(0);
      el.remove();
    });
  });

  describe('filters reach the request', () => {
    it('status, theme, owner, nis, programme, sort and limit', async () => {
      const c = dataset.challenges.find((x) => x.programme && x.municipalities.length)!;
      await feed(html`<ino-challenge-feed api-base=${API_BASE} status="open,announced" theme=${c.themes[0]!} owner=${c.owners[0]!}
        nis=${c.municipalities[0]!} programme=${c.programme!} sort="updatedAt" limit="7"></ino-challenge-feed>`);
      const query = lastQuery();
      expect(query.get('status')).to.equal('open,announced');
      expect(query.get('theme')).to.equal(c.themes[0]);
      expect(query.get('owner')).to.equal(c.owners[0]);
      expect(query.get('nis')).to.equal(c.municipalities[0]);
      expect(query.get('programme')).to.equal(c.programme);
      expect(query.get('sort')).to.equal('updatedAt');
      expect(query.get('limit')).to.equal('7');
    });

    it('a municipality sees the challenges tied to its NIS code', async () => {
      const gent = dataset.challenges.filter((c) => c.status === 'open' && c.municipalities.includes('44021'));
      const el = await feed(html`<ino-challenge-feed api-base=${API_BASE} nis="44021"></ino-challenge-feed>`);
      expect(items(el).map((li) => text(li.querySelector('.item-title')))).to.have.members(gent.map((c) => c.title));
    });

    it('changing an attribute fetches again', async () => {
      const el = await feed(html`<ino-challenge-feed api-base=${API_BASE}></ino-challenge-feed>`);
      el.status = 'closed';
      await waitUntil(() => lastQuery().get('status') === 'closed' && !$(el, '.list[aria-busy="true"]'), 'refetched', { timeout: 5000 });
      expect(items(el).every((li) => text(li.querySelector('.status')) === 'Afgesloten')).to.be.true;
    });
  });

  describe('filter controls', () => {
    it('are labelled, driven by keyboard, reflect into attributes and announce the result, leaving the page URL alone', async () => {
      const url = location.href;
      const el = await feed(html`<ino-challenge-feed api-base=${API_BASE} filters></ino-challenge-feed>`);
      await waitUntil(() => $(el, 'select[name="theme"]'), 'theme options loaded', { timeout: 5000 });
      expect(text($(el, 'form[role="search"] label'))).to.contain('Status');
      announcer(el);
      await expect(el).to.be.accessible();

      const status = $(el, 'select[name="status"]') as HTMLSelectElement;
      status.focus();
      await sendKeys({ press: 'End' });
      await waitUntil(() => el.getAttribute('status') === status.value && status.value !== 'open', 'status reflected', { timeout: 5000 });
      await waitUntil(() => text(announcer(el)).endsWith('gevonden.'), 'result announced', { timeout: 5000 });
      expect(lastQuery().get('status')).to.equal(status.value);
      expect(location.href).to.equal(url);

      const theme = $(el, 'select[name="theme"]') as HTMLSelectElement;
      const wanted = dataset.themes.find((t) => t.id === joint.themes[0])!;
      theme.value = wanted.id;
      theme.dispatchEvent(new Event('change'));
      await waitUntil(() => lastQuery().get('theme') === wanted.id, 'theme reached the request', { timeout: 5000 });
      expect(el.getAttribute('theme')).to.equal(wanted.id);
    });

    it('keep their selects narrow, so a long organisation name cannot push the form wider than a phone', async () => {
      const el = await feed(html`<ino-challenge-feed api-base=${API_BASE} filters></ino-challenge-feed>`);
      await waitUntil(() => $(el, 'select[name="owner"]'), 'owner options loaded', { timeout: 5000 });
      for (const select of el.shadowRoot!.querySelectorAll('select')) expect(getComputedStyle(select).maxWidth, select.name).to.not.equal('none');
    });

    it('the owner filter lists only organisations that own a challenge in the chosen status, and follows the status', async () => {
      const ownersIn = (statuses: string[]) => {
        const now = new Date();
        return new Set(dataset.challenges.filter((c) => statuses.includes(challengeStatusAt(c, now))).flatMap((c) => c.owners));
      };
      const ownerOptions = (el: Element) =>
        [...($(el, 'select[name="owner"]') as HTMLSelectElement).options]
          .map((o) => o.value)
          .filter(Boolean)
          .sort();
      const el = await feed(html`<ino-challenge-feed api-base=${API_BASE} filters></ino-challenge-feed>`);
      await waitUntil(() => $(el, 'select[name="owner"]'), 'owner options loaded', { timeout: 5000 });
      expect(ownerOptions(el)).to.deep.equal([...ownersIn(['open'])].sort());
      expect(ownerOptions(el).length).to.be.below(dataset.organisations.length);
      el.status = 'awarded';
      await waitUntil(() => JSON.stringify(ownerOptions(el)) === JSON.stringify([...ownersIn(['awarded'])].sort()), 'owners of awarded challenges', {
        timeout: 5000,
      });
      await expect(el).to.be.accessible();
    });

    it('an empty result names the filter', async () => {
      const el = await feed(html`<ino-challenge-feed api-base=${API_BASE} filters nis="99999"></ino-challenge-feed>`);
      expect(text($(el, '.empty'))).to.equal('Geen open uitdagingen voor gemeente met NIS-code 99999.');
      announcer(el);
      await expect(el).to.be.accessible();
    });
  });

  describe('paging', () => {
    it('a filter changed while "load more" is on its way wins: the late page of the old filter is not added', async () => {
      let slowPages = 0;
      // Pages after the first answer late; falling through then lets the mock answer them.
      worker.use(
        http.get(`${API_BASE}/challenges`, async ({ request }) => {
          if (new URL(request.url).searchParams.has('cursor')) {
            slowPages++;
            await delay(700);
          }
        }),
      );
      const el = await feed(html`<ino-challenge-feed api-base=${API_BASE} limit="2" status="open,announced,closed,awarded"></ino-challenge-feed>`);
      ($(el, 'button.more') as HTMLButtonElement).click();
      await waitUntil(() => slowPages === 1, 'the next page is asked for', { timeout: 5000 });
      const theme = dataset.themes.find((t) => dataset.challenges.filter((c) => c.themes.includes(t.id)).length >= 2)!;
      el.theme = theme.id;
      await waitUntil(() => lastQuery().get('theme') === theme.id && !$(el, '.loading'), 'the filtered first page', { timeout: 5000 });
      await el.updateComplete;
      const filtered = items(el).map((li) => text(li.querySelector('.item-title')));
      await new Promise((resolve) => setTimeout(resolve, 900));
      expect(items(el).map((li) => text(li.querySelector('.item-title')))).to.deep.equal(filtered);
      expect(filtered.length).to.be.at.most(2);
      expect($(el, '.notice.warning'), 'a cancelled page is not a failure').to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('"load more" follows nextCursor, moves focus to the first new challenge and announces it', async () => {
      const el = await feed(html`<ino-challenge-feed api-base=${API_BASE} limit="3"></ino-challenge-feed>`);
      expect(items(el).length).to.equal(3);
      const more = $(el, 'button.more') as HTMLButtonElement;
      more.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => items(el).length === 6, 'three more', { timeout: 5000 });
      expect(lastQuery().get('cursor')).to.be.a('string');
      await el.updateComplete;
      expectFocused(shadow(el), items(el)[3]!.querySelector('.item-title a'));
      await announced(el, `3 uitdagingen bijgeladen, 6 van ${openChallenges.length}.`);
      expect(items(el)[3]!.getAttribute('aria-posinset')).to.equal('4');
      expect(items(el)[3]!.getAttribute('aria-setsize')).to.equal(String(openChallenges.length));
    });

    it('the 5,000-challenge scenario never keeps more than MAX_RENDERED challenges in the DOM', async () => {
      worker.use(...createMockApi({ baseUrl: API_BASE, dataset: withManyChallenges(dataset, 5000) }).handlers);
      const el = await feed(html`<ino-challenge-feed api-base=${API_BASE} limit="100"></ino-challenge-feed>`);
      const moreButton = () => $$(el, 'button.more').find((b) => text(b) === 'Meer uitdagingen laden') as HTMLButtonElement | undefined;
      const lastPosition = () => Number(items(el).at(-1)!.getAttribute('aria-posinset'));
      let most = items(el).length;
      let clicks = 0;
      while (moreButton()) {
        const before = lastPosition();
        moreButton()!.click();
        clicks++;
        await waitUntil(() => lastPosition() > before, 'the next page is shown', { timeout: 5000 });
        most = Math.max(most, items(el).length);
      }
      expect(clicks).to.equal(49);
      expect(most).to.equal(MAX_RENDERED);
      expect(most).to.be.below(200);
      expect(items(el).at(-1)!.getAttribute('aria-posinset')).to.equal('5000');

      const earlier = $(el, 'button.more') as HTMLButtonElement;
      expect(text(earlier)).to.equal('Eerdere uitdagingen tonen');
      earlier.click();
      await el.updateComplete;
      expect(items(el)[0]!.getAttribute('aria-posinset')).to.equal('4801');
      expect(items(el).length).to.equal(MAX_RENDERED);
    }).timeout(60_000);
  });

  it('given data opens with one page and reveals the rest without fetching', async () => {
    const given = Array.from({ length: 250 }, (_, i) => challenge({ id: `g${i}`, title: `Uitdaging ${i + 1}` }));
    const el = await feed(html`<ino-challenge-feed limit="100" .now=${NOW} .challenges=${given}></ino-challenge-feed>`);
    expect(items(el).length).to.equal(100);
    for (let i = 0; i < 2; i++) {
      ($$(el, 'button.more').at(-1) as HTMLButtonElement).click();
      await el.updateComplete;
    }
    expect(items(el).length).to.equal(MAX_RENDERED);
    expect(items(el).at(-1)!.getAttribute('aria-posinset')).to.equal('250');
    expect($$(el, 'button.more').map(text)).to.deep.equal(['Eerdere uitdagingen tonen']);
    expect(requests.length).to.equal(0);
  });

  describe('states', () => {
    it('loading: a busy skeleton', async () => {
      setScenario({ latencyMs: 800 });
      const el = await fixture<InoChallengeFeed>(html`<ino-challenge-feed api-base=${API_BASE}></ino-challenge-feed>`);
      expect($(el, '[aria-busy="true"]')).to.exist;
      announcer(el);
      await expect(el).to.be.accessible();
    });

    it('error with a retry that works, by keyboard', async () => {
      setScenario({ fault: 'server-error' });
      const el = await feed(html`<ino-challenge-feed api-base=${API_BASE}></ino-challenge-feed>`);
      expect(text($(el, '[role="alert"]'))).to.contain('server');
      announcer(el);
      await expect(el).to.be.accessible();
      setScenario({});
      ($(el, 'button[part="retry-button"]') as HTMLButtonElement).focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => items(el).length > 0, 'list after retry', { timeout: 5000 });
    });

    it('when a refresh fails, the last good list stays with a notice', async () => {
      const el = await feed(html`<ino-challenge-feed api-base=${API_BASE}></ino-challenge-feed>`);
      const before = items(el).length;
      setScenario({ fault: 'server-error' });
      el.sort = 'updatedAt';
      await waitUntil(() => $(el, '.notice[role="alert"]'), 'notice', { timeout: 5000 });
      expect(items(el).length).to.equal(before);
      expect(text($(el, '.notice'))).to.contain('niet bijgewerkt');
      await expect(el).to.be.accessible();
      setScenario({});
      ($(el, '.notice button') as HTMLButtonElement).click();
      await waitUntil(() => !$(el, '.notice'), 'notice gone after retry', { timeout: 5000 });
    });

    it('a malformed item is left out and said so, and reported with ino-warning; the rest shows', async () => {
      setScenario({ fault: 'invalid-items' });
      const el = document.createElement('ino-challenge-feed');
      const warnings = inoWarnings(el);
      el.apiBase = API_BASE;
      el.limit = 20;
      const loaded = oneEvent(el, 'ino-load');
      document.body.append(el);
      expect((await loaded).detail.dropped).to.equal(1);
      await el.updateComplete;
      expect(items(el).length).to.equal(openChallenges.length - 1);
      expect(text($(el, '.notice'))).to.equal('1 uitdaging kon niet getoond worden omdat de gegevens ongeldig zijn.');
      expect(droppedPaths(warnings)).to.deep.equal([['items.0']]);
      expect(consoleWarnings).to.have.length(1);
      expect(pageErrors).to.deep.equal([]);
      await expect(el).to.be.accessible();
      el.remove();
    });

    it('a broken optional field of a challenge is left out of it, the challenge shown, and reported without a notice', async () => {
      const el = document.createElement('ino-challenge-feed');
      const warnings = inoWarnings(el);
      el.now = NOW;
      el.challenges = [challenge({ id: 'een', applyUrl: 'javascript:alert(1)' }), challenge({ id: 'twee', title: 'Twee' })];
      const loaded = oneEvent(el, 'ino-load');
      document.body.append(el);
      expect((await loaded).detail.dropped).to.equal(0);
      await el.updateComplete;
      expect(items(el).length).to.equal(2);
      expect($(el, '.notice')).to.be.null;
      expect(droppedPaths(warnings)).to.deep.equal([['items.0.applyUrl']]);
      expect(warnings[0]![0]!.id).to.equal('een');
      expect(shadow(el).querySelector('a[href^="javascript" i]')).to.be.null;
      el.remove();
    });

    it('fires no ino-warning and logs nothing for a page where nothing was dropped', async () => {
      const el = document.createElement('ino-challenge-feed');
      el.apiBase = API_BASE;
      const { warnings } = await appendAndAwait(el);
      expect(warnings).to.deep.equal([]);
      expect(consoleWarnings).to.deep.equal([]);
      el.remove();
    });

    it('malformed JSON gives the error state and no uncaught exception', async () => {
      setScenario({ fault: 'malformed-json' });
      const el = await feed(html`<ino-challenge-feed api-base=${API_BASE}></ino-challenge-feed>`);
      expect(text($(el, '[role="alert"]'))).to.contain('onvolledig of ongeldig');
      expect(pageErrors).to.deep.equal([]);
    });

    it('empty: says so', async () => {
      setScenario({ fault: 'empty' });
      const el = await feed(html`<ino-challenge-feed api-base=${API_BASE}></ino-challenge-feed>`);
      expect(text($(el, '.empty'))).to.equal('Geen open uitdagingen.');
      await expect(el).to.be.accessible();
    });

    it('empty: a whole sentence for each status, in Dutch, French and English', async () => {
      setScenario({ fault: 'empty' });
      const expected: Record<string, [string, string, string]> = {
        announced: ['Geen aangekondigde uitdagingen.', 'Aucun défi annoncé.', 'No announced challenges.'],
        'in-evaluation': ['Geen uitdagingen in evaluatie.', 'Aucun défi en évaluation.', 'No challenges under evaluation.'],
        awarded: ['Geen toegekende uitdagingen.', 'Aucun défi attribué.', 'No awarded challenges.'],
        closed: ['Geen afgesloten uitdagingen.', 'Aucun défi clôturé.', 'No closed challenges.'],
        cancelled: ['Geen geannuleerde uitdagingen.', 'Aucun défi annulé.', 'No cancelled challenges.'],
        'open,announced': ['Geen uitdagingen met deze status.', 'Aucun défi avec ce statut.', 'No challenges with this status.'],
      };
      for (const [status, sentences] of Object.entries(expected)) {
        for (const [i, lang] of ['nl', 'fr', 'en'].entries()) {
          const el = await feed(html`<ino-challenge-feed api-base=${API_BASE} lang=${lang} status=${status}></ino-challenge-feed>`);
          expect(text($(el, '.empty')), `${status} in ${lang}`).to.equal(sentences[i]);
        }
      }
    });
  });

  describe('ino-select', () => {
    it('fires on a plain click of a title; cancelling it keeps the browser on the page', async () => {
      const el = await feed(html`<ino-challenge-feed .now=${NOW} .challenges=${[challenge({ id: 'route-me' })]}></ino-challenge-feed>`);
      const url = location.href;
      el.addEventListener('ino-select', (event) => event.preventDefault(), { once: true });
      const selected = oneEvent(el, 'ino-select');
      ($(el, '.item-title a') as HTMLAnchorElement).click();
      const event = await selected;
      expect(event.detail.challenge.id).to.equal('route-me');
      expect(event.defaultPrevented).to.be.true;
      expect(location.href).to.equal(url);
    });
  });

  describe('plain text only', () => {
    it('renders markup in every field as text', async () => {
      const payload = '<img src=x onerror="window.__xss=1">';
      const evil = challenge({
        title: payload,
        summary: payload,
        owners: [
          { id: 'o', name: payload, kind: 'x', level: 'y' },
          { id: 'p', name: payload, kind: 'x', level: 'y' },
        ],
        themes: [{ id: 't', label: payload }],
        programme: { id: 'p', label: payload },
        status: payload,
      });
      const el = await feed(html`<ino-challenge-feed .now=${NOW} .challenges=${[evil]}></ino-challenge-feed>`);
      expect(shadow(el).querySelector('img')).to.be.null;
      expect(text($(el, '.item-title'))).to.equal(payload);
      expect(text($(el, '.status'))).to.equal(payload);
      expect((window as { __xss?: number }).__xss).to.be.undefined;
    });
  });

  describe('languages', () => {
    it('French and English', async () => {
      const fr = await feed(html`<ino-challenge-feed api-base=${API_BASE} lang="fr" .now=${NOW}></ino-challenge-feed>`);
      expect(text(shadow(fr).querySelector('.status'))).to.equal('Ouvert');
      // French puts a space before a colon, also where the widget joins a label and a value.
      expect(text($(fr, '.deadline'))).to.match(/^Date limite : \d/);
      expect(fr.shadowRoot!.querySelector('.list')!.getAttribute('aria-label')).to.equal('Défis');
      expect(lastQuery().get('lang')).to.equal('fr');
      await expect(fr).to.be.accessible();
      const en = await feed(html`<ino-challenge-feed api-base=${API_BASE} lang="en" .now=${NOW}></ino-challenge-feed>`);
      expect(text($(en, '.deadline'))).to.match(/Deadline: .* · (today|tomorrow|\d+ days? left)/);
    });

    it('marks Dutch fallback text as Dutch and says once that it is only in Dutch', async () => {
      const el = await feed(html`<ino-challenge-feed lang="en" .now=${NOW} .challenges=${[challenge(), challenge({ id: 'tweede' })]}></ino-challenge-feed>`);
      expect($(el, '.summary')!.getAttribute('lang')).to.equal('nl');
      expect([...shadow(el).querySelectorAll('.fallback-note')].map((note) => text(note))).to.deep.equal(['This content is only available in Dutch.']);
      expect($(el, '.base')!.getAttribute('lang'), 'the widget says its own words are English').to.equal('en');
      await expect(el).to.be.accessible();
    });

    it('says nothing about Dutch when the text is in the language the widget speaks', async () => {
      const el = await feed(html`<ino-challenge-feed lang="en" .now=${NOW} .challenges=${[challenge({ lang: 'en' })]}></ino-challenge-feed>`);
      expect($(el, '.fallback-note')).to.equal(null);
      expect($(el, '.summary')!.hasAttribute('lang')).to.be.false;
    });
  });

  describe('keyboard', () => {
    it('Tab goes through the challenges in order, then to "load more"', async () => {
      const el = await feed(html`<ino-challenge-feed api-base=${API_BASE} limit="3"></ino-challenge-feed>`);
      const stops = [...$$(el, '.item-title a'), $(el, 'button.more')];
      document.body.focus();
      for (const stop of stops) {
        await sendKeys({ press: 'Tab' });
        expectFocused(shadow(el), stop);
      }
    });
  });
});
