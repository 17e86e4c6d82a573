// Opens every story and docs page of the static Storybook build in Chromium, and the stories tagged
// 'smoke-dark' (normal, loading and error states) a second time in the dark theme (globals=theme:dark,
// see .storybook/preview.ts). Fails on a page error, a console error, a failed request for an asset,
// a story that errors, or (on stories) any axe violation. The mock API's deliberate faults (error
// stories) are not counted as failures. Each visit is one check. Every visit also checks that the
// page loaded one Lit, in production mode (see litProblems).
import http from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { axeViolations, collectProblems, launchChromium, tally } from '../support/browser-checks.mjs';

const ROOT = fileURLToPath(new URL('../../storybook-static/', import.meta.url));
const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
};
const API = '/ino/v1/';
const PAGES_AT_ONCE = 2;

const server = http.createServer(async (request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  try {
    const body = await readFile(join(ROOT, path.endsWith('/') ? `${path}index.html` : path));
    response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
  } catch {
    response.writeHead(404).end('not found');
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await launchChromium();
const entries = Object.values(JSON.parse(await readFile(join(ROOT, 'index.json'), 'utf8')).entries);
const darkEntries = entries.filter((entry) => entry.type === 'story' && entry.tags?.includes('smoke-dark'));
if (!darkEntries.length) throw new Error('no story is tagged smoke-dark: the dark theme would go unchecked');
const visits = [...entries.map((entry) => ({ entry, dark: false })), ...darkEntries.map((entry) => ({ entry, dark: true }))];

// Lit's dev build logs these (as warnings, once per page); its production build logs nothing.
const LIT_DEV_MESSAGES = ['Lit is in dev mode', 'Multiple versions of Lit loaded'];
// Each copy of Lit's three parts pushes its version here when it loads, in dev and production builds alike.
const LIT_VERSION_LISTS = ['litHtmlVersions', 'litElementVersions', 'reactiveElementVersions'];

/**
 * What says the page did not load exactly one Lit in production mode: Lit's dev-mode warnings, and
 * any of Lit's version lists with other than one entry. The lists catch a second production copy
 * (our widgets' and Storybook's renderer's), which logs nothing.
 */
async function litProblems(page, consoleMessages) {
  const problems = consoleMessages.filter((text) => LIT_DEV_MESSAGES.some((message) => text.includes(message))).map((text) => `Lit: ${text}`);
  const versions = await page.evaluate((names) => names.map((name) => [name, globalThis[name] ?? []]), LIT_VERSION_LISTS);
  for (const [name, loaded] of versions) if (loaded.length !== 1) problems.push(`Lit: ${name} is [${loaded.join(', ')}], not one version`);
  return problems;
}

const ERROR_EVENTS = ['storyErrored', 'storyThrewException', 'playFunctionThrewException', 'storyMissing'];

async function check({ entry, dark }) {
  // Its own context for every story: no storage (drafts, msw state) leaks from one story to another.
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const isApi = (url) => url.includes(API);
  // Chromium logs every failed fetch; the API's failures are the error stories' point.
  const problems = collectProblems(page, {
    ignoreConsole: (message) => {
      const url = message.location()?.url ?? '';
      return isApi(url) || url.endsWith('/favicon.ico');
    },
  });
  const consoleMessages = [];
  page.on('console', (message) => consoleMessages.push(message.text()));
  page.on('response', (response) => {
    if (response.status() >= 400 && !isApi(response.url()) && !response.url().endsWith('/favicon.ico'))
      problems.push(`HTTP ${response.status()} ${response.url()}`);
  });
  await page.evaluateOnNewDocument(
    (events) => {
      window.__sbEvents = [];
      let channel;
      Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
        configurable: true,
        get: () => channel,
        set: (value) => {
          channel = value;
          for (const name of events)
            value.on(name, (payload) => window.__sbEvents.push({ name, status: payload?.status, detail: JSON.stringify(payload ?? null).slice(0, 300) }));
        },
      });
    },
    ['storyRendered', 'storyFinished', 'docsRendered', ...ERROR_EVENTS],
  );

  const started = Date.now();
  const isDocs = entry.type === 'docs';
  await page.goto(`${base}/iframe.html?id=${entry.id}&viewMode=${isDocs ? 'docs' : 'story'}${dark ? '&globals=theme:dark' : ''}`, { waitUntil: 'load' });
  const done = isDocs ? 'docsRendered' : 'storyFinished';
  try {
    await page.waitForFunction(
      (done, errors) => window.__sbEvents.some((e) => e.name === done || errors.includes(e.name)),
      { timeout: 20_000 },
      done,
      ERROR_EVENTS,
    );
  } catch {
    problems.push(`no ${done} within 20 s`);
  }
  for (const event of await page.evaluate(() => window.__sbEvents)) {
    if (ERROR_EVENTS.includes(event.name)) problems.push(`${event.name}: ${event.detail}`);
    if (event.name === 'storyFinished' && event.status !== 'success') problems.push(`story finished with status ${event.status}`);
  }

  if (!isDocs) {
    // Let the widgets settle (a loading story stays loading: that is its state to check).
    await page
      .waitForFunction(
        () =>
          [...document.querySelectorAll('#storybook-root *')]
            .filter((el) => el.localName.startsWith('ino-') && el.shadowRoot)
            .every((el) => !el.shadowRoot.querySelector('.loading')),
        { timeout: 4_000 },
      )
      .catch(() => {});
    if (dark && !(await page.$('#storybook-root ino-provider[theme="dark"] > *'))) {
      problems.push('the story is not inside <ino-provider theme="dark">: the theme global did not apply');
    }
    problems.push(...(await axeViolations(page, '#storybook-root')));
  }
  problems.push(...(await litProblems(page, consoleMessages)));
  if (process.env.SCREENSHOT_DIR) await page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/${entry.id}${dark ? '--dark' : ''}.png`, fullPage: true });
  await context.close();
  return { entry, problems, ms: Date.now() - started };
}

const checks = tally('storybook');
const queue = [...visits];
await Promise.all(
  Array.from({ length: PAGES_AT_ONCE }, async () => {
    for (let visit = queue.shift(); visit; visit = queue.shift()) {
      const { problems, ms } = await check(visit);
      checks.record(`${visit.entry.id}${visit.dark ? ' [dark theme]' : ''} (${ms} ms)`, problems);
    }
  }),
);
await browser.close();
server.close();
checks.finish();
