// A page on one origin embeds the module build from the CDN layout on another, as a municipality's site
// embeds it from a CDN (npm run build first). The reference server is the script and API host on
// http://127.0.0.1:<p1>; a tiny static host serves the page on http://localhost:<p2>, another origin.
// In Chromium:
// - the module loads with its integrity attribute, its language chunks load cross-origin, and the
//   signup speaks French from its lazy chunk;
// - while the operator has not allowed the page's origin, sending is refused (403) and the widget says
//   so in French and shows the host's fallback link;
// - with INO_ALLOWED_ORIGINS=http://localhost:<p2>, the same page sends the application once (201) and
//   shows the result;
// - a wrong integrity value makes the browser refuse the script: no widget, the fallback stays.
// Ends with "cross-origin: N passed, N failed".
import http from 'node:http';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { collectProblems, launchChromium, tally } from '../support/browser-checks.mjs';
import { startScript } from '../support/start-script.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const { version } = JSON.parse(await readFile(join(ROOT, 'packages/widgets/package.json'), 'utf8'));
const FOLDER = `/dist/cdn/ino-widgets@${version}`;
const integrity = JSON.parse(await readFile(join(ROOT, `${FOLDER}/integrity.json`), 'utf8'));
const TRACK = 'lerend-netwerk-participatie-2027';
const FALLBACK = 'https://example.org/inschrijven';
const FRENCH_RESULT_TITLES = {
  confirmed: 'Vous êtes inscrit·e',
  received: 'Nous avons reçu votre candidature',
  waitlisted: "Vous êtes sur la liste d'attente",
};

/** The host page: the versioned module with its integrity attribute, and a French signup with a fallback link. */
const page = (scriptHost, sri) => `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Une commune</title>
<script type="module" src="${scriptHost}${FOLDER}/ino-widgets.js" integrity="${sri}" crossorigin="anonymous"></script>
</head><body><main><h1>Une commune</h1>
<ino-learning-track-signup api-base="${scriptHost}/ino/v1" track-id="${TRACK}" lang="fr"><a href="${FALLBACK}">S'inscrire par e-mail</a></ino-learning-track-signup>
</main></body></html>`;

// Only the page: every script, chunk and API answer comes from the other origin.
const pageHost = http.createServer((request, response) => {
  const url = new URL(request.url, 'http://x');
  if (url.pathname === '/favicon.ico') return response.writeHead(204).end();
  if (url.pathname !== '/commune.html') return response.writeHead(404).end();
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(url.searchParams.get('host'), url.searchParams.get('integrity')));
});
await new Promise((resolve) => pageHost.listen(0, '127.0.0.1', resolve));
const PAGE_ORIGIN = `http://localhost:${pageHost.address().port}`;

const dataDirs = [];
/** The reference server as script and API host, with a fresh database; `allowed` is INO_ALLOWED_ORIGINS. */
async function startServer(allowed) {
  const dataDir = await mkdtemp(join(tmpdir(), 'ino-cross-origin-'));
  dataDirs.push(dataDir);
  const env = { INO_STATIC_ROOT: ROOT, INO_DATA_DIR: dataDir, ...(allowed ? { INO_ALLOWED_ORIGINS: allowed } : {}) };
  return startScript('packages/server/src/main.ts', env, /Examples against it: (http:\/\/[^/\s]+)/);
}

const browser = await launchChromium();
const checks = tally('cross-origin');
const assert = (condition, message) => {
  if (!condition) throw new Error(message);
};

/**
 * Opens the page in a fresh browser context (no draft left by an earlier check), with the scripts from
 * `host`; records every POST to the API with its status and body. A refused request is logged by
 * Chromium as a console error: the checks look at the answers instead.
 */
async function open(host, sri = integrity['ino-widgets.js']) {
  const context = await browser.createBrowserContext();
  const tab = await context.newPage();
  const consoleErrors = [];
  tab.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));
  const problems = collectProblems(tab, { ignoreConsole: (message) => /status of 403/.test(message.text()) });
  const posts = [];
  tab.on('response', (response) => {
    if (response.status() >= 400 && response.request().method() !== 'POST') problems.push(`HTTP ${response.status()} ${response.url()}`);
    // Recorded as it arrives; its body (a promise) is read when a check needs it.
    if (response.request().method() === 'POST') posts.push({ status: response.status(), body: response.json().catch(() => undefined) });
  });
  await tab.goto(`${PAGE_ORIGIN}/commune.html?${new URLSearchParams({ host, integrity: sri })}`, { waitUntil: 'load' });
  /** Waits (20 s at most) until `pageFunction` is true in the page; a timeout names what did not show and the page's errors. */
  const until = (what, pageFunction) =>
    tab.waitForFunction(pageFunction, { timeout: 20_000 }).catch(() => {
      throw new Error(`${what} did not show within 20 s; the page's errors: ${problems.join('; ') || 'none'}`);
    });
  return { tab, until, problems, consoleErrors, posts, close: () => context.close() };
}

