// The organiser's half of issue 16's done-when journey, in Chromium against the real server: the
// example organiser page (examples/organiser/) signed in with an API token made by the command line,
// applications made through the public POST, then from the table a selection and a decline, a 412
// from a decision a colleague made meanwhile (through the API) and the recovery from it, and the CSV
// downloaded and read. axe checks every state visited. Run `npm run build` first; then
// `node test/journeys/organiser-journey.mjs` prints "organiser-journey: N passed, N failed".
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { axeViolations, collectProblems, launchChromium, tally } from '../support/browser-checks.mjs';
import { startScript } from '../support/start-script.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TRACK = 'lerend-netwerk-participatie-2027';
const WIDGET = 'ino-track-applications';
const run = promisify(execFile);

const dataDir = await mkdtemp(join(tmpdir(), 'ino-organiser-journey-'));
const downloads = await mkdtemp(join(tmpdir(), 'ino-organiser-csv-'));
const env = { ...process.env, INO_DATA_DIR: dataDir };

// The token, as an operator makes one (before the server starts: the embedded database takes one process).
const made = await run(
  process.execPath,
  [
    '--import',
    'tsx',
    'packages/server/src/cli/ino-server.ts',
    'token',
    'create',
    '--name',
    'journey-organiser',
    '--scopes',
    'applications:read,applications:decide',
  ],
  {
    cwd: ROOT,
    env,
  },
);
const token = made.stdout.trim().split('\n').at(-1);

const server = await startScript('packages/server/src/main.ts', { INO_STATIC_ROOT: ROOT, INO_DATA_DIR: dataDir }, /Examples against it: (http:\/\/[^/\s]+)/);
const api = `${server.origin}/ino/v1`;
const browser = await launchChromium();
const checks = tally('organiser-journey');

/** Applies to the track through the public API, as an applicant's form does. */
async function apply(givenName, familyName) {
  const track = await (await fetch(`${api}/learning-tracks/${TRACK}`)).json();
  const response = await fetch(`${api}/learning-tracks/${TRACK}/applications`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
    body: JSON.stringify({
      givenName,
      familyName,
      email: `${givenName}.${familyName}@example.org`.toLowerCase(),
      organisation: 'Stad Gent',
      answers: Object.fromEntries(track.questions.map((q) => [q.id, `Antwoord van ${givenName}.`])),
      consentVersion: track.consent.version,
      lang: 'nl',
    }),
  });
  if (response.status !== 201) throw new Error(`applying answered ${response.status}: ${await response.text()}`);
  return (await response.json()).id;
}

const admin = (path, init = {}) => fetch(`${api}/admin${path}`, { ...init, headers: { authorization: `Bearer ${token}`, ...init.headers } });

const page = await browser.newPage();
const problems = collectProblems(page, {
  // The 412 is expected: Chromium logs the failed request as a console error.
  ignoreConsole: (message) => /status of 412/.test(message.text()),
});
const deep = (selector) => `${WIDGET} >>> ${selector}`;
/** Waits until the widget's shadow root shows `selector` (polled: puppeteer's deep selectors miss some re-renders). */
const shown = (selector, timeout = 10_000) =>
  page.waitForFunction((widget, selector) => document.querySelector(widget)?.shadowRoot?.querySelector(selector), { timeout }, WIDGET, selector);
const statusOf = (name) =>
  page.$$eval(
    deep('tbody tr'),
    (rows, name) =>
      rows
        .find((row) => row.querySelector('th')?.textContent?.includes(name))
        ?.querySelector('.status')
        ?.textContent?.trim(),
    name,
  );
const waitForStatus = (name, status) =>
  page.waitForFunction(
    (widget, name, status) =>
      [...(document.querySelector(widget)?.shadowRoot?.querySelectorAll('tbody tr') ?? [])].some(
        (row) => row.querySelector('th')?.textContent?.includes(name) && row.querySelector('.status')?.textContent?.trim() === status,
      ),
    { timeout: 10_000 },
    WIDGET,
    name,
    status,
  );
/** What the widget shows now, for a failure's message. */
const widgetSays = () =>
  page
    .$eval(WIDGET, (w) =>
      (w.shadowRoot.querySelector('[role="alert"], .state, .notice')?.textContent ?? w.shadowRoot.textContent).replace(/\s+/g, ' ').slice(0, 300),
    )
    .catch(() => '(nothing)');
/** A check of the journey; when it throws, the message says what the widget showed then. */
const step = (label, run) =>
  checks.check(label, async () => {
    try {
      return await run();
    } catch (error) {
      throw new Error(`${error.message}; the widget says: ${await widgetSays()}`, { cause: error });
    }
  });
const axe = async () => [...(await axeViolations(page)), ...problems.splice(0)];

/** Searches for `name`, opens its decision form, and waits until the widget has read the row's version. */
async function openDecision(name) {
  const search = await page.$(deep('#search'));
  await search.click({ clickCount: 3 });
  await search.type(name);
  // The search waits for a pause in typing: until then the table still shows the previous one.
  await page.waitForFunction(
    (widget, name) => {
      const rows = document.querySelector(widget).shadowRoot.querySelectorAll('tbody tr:not(.details)');
      return rows.length === 1 && rows[0].querySelector('th').textContent.includes(name);
    },
    { timeout: 5000 },
    WIDGET,
    name,
  );
  const read = page.waitForResponse((r) => /\/admin\/applications\/[^/]+$/.test(new URL(r.url()).pathname) && r.request().method() === 'GET');
  await page.click(deep('tbody [id^="decide-"]'));
  await read;
  await shown('form.decision select');
}

