// The applicant's half of issue 16's done-when, in Chromium against the reference server as `npm start`
// runs it (embedded database, the example mailbox, no mail server). A first-come track is given one
// free seat and a waitlist through the organiser API (with a token from `ino-server token create`); two
// people apply through the public POST, the first gets the seat, the second is waitlisted. The first
// opens the manage link from their mail in the mailbox page: the token leaves the address bar, and they
// cancel through the confirmation. The second then opens the link from their new mail, sees the offer
// and accepts it. axe checks every state on the way. Run `npm run build` first.
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { axeViolations, collectProblems, launchChromium, tally } from '../support/browser-checks.mjs';
import { startScript } from '../support/start-script.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const dataDir = await mkdtemp(join(tmpdir(), 'ino-applicant-journey-'));
const env = { ...process.env, INO_DATA_DIR: dataDir };

// Before the server starts: the embedded database is one process's at a time.
const { stdout } = await promisify(execFile)(
  process.execPath,
  ['--import', 'tsx', 'packages/server/bin/ino-server.mjs', 'token', 'create', '--name', 'journey', '--scopes', 'content:write'],
  {
    cwd: ROOT,
    env,
  },
);
const adminToken = stdout.trim().split('\n').at(-1);
const server = await startScript('packages/server/src/main.ts', { INO_STATIC_ROOT: ROOT, INO_DATA_DIR: dataDir }, /Examples against it: (http:\/\/[^/\s]+)/);
const { origin } = server;
const api = `${origin}/ino/v1`;
const browser = await launchChromium();
const checks = tally('applicant-journey');

const first = { givenName: 'Eerste', familyName: 'Aanvrager', email: `eerste.${Date.now()}@example.org`, organisation: 'Stad Gent' };
const second = { givenName: 'Tweede', familyName: 'Aanvrager', email: `tweede.${Date.now()}@example.org`, organisation: 'Provincie Antwerpen' };
let track;
let firstPage;

