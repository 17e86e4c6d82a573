// dist/loader.js in a plain page: a tag's code is fetched only when the tag appears. Build first.
import { expect, waitUntil } from '@open-wc/testing';
// The widgets' own test helpers: the mock API in a service worker, and the page's uncaught errors.
import { API_BASE } from '../packages/widgets/test/mock-api.js';
import { pageErrors } from '../packages/widgets/test/page-errors.js';

const fetchedWidgets = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.startsWith('/dist/widgets/') && !path.includes('/chunks/'))
    .map((path) => path.replace('/dist/widgets/', ''));

// The test page itself loads hundreds of modules; make room so the widgets' fetches are recorded.
performance.setResourceTimingBufferSize(10_000);
performance.clearResourceTimings();

describe('dist/loader.js', () => {
  it('loads only the widgets on the page, and a widget added later when it appears', async () => {
    document.body.insertAdjacentHTML('beforeend', `<ino-challenge-feed id="feed" api-base="${API_BASE}" limit="2"></ino-challenge-feed>`);
    await import(/* @vite-ignore */ `${'/dist/loader.js'}`);
    await waitUntil(() => customElements.get('ino-challenge-feed'), 'the feed is defined', { timeout: 8000 });
    const feed = document.getElementById('feed')!;
    await waitUntil(() => feed.shadowRoot?.querySelectorAll('.list > li').length === 2, 'the feed renders', { timeout: 8000 });
    expect(fetchedWidgets()).to.deep.equal(['challenge-feed.js']);
    expect(customElements.get('ino-learning-track-signup')).to.be.undefined;

    const later = document.createElement('div');
    later.innerHTML = `<ino-practice-card practice-id="work-out-room" api-base="${API_BASE}"></ino-practice-card>`;
    document.body.append(later);
    await waitUntil(() => customElements.get('ino-practice-card'), 'the card is defined once it appears', { timeout: 8000 });
    await waitUntil(() => later.firstElementChild!.shadowRoot?.querySelector('.title'), 'the card renders', { timeout: 8000 });
    expect(fetchedWidgets().sort()).to.deep.equal(['challenge-feed.js', 'practice-card.js']);
    expect(customElements.get('ino-learning-track-signup'), 'never fetched: not on the page').to.be.undefined;
  });

  it('with two loaders on the page, a new widget is fetched once and works', async () => {
    await import(/* @vite-ignore */ `${'/dist/loader.js'}?second-copy`);
    document.body.insertAdjacentHTML('beforeend', '<ino-participation-ladder id="ladder"></ino-participation-ladder>');
    await waitUntil(() => document.getElementById('ladder')!.shadowRoot?.querySelector('input'), 'the ladder renders', { timeout: 8000 });
    expect(fetchedWidgets().filter((name) => name === 'participation-ladder.js')).to.have.length(1);
    expect(pageErrors).to.deep.equal([]);
  });
});