async function decide(decision, note) {
  await page.select(deep('form.decision select'), decision);
  if (note) await page.type(deep('form.decision textarea'), note);
  await page.click(deep('form.decision button[type="submit"]'));
}

try {
  const [first, second, third] = [await apply('Ann', 'Journeytest'), await apply('Bert', 'Journeytest'), await apply('Carla', 'Journeytest')];

  await step('the organiser page without a token asks for one', async () => {
    await page.goto(`${server.origin}/examples/organiser/`, { waitUntil: 'load' });
    await shown('.signed-out', 15_000);
    return axe();
  });

  await step('signed in with the token, the table shows the applications', async () => {
    await page.type('#token', token);
    await page.click('#sign-in button[type="submit"]');
    await page.waitForFunction((widget) => document.querySelector(widget).shadowRoot.querySelector('table'), { timeout: 15_000 }, WIDGET);
    const found = [];
    if ((await page.$eval('#token', (field) => field.value)) !== '') found.push('the token stayed in the field');
    if ((await page.$eval(WIDGET, (w) => w.getAttribute('access-token'))) !== null) found.push('the token is in an attribute');
    return [...found, ...(await axe())];
  });

  await step('selects Ann from the table', async () => {
    await openDecision('Ann Journeytest');
    await decide('select', 'Sterk profiel');
    await waitForStatus('Ann Journeytest', 'Bevestigd');
    const stored = await (await admin(`/applications/${first}`)).json();
    return [...(stored.status === 'confirmed' ? [] : [`the server has ${stored.status}`]), ...(await axe())];
  });

  await step('declines Bert from the table', async () => {
    await openDecision('Bert Journeytest');
    await decide('decline');
    await waitForStatus('Bert Journeytest', 'Niet geselecteerd');
    const stored = await (await admin(`/applications/${second}`)).json();
    return [...(stored.status === 'declined' ? [] : [`the server has ${stored.status}`]), ...(await axe())];
  });

  await step('a colleague decides on Carla meanwhile: 412, the row is read again, and the organiser is told', async () => {
    await openDecision('Carla Journeytest');
    // The colleague, through the API, after the widget read the row's version.
    const read = await admin(`/applications/${third}`);
    const colleague = await admin(`/applications/${third}/decision`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'if-match': read.headers.get('etag') },
      body: JSON.stringify({ decision: 'waitlist', note: 'Collega' }),
    });
    if (colleague.status !== 200) return [`the colleague's decision answered ${colleague.status}`];
    const refused = page.waitForResponse((r) => r.url().endsWith(`/applications/${third}/decision`));
    await decide('decline');
    const status = (await refused).status();
    await shown('form.decision [role="alert"]');
    const message = await page.$eval(deep('form.decision [role="alert"]'), (p) => p.textContent);
    const found = [];
    if (status !== 412) found.push(`the decision answered ${status}, not 412`);
    if (!message.includes('Iemand anders')) found.push(`the message is: ${message}`);
    // Put on the waitlist with a seat free, she is offered it at once: the row shows what the server has now.
    const now = (await (await admin(`/applications/${third}`)).json()).status;
    const words = { waitlisted: 'Op de wachtlijst', offered: 'Plaats aangeboden' }[now];
    if (!words || (await statusOf('Carla Journeytest')) !== words) found.push(`the server has ${now}, the row shows ${await statusOf('Carla Journeytest')}`);
    return [...found, ...(await axe())];
  });

  await step('recovers: the decision made again on the fresh version goes through', async () => {
    await page.select(deep('form.decision select'), 'select');
    await page.click(deep('form.decision button[type="submit"]'));
    await waitForStatus('Carla Journeytest', 'Bevestigd');
    const stored = await (await admin(`/applications/${third}`)).json();
    return [...(stored.status === 'confirmed' ? [] : [`the server has ${stored.status}`]), ...(await axe())];
  });

  await step('downloads the CSV, named after the track, with the decisions in it', async () => {
    const session = await page.createCDPSession();
    await session.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads });
    await page.click(deep('.toolbar button'));
    let files = [];
    for (let i = 0; i < 100 && !files.some((f) => f.endsWith('.csv')); i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      files = await readdir(downloads);
    }
    const file = files.find((f) => f.endsWith('.csv'));
    if (!file) return [`no CSV was downloaded (${files.join(', ') || 'nothing'})`];
    const csv = await readFile(join(downloads, file), 'utf8');
    const lines = csv.replace(/^\uFEFF/, '').split(/\r?\n/);
    const found = [];
    if (!file.includes('lerend-netwerk-participatie-2027')) found.push(`the file is named ${file}`);
    for (const [name, status] of [
      ['Ann', 'confirmed'],
      ['Bert', 'declined'],
      ['Carla', 'confirmed'],
    ]) {
      if (!lines.some((line) => line.includes(name) && line.includes('Journeytest') && line.includes(status))) found.push(`no row for ${name} with ${status}`);
    }
    return [...found, ...(await axe())];
  });

  await step('signing out removes the personal data from the page', async () => {
    await page.click('#sign-out');
    await shown('.signed-out');
    const stillShown = await page.$eval(WIDGET, (w) => w.shadowRoot.textContent.includes('Journeytest'));
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
    return [...(stillShown ? ['names are still shown'] : []), ...(stored.includes('Journeytest') ? ['names are in storage'] : []), ...(await axe())];
  });
} catch (error) {
  checks.record('the journey ran to its end', [String(error?.stack ?? error), `the widget says: ${await widgetSays()}`]);
} finally {
  await browser.close();
  server.stop();
  await server.exited;
  await rm(dataDir, { recursive: true, force: true });
  await rm(downloads, { recursive: true, force: true });
}
checks.finish();