async function json(path, init = {}) {
  const response = await fetch(`${api}${path}`, init);
  const body = await response.json();
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${path}: ${response.status} ${JSON.stringify(body)}`);
  return { body, response };
}

async function apply(person) {
  const answers = Object.fromEntries(track.questions.filter((q) => q.required).map((q) => [q.id, 'Ervaring met participatietrajecten in mijn bestuur.']));
  const { body } = await json(`/learning-tracks/${track.id}/applications`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
    body: JSON.stringify({ ...person, answers, consentVersion: track.consent.version, lang: 'nl' }),
  });
  return body;
}

/** The mails to `email` in the server's mailbox, newest first, once there are at least `count`. */
async function mailsTo(email, count) {
  for (let waited = 0; waited < 20_000; waited += 250) {
    const mails = (await (await fetch(`${origin}/mailbox/messages`)).json()).filter((mail) => mail.to.includes(email));
    if (mails.length >= count) return mails;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`no ${count} mail(s) to ${email} within 20 s`);
}

/** What the widget shows: its status line, and the whole text. */
const shown = (page) =>
  page.evaluate(() => {
    const root = document.querySelector('ino-application-status').shadowRoot;
    const text = (selector) => root.querySelector(selector)?.textContent.replace(/\s+/g, ' ').trim() ?? '';
    return { status: text('.status-title'), notice: text('[part="notice"]'), all: text('.base') };
  });

const statusIs = (page, status) =>
  page.waitForFunction(
    (status) => document.querySelector('ino-application-status')?.shadowRoot?.querySelector('.status-title')?.textContent.trim() === status,
    { timeout: 15_000 },
    status,
  );

/**
 * In the mailbox page, opens the newest mail to `email` and follows its link to the manage page, as a
 * person does; the link's address (with the token) is returned.
 */
async function openManageLinkFromMail(page, email) {
  await page.goto(`${origin}/examples/mailbox.html`, { waitUntil: 'load' });
  await page.waitForSelector('#mailbox-list button');
  const problems = await axeViolations(page);
  const buttons = await page.$$('#mailbox-list button');
  for (const button of buttons) {
    if ((await button.evaluate((b) => b.textContent)).includes(email)) {
      await button.click();
      break;
    }
  }
  const link = await page.waitForSelector('#mailbox-text a[href*="#token="]', { timeout: 5000 });
  problems.push(...(await axeViolations(page)));
  const href = await link.evaluate((a) => a.href);
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), link.click()]);
  return { href, problems };
}

/** The address bar no longer holds the token, and no request carried it (a fragment never leaves the browser). */
function tokenGone(page, href, urls) {
  const token = new URL(href).hash.replace('#token=', '');
  const problems = [];
  if (page.url().includes('#token') || page.url().includes(token)) problems.push(`the address still holds the token: ${page.url()}`);
  if (!page.url().startsWith(`${origin}/examples/mijn-inschrijving/`)) problems.push(`not the manage page: ${page.url()}`);
  for (const { url, referer } of urls) {
    if (url.split('#')[0].includes(token)) problems.push(`a request carried the token in its URL: ${url}`);
    if (referer?.includes(token)) problems.push(`a request carried the token in its Referer: ${url}`);
  }
  return problems;
}

try {
  await checks.check('a first-come track gets one free seat and a waitlist (organiser API)', async () => {
    const { body: tracks } = await json('/learning-tracks?status=open&limit=100');
    const candidate = tracks.items.find((t) => t.admission === 'first-come' && t.seats != null && t.seats > t.seatsTaken);
    if (!candidate) return ['no open first-come track with seats in the seeded content'];
    const auth = { authorization: `Bearer ${adminToken}` };
    const { body: record, response } = await json(`/admin/learning-tracks/${candidate.id}`, { headers: auth });
    await json(`/admin/learning-tracks/${candidate.id}`, {
      method: 'PUT',
      headers: { ...auth, 'content-type': 'application/json', 'if-match': response.headers.get('etag') },
      body: JSON.stringify({ ...record, seats: record.seatsTaken + 1, waitlist: true }),
    });
    track = (await json(`/learning-tracks/${candidate.id}`)).body;
    return track.seats - track.seatsTaken === 1 ? [] : [`seats left: ${track.seats - track.seatsTaken}`];
  });

  await checks.check('two people apply: the first gets the seat, the second is first on the waitlist', async () => {
    const one = await apply(first);
    const two = await apply(second);
    const problems = [];
    if (one.status !== 'confirmed') problems.push(`the first is ${one.status}`);
    if (two.status !== 'waitlisted' || two.waitlistPosition !== 1) problems.push(`the second is ${two.status} at ${two.waitlistPosition}`);
    return problems;
  });

  await checks.check('the first opens the manage link from their mail: the token leaves the address, the place is confirmed', async () => {
    await mailsTo(first.email, 1);
    firstPage = await browser.newPage();
    const problems = collectProblems(firstPage);
    const urls = [];
    firstPage.on('request', (request) => urls.push({ url: request.url(), referer: request.headers().referer }));
    const { href, problems: mailboxProblems } = await openManageLinkFromMail(firstPage, first.email);
    problems.push(...mailboxProblems);
    await statusIs(firstPage, 'Je inschrijving is bevestigd');
    problems.push(...tokenGone(firstPage, href, urls));
    const { all } = await shown(firstPage);
    if (!all.includes(track.title)) problems.push(`the track's title is not shown: ${all}`);
    problems.push(...(await axeViolations(firstPage)));
    return problems;
  });

  await checks.check('the first cancels through the confirmation, which says the seat goes to the next person', async () => {
    const problems = collectProblems(firstPage);
    await firstPage.evaluate(() => document.querySelector('ino-application-status').shadowRoot.querySelector('[part="cancel-button"]').click());
    await firstPage.waitForFunction(() => document.querySelector('ino-application-status').shadowRoot.querySelector('dialog')?.open);
    const said = await firstPage.evaluate(() => document.querySelector('ino-application-status').shadowRoot.querySelector('dialog').textContent);
    if (!said.includes('volgende persoon op de wachtlijst')) problems.push(`the confirmation says: ${said.trim()}`);
    problems.push(...(await axeViolations(firstPage)));
    await firstPage.evaluate(() => document.querySelector('ino-application-status').shadowRoot.querySelector('dialog button.danger').click());
    await statusIs(firstPage, 'Je inschrijving is geannuleerd');
    const { notice } = await shown(firstPage);
    if (notice !== 'Je inschrijving is geannuleerd.') problems.push(`the notice says: ${notice}`);
    problems.push(...(await axeViolations(firstPage)));
    await firstPage.close();
    return problems;
  });

  await checks.check('the second opens the link from their new mail, sees the offer with its deadline, and accepts: confirmed', async () => {
    // Received (waitlisted) first, then the offer.
    await mailsTo(second.email, 2);
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    const problems = collectProblems(page);
    const urls = [];
    page.on('request', (request) => urls.push({ url: request.url(), referer: request.headers().referer }));
    const { href, problems: mailboxProblems } = await openManageLinkFromMail(page, second.email);
    problems.push(...mailboxProblems);
    await statusIs(page, 'Er is een plaats voor je vrij');
    problems.push(...tokenGone(page, href, urls));
    const { all } = await shown(page);
    if (!/We houden de plaats voor je vrij tot \d/.test(all)) problems.push(`no deadline: ${all}`);
    problems.push(...(await axeViolations(page)));
    await page.evaluate(() => document.querySelector('ino-application-status').shadowRoot.querySelector('[part="accept-button"]').click());
    await statusIs(page, 'Je inschrijving is bevestigd');
    problems.push(...(await axeViolations(page)));
    // A reload in the same tab shows it again, from the token kept for this tab, with none in the address.
    await page.reload({ waitUntil: 'load' });
    await statusIs(page, 'Je inschrijving is bevestigd');
    problems.push(...tokenGone(page, href, urls));
    await context.close();
    return problems;
  });
} finally {
  await browser.close();
  server.stop();
  await server.exited;
  await rm(dataDir, { recursive: true, force: true });
}
checks.finish();
