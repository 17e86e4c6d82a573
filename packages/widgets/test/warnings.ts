// What widgets report about data they left out: their ino-warning events and console warnings, so
// that a test can assert one of each for a load with drops, and none for a clean one.
import { oneEvent } from '@open-wc/testing';
import type { Dropped } from '@ino/sdk';
import type { InoWarningDetail } from '../src/classes.js';

/** Every console.warn call of the current test (recorded instead of printed). */
export const consoleWarnings: unknown[][] = [];
const warn = console.warn;

beforeEach(() => {
  console.warn = (...args: unknown[]) => void consoleWarnings.push(args);
});

afterEach(() => {
  console.warn = warn;
  consoleWarnings.length = 0;
});

/** Collects the `dropped` of every ino-warning `el` fires from now on. */
export function inoWarnings(el: Element): Dropped[][] {
  const seen: Dropped[][] = [];
  el.addEventListener('ino-warning', (event) => seen.push((event as CustomEvent<InoWarningDetail>).detail.dropped));
  return seen;
}

/** The paths of each warning's drops. */
export const droppedPaths = (warnings: Dropped[][]) => warnings.map((dropped) => dropped.map((d) => d.path));

/**
 * Appends `el` to the page and waits for its first `event` (by default `ino-load`) and the render
 * after it: the event's detail, and the ino-warnings `el` fired up to then.
 */
export async function appendAndAwait(
  el: HTMLElement & { updateComplete: Promise<unknown> },
  event = 'ino-load',
): Promise<{ detail: unknown; warnings: Dropped[][] }> {
  const warnings = inoWarnings(el);
  const fired = oneEvent(el, event);
  document.body.append(el);
  const { detail } = await fired;
  await el.updateComplete;
  return { detail, warnings };
}
