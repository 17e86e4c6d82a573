// Embedding tests in Chromium, on pages served the way a strict host serves them (npm run build first):
// - every widget works under `Content-Security-Policy: default-src 'self'; script-src 'self';
//   style-src 'self'; connect-src 'self'; require-trusted-types-for 'script'` with no violation,
//   also when it fetches its French texts;
// - on a page with a framework's reset and hostile rules, every widget looks exactly as on a
//   neutral page (screenshots compared pixel by pixel);
// - without JavaScript, each widget's fallback content shows; with it, the widget replaces it.
// Ends with "embedding: N passed, N failed". SCREENSHOT_DIR=<dir> also writes the compared screenshots there.
import http from 'node:http';
import { readFile, writeFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { collectProblems, launchChromium, tally } from '../support/browser-checks.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; require-trusted-types-for 'script'";
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.map': 'application/json' };
const WIDGETS = ['card', 'feed', 'ladder', 'signup', 'status', 'applications'];

const widgetsHtml = await readFile(join(ROOT, 'test/embedding/widgets.html'), 'utf8');
const page = (stylesheet) => `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Embedding: ${stylesheet}</title>
<script src="/test/embedding/record-violations.js"></script>
<link rel="stylesheet" href="/test/embedding/${stylesheet}.css">
<script type="module" src="/test/embedding/start.js"></script>
</head><body>${widgetsHtml}</body></html>`;

const server = http.createServer(async (request, response) => {
  const path = new URL(request.url, 'http://x').pathname;
  const headers = { 'content-security-policy': STRICT_CSP };
  if (path === '/favicon.ico') return response.writeHead(204).end();
  const named = /^\/page\/(neutral|hostile)\.html$/.exec(path);
  if (named) return response.writeHead(200, { ...headers, 'content-type': TYPES['.html'] }).end(page(named[1]));
  const file = path === '/mockServiceWorker.js' ? 'public/mockServiceWorker.js' : normalize(path).replace(/^\/+/, '');
  if (!/^(dist|test\/embedding|public)\//.test(file)) return response.writeHead(404).end();
  try {
    response.writeHead(200, { ...headers, 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(await readFile(join(ROOT, file)));
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await launchChromium();

const checks = tally('embedding');
const check = checks.check;
const assert = (condition, message) => {
  if (!condition) throw new Error(message);
};

/** Opens a page and waits until every widget shows its content (not a skeleton, not an error). */
async function open(stylesheet, { javascript = true } = {}) {
  const tab = await browser.newPage();
  await tab.setViewport({ width: 800, height: 900 });
  await tab.setJavaScriptEnabled(javascript);
  const errors = collectProblems(tab);
  // The application status takes its manage token from the fragment, as from the link in a mail (the mock's demo token).
  await tab.goto(`${base}/page/${stylesheet}.html#token=demo-confirmed`, { waitUntil: 'load' });
  if (javascript) {
    await tab.waitForFunction(
      () => {
        const shadow = (id) => document.getElementById(id)?.shadowRoot;
        return (
          shadow('card')?.querySelector('.title') &&
          shadow('feed')?.querySelectorAll('.list > li').length === 3 &&
          shadow('feed')?.querySelector('select[name="theme"]') &&
          shadow('ladder')?.querySelector('input:checked') &&
          shadow('signup')?.querySelector('form') &&
          shadow('status')?.querySelector('.status') &&
          shadow('applications')?.querySelector('table')
        );
      },
      { timeout: 20_000 },
    );
    await tab.evaluate(() => document.fonts.ready);
  }
  return { tab, errors };
}

const violations = (tab) => tab.evaluate(() => window.__violations);

await check('strict CSP: every widget renders, with no violation and no error', async () => {
  const { tab, errors } = await open('neutral');
  assert((await violations(tab)).length === 0, `violations: ${(await violations(tab)).join('; ')}`);
  assert(errors.length === 0, `errors: ${errors.join('; ')}`);
  await tab.close();
});

await check('strict CSP: using the widgets (choose a rung, type, validate, ask to cancel) causes no violation', async () => {
  const { tab, errors } = await open('neutral');
  await tab.evaluate(() => {
    const ladder = document.getElementById('ladder').shadowRoot;
    ladder.querySelector('input[name="rung"][value="3"]').click();
    const signup = document.getElementById('signup').shadowRoot;
    const name = signup.querySelector('#field-givenName');
    name.value = 'An';
    name.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    signup.querySelector('button[type="submit"]').click();
    document.getElementById('status').shadowRoot.querySelector('[part="cancel-button"]').click();
  });
  await tab
    .waitForFunction(
      () =>
        document.getElementById('signup').shadowRoot.querySelector('.error-summary') &&
        document.getElementById('ladder').value === 3 &&
        document.getElementById('status').shadowRoot.querySelector('dialog').open,
      { timeout: 5000 },
    )
    .catch(() => {});
  const dialogOpen = await tab.evaluate(() => document.getElementById('status').shadowRoot.querySelector('dialog').open);
  assert(dialogOpen, 'the application status opened its cancel confirmation');
  const ladderValue = await tab.evaluate(() => document.getElementById('ladder').value);
  assert(ladderValue === 3, `the ladder took the click (value ${JSON.stringify(ladderValue)})`);
  assert((await violations(tab)).length === 0, `violations: ${(await violations(tab)).join('; ')}`);
  assert(errors.length === 0, `errors: ${errors.join('; ')}`);
  await tab.close();
});

await check('strict CSP: the organiser view sorts, shows answers, opens a decision and downloads the CSV with no violation', async () => {
  const { tab, errors } = await open('neutral');
  const client = await tab.createCDPSession();
  // The download is refused here (nothing is written): what counts is that the page may start it.
  await client.send('Browser.setDownloadBehavior', { behavior: 'deny' });
  await tab.evaluate(() => {
    const view = document.getElementById('applications').shadowRoot;
    view.querySelector('thead th[aria-sort] button').click();
    view.querySelector('tbody button[aria-expanded]').click();
    view.querySelector('tbody [id^="decide-"]').click();
  });
  await tab.waitForFunction(() => document.getElementById('applications').shadowRoot.querySelector('form.decision select'), { timeout: 5000 });
  const downloading = tab.waitForFunction(() => /CSV|\.csv/.test(document.getElementById('applications').shadowRoot.querySelector('.announcer').textContent), {
    timeout: 5000,
  });
  await tab.evaluate(() => document.getElementById('applications').shadowRoot.querySelector('.toolbar button').click());
  await downloading;
  assert((await violations(tab)).length === 0, `violations: ${(await violations(tab)).join('; ')}`);
  assert(errors.length === 0, `errors: ${errors.join('; ')}`);
  await tab.close();
});

await check('strict CSP: switching the page to French fetches the French texts with no violation', async () => {
  const { tab, errors } = await open('neutral');
  await tab.evaluate(() => (document.documentElement.lang = 'fr'));
  await tab.waitForFunction(() => /^\s*Échelon 1 : /.test(document.getElementById('ladder').shadowRoot.querySelector('#rung-1-name')?.textContent ?? ''), {
    timeout: 10_000,
  });
  const french = await tab.evaluate(
    () =>
      performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter((url) => /\.fr-[\w-]+\.js$/.test(url)).length,
  );
  assert(french >= 5, `French text files fetched: ${french}`);
  assert((await violations(tab)).length === 0, `violations: ${(await violations(tab)).join('; ')}`);
  assert(errors.length === 0, `errors: ${errors.join('; ')}`);
  await tab.close();
});

/** Screenshots of each widget. */
async function shots(stylesheet) {
  const { tab } = await open(stylesheet);
  const result = {};
  for (const id of WIDGETS) {
    // Whole pixels inside the element: a fractional edge row would show the host page behind it.
    const box = await (await tab.$(`#${id}`)).boundingBox();
    const clip = { x: Math.ceil(box.x), y: Math.ceil(box.y), width: Math.floor(box.width), height: Math.floor(box.y + box.height) - Math.ceil(box.y) };
    result[id] = await tab.screenshot({ encoding: 'base64', clip, captureBeyondViewport: true });
  }
  await tab.close();
  return result;
}

/** How many pixels differ between two PNG screenshots (and whether their sizes differ), counted in a canvas. */
async function pixelDifference(a, b) {
  const tab = await browser.newPage();
  const result = await tab.evaluate(
    async (a, b) => {
      const load = (data) =>
        new Promise((resolve) => {
          const img = new Image();
          img.onload = () => resolve(img);
          img.src = `data:image/png;base64,${data}`;
        });
      const [one, two] = await Promise.all([load(a), load(b)]);
      if (one.width !== two.width || one.height !== two.height) return { size: `${one.width}×${one.height} vs ${two.width}×${two.height}`, differing: -1 };
      const pixels = (img) => {
        const c = document.createElement('canvas');
        c.width = img.width;
        c.height = img.height;
        const g = c.getContext('2d');
        g.drawImage(img, 0, 0);
        return g.getImageData(0, 0, c.width, c.height).data;
      };
      const [p, q] = [pixels(one), pixels(two)];
      let differing = 0;
      const rows = new Set();
      for (let i = 0; i < p.length; i += 4) {
        if (p[i] === q[i] && p[i + 1] === q[i + 1] && p[i + 2] === q[i + 2] && p[i + 3] === q[i + 3]) continue;
        differing++;
        rows.add(Math.floor(i / 4 / one.width));
      }
      const sorted = [...rows].sort((x, y) => x - y);
      return { size: `${one.width}×${one.height}`, differing, rows: sorted.length ? `rows ${sorted[0]}–${sorted.at(-1)}` : '' };
    },
    a,
    b,
  );
  await tab.close();
  return result;
}

const neutral = await shots('neutral');
const hostile = await shots('hostile');
if (process.env.SCREENSHOT_DIR) {
  for (const id of WIDGETS) {
    await writeFile(join(process.env.SCREENSHOT_DIR, `${id}-neutral.png`), Buffer.from(neutral[id], 'base64'));
    await writeFile(join(process.env.SCREENSHOT_DIR, `${id}-hostile.png`), Buffer.from(hostile[id], 'base64'));
  }
}
for (const id of WIDGETS) {
  await check(`host CSS: <${id}> looks the same on a hostile page as on a neutral one`, async () => {
    const { size, differing, rows } = await pixelDifference(neutral[id], hostile[id]);
    assert(differing === 0, differing < 0 ? `different sizes: ${size}` : `${differing} of the ${size} pixels differ (${rows})`);
  });
}

await check('without JavaScript, each fallback shows; with it, each widget replaces its fallback', async () => {
  const height = (tab) => tab.evaluate((ids) => ids.map((id) => document.querySelector(`#${id} > a`).getBoundingClientRect().height), WIDGETS);
  const off = await open('neutral', { javascript: false });
  const withoutJs = await height(off.tab);
  await off.tab.close();
  assert(
    withoutJs.every((h) => h > 0),
    `fallback heights without JavaScript: ${withoutJs}`,
  );
  const on = await open('neutral');
  const withJs = await height(on.tab);
  await on.tab.close();
  assert(
    withJs.every((h) => h === 0),
    `fallback heights once rendered: ${withJs}`,
  );
});

await browser.close();
server.close();
checks.finish();