/** Waits for the French form, fills every field as a person would and sends it. */
async function fillAndSend({ tab, until }) {
  await until('the form', () => document.querySelector('ino-learning-track-signup')?.shadowRoot?.querySelector('form button[type="submit"]'));
  await tab.evaluate(() => {
    const form = document.querySelector('ino-learning-track-signup').shadowRoot.querySelector('form');
    const type = (control, value) => {
      control.value = value;
      control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    };
    for (const control of form.querySelectorAll('input[type="text"]')) type(control, 'Anne');
    for (const control of form.querySelectorAll('input[type="email"]')) type(control, 'anne.dupont@example.org');
    for (const control of form.querySelectorAll('textarea')) type(control, 'Nous organisons un budget participatif.');
    for (const control of form.querySelectorAll('input[type="checkbox"]')) if (!control.checked) control.click();
  });
  await tab.evaluate(() => document.querySelector('ino-learning-track-signup').shadowRoot.querySelector('form button[type="submit"]').click());
}

const shadowText = (tab, selector) =>
  tab.evaluate(
    (selector) => document.querySelector('ino-learning-track-signup').shadowRoot.querySelector(selector)?.textContent.replace(/\s+/g, ' ').trim() ?? '',
    selector,
  );
const fallbackHeight = (tab) => tab.evaluate(() => document.querySelector('ino-learning-track-signup > a').getBoundingClientRect().height);

let server = await startServer();
try {
  await checks.check('the module and its French chunk load from another origin with their integrity; the form speaks French', async () => {
    const { tab, until, problems, close } = await open(server.origin);
    await until('the French form', () =>
      /Prénom/.test(document.querySelector('ino-learning-track-signup')?.shadowRoot?.querySelector('label[for="field-givenName"]')?.textContent ?? ''),
    );
    const loaded = await tab.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
    const chunks = loaded.filter((url) => /\/ino-widgets\/[\w.-]+\.fr-[\w-]+\.js$/.test(url));
    assert(
      loaded.some((url) => url === `${server.origin}${FOLDER}/ino-widgets.js`),
      `the versioned module was not loaded: ${loaded.join(', ')}`,
    );
    assert(
      chunks.length >= 1 && chunks.every((url) => url.startsWith(`${server.origin}${FOLDER}/ino-widgets/`)),
      `French chunks from the CDN folder: ${chunks.join(', ') || 'none'}`,
    );
    assert(new URL(tab.url()).origin !== server.origin, 'the page and the scripts share an origin');
    assert((await fallbackHeight(tab)) === 0, 'the fallback link still shows beside the rendered widget');
    await close();
    return problems;
  });

  await checks.check('from an origin not allowed yet, sending is refused: the widget says so in French and shows the fallback link', async () => {
    const opened = await open(server.origin);
    const { tab, until, problems, posts, close } = opened;
    await fillAndSend(opened);
    await until('the notice', () => document.querySelector('ino-learning-track-signup').shadowRoot.querySelector('.notice[role="alert"]'));
    // A retry would come within this quiet half second: the count below must see it.
    await tab.waitForNetworkIdle({ idleTime: 500 });
    const notice = await shadowText(tab, '.notice[role="alert"]');
    assert(notice.startsWith("Ce site ne peut pas encore envoyer d'inscriptions."), `the notice: ${notice}`);
    assert(
      posts.length === 1 && posts[0].status === 403 && (await posts[0].body)?.type?.endsWith('forbidden-origin'),
      `POSTs: ${JSON.stringify(posts.map(({ status }) => status))}`,
    );
    const height = await fallbackHeight(tab);
    assert(height > 0, 'the fallback link does not show');
    assert((await tab.evaluate(() => document.querySelector('ino-learning-track-signup > a').href)) === FALLBACK, 'another fallback link');
    await close();
    return problems;
  });

  await checks.check('a wrong integrity value: the browser refuses the script, and the fallback link stays', async () => {
    // A well-formed SHA-384 digest of other bytes (the classic bundle's).
    const { tab, problems, consoleErrors, close } = await open(server.origin, integrity['ino-widgets.iife.js']);
    const refused = () => consoleErrors.some((text) => /integrity/i.test(text));
    for (let waited = 0; !refused() && waited < 10_000; waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));
    assert(refused(), `no integrity error in the console: ${consoleErrors.join('; ') || 'none'}`);
    assert(!(await tab.evaluate(() => customElements.get('ino-learning-track-signup'))), 'the widget was defined');
    assert((await fallbackHeight(tab)) > 0, 'the fallback link does not show');
    await close();
    // The refusal is the expected console error; anything else is a problem.
    return problems.filter((problem) => !/integrity/i.test(problem));
  });

  server.stop();
  await server.exited;
  server = await startServer(PAGE_ORIGIN);

  await checks.check(`once the operator allows ${PAGE_ORIGIN}, the same page sends the application once (201) and shows the result in French`, async () => {
    const opened = await open(server.origin);
    const { tab, until, problems, posts, close } = opened;
    await fillAndSend(opened);
    await until('the result', () => document.querySelector('ino-learning-track-signup').shadowRoot.querySelector('.result'));
    await tab.waitForNetworkIdle({ idleTime: 500 });
    assert(posts.length === 1 && posts[0].status === 201, `POSTs: ${JSON.stringify(posts.map(({ status }) => status))}`);
    const { status } = await posts[0].body;
    const title = await shadowText(tab, '#result-title');
    assert(FRENCH_RESULT_TITLES[status] && title === FRENCH_RESULT_TITLES[status], `the result's title for status ${status}: ${title}`);
    await close();
    return problems;
  });
} finally {
  await browser.close();
  server.stop();
  await server.exited;
  pageHost.close();
  for (const dir of dataDirs) await rm(dir, { recursive: true, force: true });
}
checks.finish();
