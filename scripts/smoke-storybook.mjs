// Opens every story and docs page of the static Storybook build in Chromium. Fails on a page error,
// a console error, a failed request for an asset, a story that errors, or (on stories) any axe
// violation. The mock API's deliberate faults (error stories) are not counted as failures.
import http from 'node:http';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.mjs';

const ROOT = fileURLToPath(new URL('../storybook-static/', import.meta.url));
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.png': 'image/png' };
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
const browser = await puppeteer.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
const entries = Object.values(JSON.parse(await readFile(join(ROOT, 'index.json'), 'utf8')).entries);

const ERROR_EVENTS = ['storyErrored', 'storyThrewException', 'playFunctionThrewException', 'storyMissing'];

async function check(entry) {
  // Its own context for every story: no storage (drafts, msw state) leaks from one story to another.
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const problems = [];
  const isApi = (url) => url.includes(API);
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const url = message.location()?.url ?? '';
    // Chromium logs every failed fetch; the API's failures are the error stories' point.
    if (isApi(url) || url.endsWith('/favicon.ico')) return;
    problems.push(`console error: ${message.text()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !isApi(response.url()) && !response.url().endsWith('/favicon.ico')) problems.push(`HTTP ${response.status()} ${response.url()}`);
  });
  await page.evaluateOnNewDocument((events) => {
    window.__sbEvents = [];
    let channel;
    Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
      configurable: true,
      get: () => channel,
      set: (value) => {
        channel = value;
        for (const name of events) value.on(name, (payload) => window.__sbEvents.push({ name, status: payload?.status, detail: JSON.stringify(payload ?? null).slice(0, 300) }));
      },
    });
  }, ['storyRendered', 'storyFinished', 'docsRendered', ...ERROR_EVENTS]);

  const started = Date.now();
  const isDocs = entry.type === 'docs';
  await page.goto(`${base}/iframe.html?id=${entry.id}&viewMode=${isDocs ? 'docs' : 'story'}`, { waitUntil: 'load' });
  const done = isDocs ? 'docsRendered' : 'storyFinished';
  try {
    await page.waitForFunction((done, errors) => window.__sbEvents.some((e) => e.name === done || errors.includes(e.name)), { timeout: 20_000 }, done, ERROR_EVENTS);
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
      .waitForFunction(() => [...document.querySelectorAll('#storybook-root *')].filter((el) => el.localName.startsWith('ino-') && el.shadowRoot).every((el) => !el.shadowRoot.querySelector('.loading')), { timeout: 4_000 })
      .catch(() => {});
    await page.addScriptTag({ path: AXE });
    const violations = await page.evaluate(async () => {
      const result = await window.axe.run(document.querySelector('#storybook-root'), { resultTypes: ['violations'] });
      return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
    });
    for (const v of violations) problems.push(`axe: ${v}`);
  }
  if (process.env.SCREENSHOT_DIR) await page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/${entry.id}.png`, fullPage: true });
  await context.close();
  return { entry, problems, ms: Date.now() - started };
}

let failed = 0;
const queue = [...entries];
await Promise.all(
  Array.from({ length: PAGES_AT_ONCE }, async () => {
    for (let entry = queue.shift(); entry; entry = queue.shift()) {
      const { problems, ms } = await check(entry);
      if (problems.length) failed++;
      console.log(`${problems.length ? 'FAIL' : 'ok  '} ${entry.id} (${ms} ms)${problems.map((p) => `\n     ${p}`).join('')}`);
    }
  }),
);
await browser.close();
server.close();
console.log(`storybook: ${entries.length - failed} passed, ${failed} failed`);
process.exit(failed || entries.length === 0 ? 1 : 0);
