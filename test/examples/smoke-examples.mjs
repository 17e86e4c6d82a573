// The example pages in Chromium, as `npm start` serves them (against the reference server, its
// embedded database freshly seeded) and as `npm run start:offline` does (the API simulated in the
// page). Every widget must show its content (a practice card its title, a challenge feed its list, a
// signup its form, the ladder its rungs), with no page error, no console error and no failed request;
// with the server, no service worker may be involved. A page with interactions to prove (the React
// example) then runs them, each counted as a test; then axe checks every page, also counted. Nothing
// is submitted to the server. Run `npm run build` first.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { axeViolations, collectProblems, launchChromium, tally } from '../support/browser-checks.mjs';
import { startScript } from '../support/start-script.mjs';
import { reactExampleChecks } from './react-example-checks.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PAGES = [
  '/examples/',
  '/examples/plain-html/',
  '/examples/municipality/',
  '/examples/intranet/',
  '/examples/intranet/leertrajecten/',
  '/examples/participatie/',
  '/examples/organiser/',
  '/examples/react/',
  '/examples/mijn-inschrijving/',
  '/examples/municipality/?lang=fr',
];
/** The checks a page runs once it has loaded cleanly. */
const INTERACTIONS = {
  '/examples/react/': reactExampleChecks,
  // Only offline: the demo tokens are the mock's; the server does not know them (and says so, with a 401).
  '/examples/mijn-inschrijving/': [['offline, a demo link shows its application and leaves the address bar', demoLinkShowsOffer, 'offline']],
  '/examples/municipality/?lang=fr': [['the language switch makes every widget speak French', widgetsSpeak('fr')]],
};

/** The manage page's demo link for an offer: the widget takes the token, removes it from the address, shows the offer. */
async function demoLinkShowsOffer(page) {
  const OFFERED = 'Er is een plaats voor je vrij';
  const shown = () => document.querySelector('ino-application-status').shadowRoot.querySelector('.status-title')?.textContent.trim();
  await page.click('a[href="#token=demo-offered"]');
  await page
    .waitForFunction(
      (offered) => document.querySelector('ino-application-status').shadowRoot.querySelector('.status-title')?.textContent.trim() === offered,
      { timeout: 10_000 },
      OFFERED,
    )
    .catch(() => {});
  const problems = [];
  const status = await page.evaluate(shown);
  if (status !== OFFERED) problems.push(`the widget shows: ${status}`);
  if (await page.evaluate(() => location.hash)) problems.push(`the address still has a fragment: ${page.url()}`);
  return problems;
}

/** Every widget's own words are in `lang` (its shadow root's `.base` says so) while the page stays Dutch. */
function widgetsSpeak(lang) {
  return async (page) => {
    const seen = await page.$$eval(WIDGETS, (widgets) => widgets.map((w) => w.shadowRoot?.querySelector('.base')?.getAttribute('lang')));
    const pageLang = await page.evaluate(() => document.documentElement.lang);
    const problems = seen.filter((l) => l !== lang).map((l) => `a widget speaks ${l}`);
    if (!seen.length) problems.push('no widget');
    if (pageLang !== 'nl') problems.push(`the page's own language became ${pageLang}`);
    return problems;
  };
}
/** Each widget of the examples, and what its shadow root shows once its content is there. */
const READY = {
  'ino-practice-card': '.title',
  'ino-challenge-feed': '.list li',
  // Only rendered: the smoke test never submits, so it writes nothing to the server's database.
  'ino-learning-track-signup': 'form',
  'ino-participation-ladder': 'input[type="radio"]',
  // Opened without a manage token: the calm "no valid link" view, with no request.
  'ino-application-status': '.invalid-link',
  // Without a token (the smoke test has none) it asks for a sign-in and reads nothing.
  'ino-track-applications': '.signed-out',
};
/** Widgets that ask the API nothing without a token: the organisers' view before a sign-in, the application status without a manage link. */
const SIGN_IN_FIRST = new Set(['ino-track-applications', 'ino-application-status']);
const WIDGETS = Object.keys(READY).join(', ');

