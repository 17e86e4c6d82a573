import { expect, waitUntil } from '@open-wc/testing';

/** Every live region in a widget's shadow root: the base element's announcer should be the only one. */
export const liveRegions = (el: Element) => [...el.shadowRoot!.querySelectorAll('[aria-live], [role="status"]')];

/** The widget's one live region; fails when there is none or more than one. */
export function announcer(el: Element): Element {
  const regions = liveRegions(el);
  expect(regions.length, `live regions in <${el.localName}>`).to.equal(1);
  return regions[0]!;
}

const spoken = (region: Element) => region.textContent!.replace(/\s+/g, ' ').trim();

/** Waits until the widget's announcer says `text` (it says each message a moment after it empties). */
export const announced = (el: Element, text: string) => waitUntil(() => spoken(announcer(el)) === text, `announced: ${text}`, { timeout: 5000 });

/**
 * Every text the announcer shows from now on, in order, as a screen reader would meet them: a
 * message said twice shows as the message, empty, the message again. `stop()` ends the recording.
 */
export function recordAnnouncements(el: Element): { texts: string[]; stop: () => void } {
  const region = announcer(el);
  const texts: string[] = [];
  const observer = new MutationObserver(() => {
    const now = spoken(region);
    if (texts.at(-1) !== now) texts.push(now);
  });
  observer.observe(region, { childList: true, characterData: true, subtree: true });
  return { texts, stop: () => observer.disconnect() };
}
