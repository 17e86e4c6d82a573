// dist/loader.js: registers a widget's code only when its tag appears in the document, now or later,
// so a page with only a challenge feed never downloads the signup form. Each widget is a chunk in
// ./widgets/ beside this file; what they share (Lit, the SDK, the base) is in shared chunks the
// browser fetches once.

/** Tag → its chunk in ./widgets/. */
const CHUNKS: Record<string, string> = {
  'ino-provider': 'provider',
  'ino-practice-card': 'practice-card',
  'ino-challenge-feed': 'challenge-feed',
  'ino-participation-ladder': 'participation-ladder',
  'ino-learning-track-signup': 'learning-track-signup',
};
const TAGS = Object.keys(CHUNKS);
const requested = new Set<string>();

function load(tag: string): void {
  if (requested.has(tag) || customElements.get(tag)) return;
  requested.add(tag);
  import(new URL(`./widgets/${CHUNKS[tag]}.js`, import.meta.url).href).catch((error: unknown) => {
    // Let a later appearance of the tag try again (a flaky network, a CDN hiccup).
    requested.delete(tag);
    console.error(`INO widgets: could not load <${tag}>`, error);
  });
}

function scan(root: ParentNode): void {
  for (const tag of TAGS) if (root.querySelector(tag)) load(tag);
}

scan(document);
new MutationObserver((records) => {
  for (const record of records) {
    for (const node of record.addedNodes) {
      if (!(node instanceof Element)) continue;
      if (node.localName in CHUNKS) load(node.localName);
      scan(node);
    }
  }
}).observe(document.documentElement, { childList: true, subtree: true });