const dataDir = await mkdtemp(join(tmpdir(), 'ino-examples-'));
const modes = [
  {
    name: 'server',
    ...(await startScript('packages/server/src/main.ts', { INO_STATIC_ROOT: ROOT, INO_DATA_DIR: dataDir }, /Examples against it: (http:\/\/[^/\s]+)/)),
  },
  { name: 'offline', ...(await startScript('examples/serve-offline.mjs', {}, /(http:\/\/localhost:\d+)\/examples\//)) },
];
const browser = await launchChromium();

async function check(mode, path) {
  const page = await browser.newPage();
  // The React example signs its organiser view in with the offline demo's token, which the real
  // server refuses (401): the widget's answer to that is checked, Chromium's log line is expected.
  const problems = collectProblems(page, { ignoreConsole: (message) => /status of 401/.test(message.text()) && message.location()?.url?.includes('/admin/') });
  const apiAnswers = [];
  // An API request the page cancels itself (a widget superseding its own fetch) has not failed.
  page.on('requestfailed', (request) => {
    if (!(request.url().includes('/ino/v1/') && request.failure()?.errorText === 'net::ERR_ABORTED')) problems.push(`request failed: ${request.url()}`);
  });
  page.on('response', (response) => {
    if (response.url().includes('/ino/v1/')) apiAnswers.push(response.status());
    else if (response.status() >= 400) problems.push(`HTTP ${response.status()} ${response.url()}`);
  });
  await page.goto(`${mode.origin}${path}`, { waitUntil: 'load' });
  // An app (the React example) renders its widgets after load: wait for them before counting.
  if (INTERACTIONS[path]) await page.waitForSelector(WIDGETS, { timeout: 15_000 }).catch(() => problems.push('the app rendered no widget'));
  const expected = await page.$$eval(WIDGETS, (widgets) => widgets.length);
  try {
    // Done when every widget shows its content or an error.
    await page.waitForFunction(
      (selector, ready) =>
        [...document.querySelectorAll(selector)].every((widget) => widget.shadowRoot?.querySelector(`${ready[widget.localName]}, [role=alert]`)),
      { timeout: 15_000 },
      WIDGETS,
      READY,
    );
  } catch {
    problems.push('the widgets did not finish loading');
  }
  const states = await page.$$eval(
    WIDGETS,
    (widgets, ready) =>
      widgets.map((widget) => ({
        tag: widget.localName,
        ready: Boolean(widget.shadowRoot?.querySelector(ready[widget.localName])),
        alert: widget.shadowRoot?.querySelector('[role=alert]')?.textContent?.trim(),
      })),
    READY,
  );
  for (const { tag, ready, alert } of states) {
    if (alert) problems.push(`${tag} shows an error: ${alert}`);
    else if (!ready) problems.push(`${tag} shows no content`);
  }
  const worker = await page.evaluate(() => Boolean(navigator.serviceWorker?.controller));
  if (mode.name === 'server' && worker) problems.push('a service worker answers the page: the API is not the server');
  const readWithoutSignIn = states.filter(({ tag }) => !SIGN_IN_FIRST.has(tag)).length;
  if (mode.name === 'server' && readWithoutSignIn && !apiAnswers.some((status) => status === 200)) problems.push('no answer from the server API');
  const results = [{ name: `${mode.name} ${path} (${expected} widgets)`, problems }];
  // Errors during the interactions still count against the page (its problems list is shared).
  const loadedCleanly = problems.length === 0;
  for (const [name, run, onlyIn] of INTERACTIONS[path] ?? []) {
    if (onlyIn && onlyIn !== mode.name) continue;
    const found = loadedCleanly ? await run(page).catch((error) => [`threw: ${error.message}`]) : ['not run: the page did not load cleanly'];
    results.push({ name: `${mode.name} ${path}: ${name}`, problems: found });
  }
  // Every page, after its interactions: the host markup around the widgets and the widgets inside it
  // (a skipped heading level between the page's headings and a widget's is a violation).
  results.push({
    name: `${mode.name} ${path}: axe finds no violations`,
    problems: await axeViolations(page).catch((error) => [`axe threw: ${error.message}`]),
  });
  await page.close();
  return results;
}

const checks = tally('examples');
try {
  for (const mode of modes) {
    for (const path of PAGES) {
      for (const { name, problems } of await check(mode, path)) checks.record(name, problems);
    }
  }
} finally {
  await browser.close();
  for (const mode of modes) {
    mode.stop();
    await mode.exited;
  }
  await rm(dataDir, { recursive: true, force: true });
}
checks.finish();
