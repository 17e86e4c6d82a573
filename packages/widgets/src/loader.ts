// dist/loader.js: registers a widget's code only when its tag appears in the document, now or later,
// so a page with only a challenge feed never downloads the signup form. Each widget is a chunk in
// ./widgets/ beside this file; what they share (Lit, the SDK, the base) is in shared chunks the
// browser fetches once.
import { TAGS } from './tags.js';

/** Tags whose chunk has not been asked for yet (or failed and may be tried again). */
const waiting = new Set<string>(TAGS);

function load(tag: string): void {
  waiting.delete(tag);
  if (customElements.get(tag)) return;
  // Tag `ino-x` is chunk widgets/x.js (the naming convention of the tag table, ../widgets.mjs).
  import(new URL(`./widgets/${tag.slice('ino-'.length)}.js`, import.meta.url).href).catch((error: unknown) => {
    // Let a later appearance of the tag try again (a flaky network, a CDN hiccup).
    waiting.add(tag);
    watch();
    console.error(`INO widgets: could not load <${tag}>`, error);
  });
}

/** Loads every waiting tag that `root` is or contains. */
function scan(root: Element | Document): void {
  for (const tag of waiting) if ((root instanceof Element && root.localName === tag) || root.querySelector(tag)) load(tag);
}

scan(document);
// Once every chunk is on its way, the host's DOM changes are none of the loader's business.
const observer = new MutationObserver((records) => {
  for (const record of records) for (const node of record.addedNodes) if (node instanceof Element && waiting.size) scan(node);
  if (!waiting.size) observer.disconnect();
});
/** Observing again is harmless: the same observer on the same node only replaces its options. */
function watch(): void {
  observer.observe(document.documentElement, { childList: true, subtree: true });
}
if (waiting.size) watch();
