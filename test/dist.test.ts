// The built bundles, as a host page gets them: a plain module script, a classic script, and both
// (or the same one twice) on one page. Run `npm run build` first (npm test does).
import { expect, waitUntil } from '@open-wc/testing';
import { bundledContent as dataset } from '@ino/contract/content';
// The widgets' own test helpers: the mock API in a service worker, and the page's uncaught errors.
import { API_BASE } from '../packages/widgets/test/mock-api.js';
import { pageErrors } from '../packages/widgets/test/page-errors.js';
import { TAGS } from '../packages/widgets/src/tags.js';

function loadClassicScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(script);
  });
}

describe('dist bundles in a plain page', () => {
  const warnings: unknown[][] = [];
  const warn = console.warn;
  before(() => {
    console.warn = (...args: unknown[]) => void warnings.push(args);
  });
  after(() => {
    console.warn = warn;
  });

  it('dist/ino-widgets.js: <script type="module"> plus <ino-practice-card practice-id api-base> renders', async () => {
    document.body.insertAdjacentHTML(
      'beforeend',
      `<ino-practice-card id="card" practice-id="work-out-room" api-base="${API_BASE}"><a href="https://example.org">Fallback</a></ino-practice-card>`,
    );
    await import(/* @vite-ignore */ `${'/dist/ino-widgets.js'}`);
    const card = document.getElementById('card')!;
    await waitUntil(() => card.shadowRoot?.querySelector('.title'), 'the card renders', { timeout: 8000 });
    expect(card.shadowRoot!.querySelector('.title')!.textContent).to.equal(dataset.practices.find((p) => p.id === 'work-out-room')!.title);
    await expect(card).to.be.accessible();
  });

  it('dist/ino-widgets.js: <ino-participation-ladder> is a form field, with no API', async () => {
    document.body.insertAdjacentHTML(
      'beforeend',
      '<form id="ladder-form"><ino-participation-ladder name="trede" value="2" variant="advies"></ino-participation-ladder></form>',
    );
    const form = document.getElementById('ladder-form') as HTMLFormElement;
    const ladder = form.querySelector('ino-participation-ladder')!;
    await waitUntil(() => ladder.shadowRoot?.querySelector('input:checked'), 'the ladder renders', { timeout: 8000 });
    expect([...new FormData(form)]).to.deep.equal([
      ['trede', '2'],
      ['trede-variant', 'advies'],
    ]);
    await expect(ladder).to.be.accessible();
  });

  it('dist/ino-widgets.js fetches French texts only when a widget on the page speaks French', async () => {
    performance.setResourceTimingBufferSize(10_000);
    const languageChunks = () =>
      performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter((url) => url.includes('/dist/ino-widgets/'));
    expect(languageChunks(), 'the Dutch widgets above fetched no other language').to.deep.equal([]);
    document.body.insertAdjacentHTML('beforeend', '<ino-participation-ladder id="ladder-fr" lang="fr"></ino-participation-ladder>');
    const ladder = document.getElementById('ladder-fr')!;
    await waitUntil(() => ladder.shadowRoot?.querySelector('#rung-1-name'), 'the French ladder renders', { timeout: 8000 });
    expect(ladder.shadowRoot!.querySelector('#rung-1-name')!.textContent).to.match(/^\s*Échelon 1 : /);
    const fetched = languageChunks();
    expect(fetched.length, 'the shared words, the ladder words and the ladder content').to.equal(3);
    expect(
      fetched.every((url) => /\.fr-[\w-]+\.js$/.test(url)),
      fetched.join(', '),
    ).to.be.true;
    await expect(ladder).to.be.accessible();
  });

  it('the same bundle loaded again, and the classic bundle beside it, register nothing twice and do not throw', async () => {
    await import(/* @vite-ignore */ `${'/dist/ino-widgets.js'}?copy=2`);
    await loadClassicScript('/dist/ino-widgets.iife.js');
    expect(pageErrors).to.deep.equal([]);
    expect(warnings, 'the same version is silent').to.deep.equal([]);
    const globalApi = (window as unknown as { InoWidgets: Record<string, unknown> }).InoWidgets;
    expect(globalApi.InoPracticeCard).to.be.a('function');
    expect(globalApi.InoParticipationLadder).to.be.a('function');
    const packageJson = await (await fetch('/packages/widgets/package.json')).json();
    expect(globalApi.VERSION, 'define() compares this version').to.equal(packageJson.version);
  });

  it('another version of the bundle on the same page warns once per tag, keeps the first, and throws nothing', async () => {
    const { VERSION } = (window as unknown as { InoWidgets: { VERSION: string } }).InoWidgets;
    const source = await (await fetch('/dist/ino-widgets.js')).text();
    expect(source).to.contain(`"${VERSION}"`);
    const otherBuild = URL.createObjectURL(new Blob([source.replaceAll(`"${VERSION}"`, '"9.9.9-other"')], { type: 'text/javascript' }));
    const firstCard = customElements.get('ino-practice-card');
    warnings.length = 0;
    await import(/* @vite-ignore */ otherBuild);
    await import(/* @vite-ignore */ `${otherBuild}#again`);
    expect(warnings.map((w) => String(w[0]).match(/^<([a-z-]+)>/)?.[1]).sort()).to.deep.equal([...TAGS].sort());
    expect(warnings.every((w) => String(w[0]).includes('9.9.9-other'))).to.be.true;
    expect(customElements.get('ino-practice-card')).to.equal(firstCard);
  });

  it('dist/sdk.js works alone', async () => {
    const sdk = await import(/* @vite-ignore */ `${'/dist/sdk.js'}`);
    const client = sdk.createClient({ baseUrl: API_BASE });
    const page = await client.challenges.list({ limit: 3 });
    expect(page.items.length).to.equal(3);
    expect(page.nextCursor).to.be.a('string');
  });
});
