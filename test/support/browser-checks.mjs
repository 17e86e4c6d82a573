// What every browser script here shares: starting Chromium, collecting a page's errors, running axe,
// and counting checks into the "name: N passed, N failed" line that `npm test` adds up.
// The in-page functions below are plain arrow functions in a .mjs file: a script run with tsx may
// import them (tsx wraps named functions of .ts files in __name(), which does not exist in the page).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.mjs';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** Debian's Chromium (or CHROME_PATH), headless, with the flags every test here uses. */
export function launchChromium() {
  return puppeteer.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
}

/**
 * The page's uncaught errors and console errors, as they happen, in the returned array.
 * `ignoreConsole(message)` leaves out console errors that are expected (e.g. a deliberately failing API).
 */
export function collectProblems(page, { ignoreConsole = () => false } = {}) {
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !ignoreConsole(message)) problems.push(`console error: ${message.text()}`);
  });
  return problems;
}

/**
 * axe-core's violations in the page (or in the element `selector` names), one line each. axe is
 * evaluated by the DevTools protocol rather than added as a <script>, which a page's
 * Content-Security-Policy (Trusted Types) would rightly refuse.
 */
export async function axeViolations(page, selector) {
  await page.evaluate(readFileSync(AXE, 'utf8'));
  const violations = await page.evaluate(async (selector) => {
    const result = await window.axe.run(selector ? document.querySelector(selector) : document, { resultTypes: ['violations'] });
    return result.violations.map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    );
  }, selector);
  return violations.map((violation) => `axe: ${violation}`);
}

/**
 * Counts named checks and prints one line for each: `ok   name`, or `FAIL name` with its problems.
 * `finish()` prints "name: N passed, N failed" and exits, with 1 when a check failed or none ran.
 */
export function tally(name) {
  let passed = 0;
  let failed = 0;
  /** One result: no problems is a pass. */
  const record = (label, problems) => {
    if (problems.length) failed++;
    else passed++;
    console.log(`${problems.length ? 'FAIL' : 'ok  '} ${label}${problems.map((problem) => `\n     ${String(problem).split('\n').join('\n     ')}`).join('')}`);
  };
  return {
    record,
    /** Runs `run`: it fails by throwing or by returning a non-empty list of problems. */
    async check(label, run) {
      let problems;
      try {
        const result = await run();
        problems = Array.isArray(result) ? result : [];
      } catch (error) {
        problems = [String(error?.message ?? error)];
      }
      record(label, problems);
    },
    finish() {
      console.log(`${name}: ${passed} passed, ${failed} failed`);
      process.exit(failed || passed === 0 ? 1 : 0);
    },
  };
}
