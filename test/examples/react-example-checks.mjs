// What the React example (examples/react/) must do in Chromium, beyond loading cleanly: that React 19
// passes its state down to the widgets as properties, and that its handlers receive the widgets'
// events (`onino-select`, `onino-change`). test/examples/smoke-examples.mjs runs these, in order, on the
// loaded page, against the server and offline. Each check returns its problems (none: it passed).
const WAIT = { timeout: 10_000 };

/** The theme labels on each challenge the feed shows, one array per challenge. */
function shownThemes(page) {
  return page.$eval('ino-challenge-feed', (feed) =>
    [...feed.shadowRoot.querySelectorAll('[part~="item"]')].map((item) => [...item.querySelectorAll('.badge.theme')].map((badge) => badge.textContent.trim())),
  );
}

/** Waits for the condition, and returns the problem when it does not come. */
async function waitFor(page, problem, condition, ...args) {
  try {
    await page.waitForFunction(condition, WAIT, ...args);
    return [];
  } catch {
    return [problem];
  }
}

/** React 19 sets a prop as a property when the element has one (`limit`: no attribute appears), else as an attribute (`api-base`). */
async function propsBecomePropertiesOrAttributes(page) {
  const seen = await page.evaluate(() => {
    const feed = document.querySelector('ino-challenge-feed');
    const provider = document.querySelector('ino-provider');
    return { limit: feed.limit, limitAttribute: feed.getAttribute('limit'), apiBaseAttribute: provider.getAttribute('api-base') };
  });
  const problems = [];
  if (seen.limit !== 5 || seen.limitAttribute !== null)
    problems.push(`limit={5} should be set as the property (property ${seen.limit}, attribute ${seen.limitAttribute})`);
  if (seen.apiBaseAttribute !== '/ino/v1') problems.push(`api-base should be set as the attribute (attribute ${seen.apiBaseAttribute})`);
  return problems;
}

async function themeFiltersTheFeed(page) {
  const before = await shownThemes(page);
  if (before.every((themes) => themes.includes('Mobiliteit')))
    return ['before choosing, the feed already shows only Mobiliteit: the check would prove nothing'];
  await page.select('#theme', 'mobiliteit');
  const problems = await waitFor(page, 'the feed did not get the theme from React (property and reflected attribute)', () => {
    const feed = document.querySelector('ino-challenge-feed');
    return feed.theme === 'mobiliteit' && feed.getAttribute('theme') === 'mobiliteit';
  });
  problems.push(
    ...(await waitFor(page, 'the feed did not re-filter: not every challenge shown is about Mobiliteit', () => {
      const items = [...document.querySelector('ino-challenge-feed').shadowRoot.querySelectorAll('[part~="item"]')];
      return items.length > 0 && items.every((item) => [...item.querySelectorAll('.badge.theme')].some((badge) => badge.textContent.trim() === 'Mobiliteit'));
    })),
  );
  return problems;
}

async function selectRunsTheReactHandler(page) {
  const link = await page.evaluateHandle(() => document.querySelector('ino-challenge-feed').shadowRoot.querySelector('.item-title a'));
  if (!(await link.evaluate((a) => a instanceof HTMLAnchorElement))) return ['the feed shows no challenge with a link to click'];
  const title = await link.evaluate((a) => a.textContent.trim());
  const address = page.url();
  // A mark on this document: it is gone if the browser loaded another page, even the same address.
  await page.evaluate(() => (window.stillThisDocument = true));
  let navigated = false;
  const onNavigation = (frame) => frame === page.mainFrame() && (navigated = true);
  page.on('framenavigated', onNavigation);
  await link.click();
  const problems = await waitFor(
    page,
    `React's state does not show the chosen challenge "${title}"`,
    (expected) => document.querySelector('#chosen-challenge')?.textContent === `Je koos: ${expected}`,
    title,
  );
  // Give a navigation that the handler failed to cancel the time to start.
  await new Promise((resolve) => setTimeout(resolve, 500));
  page.off('framenavigated', onNavigation);
  if (navigated || page.url() !== address || !(await page.evaluate(() => window.stillThisDocument === true)))
    problems.push('the page navigated: preventDefault() in the React handler did not keep the browser on the page');
  return problems;
}

async function keyboardPicksARung(page) {
  // Into the ladder's first rung, as Tab would arrive there; then choose with the keyboard only.
  await page.$eval('ino-participation-ladder', (ladder) => ladder.shadowRoot.querySelector('input[type="radio"]').focus());
  await page.keyboard.press('Space');
  const problems = await waitFor(page, 'Space on the first rung did not reach React', () =>
    document.querySelector('#chosen-rung')?.textContent?.startsWith('Gekozen trede: 1 '),
  );
  await page.keyboard.press('ArrowDown');
  problems.push(
    ...(await waitFor(page, 'ArrowDown to the second rung did not reach React', () =>
      document.querySelector('#chosen-rung')?.textContent?.startsWith('Gekozen trede: 2 '),
    )),
  );
  return problems;
}

async function theFormSubmitsTheRung(page) {
  await page.click('form button[type="submit"]');
  return waitFor(
    page,
    "the React form's data does not carry the chosen rung",
    () => document.querySelector('#sent-rung')?.textContent === 'Verstuurd: trede 2',
  );
}

/**
 * The organiser view: before a token, it asks for a sign-in; after one, React hands it `getAccessToken`
 * as a property (no attribute, no token in the DOM), and the widget's requests carry what it returns.
 * (The example token is not a real one, so the server answers 401 and the widget says to sign in again;
 * the offline mock takes `demo-organiser` and shows the table.)
 */
async function theOrganiserViewGetsItsTokenFunction(page) {
  const problems = await waitFor(page, 'without a token the organiser view does not ask for a sign-in', () =>
    document.querySelector('ino-track-applications')?.shadowRoot?.querySelector('.signed-out'),
  );
  const sent = page.waitForRequest((request) => request.url().includes('/admin/') && request.headers().authorization === 'Bearer demo-organiser', WAIT);
  await page.type('#organiser-token', 'demo-organiser');
  await page.click('#organiser-token ~ button[type="submit"]');
  const asked = await sent.then(
    () => [],
    () => ['no request to the organiser API carried the token from getAccessToken'],
  );
  problems.push(...asked);
  const seen = await page.$eval('ino-track-applications', (widget) => ({
    isFunction: typeof widget.getAccessToken === 'function',
    attributes: widget.getAttributeNames(),
    inDom: widget.outerHTML.includes('demo-organiser'),
  }));
  if (!seen.isFunction) problems.push('getAccessToken is not set as a property');
  if (seen.attributes.some((name) => /token/i.test(name)) || seen.inDom) problems.push(`the token reached the DOM (${seen.attributes.join(', ')})`);
  problems.push(
    ...(await waitFor(page, 'the organiser view did not settle after signing in', () =>
      document.querySelector('ino-track-applications')?.shadowRoot?.querySelector('table, .signed-out'),
    )),
  );
  return problems;
}

export const reactExampleChecks = [
  ['React sets properties where the element has them, attributes elsewhere', propsBecomePropertiesOrAttributes],
  ['choosing a theme in React re-filters the feed', themeFiltersTheFeed],
  ['clicking a challenge runs the React handler and stays on the page', selectRunsTheReactHandler],
  ['a rung picked with the keyboard reaches React state', keyboardPicksARung],
  ['the React form submits the ladder value', theFormSubmitsTheRung],
  ['the organiser view gets getAccessToken from React and uses it', theOrganiserViewGetsItsTokenFunction],
];
