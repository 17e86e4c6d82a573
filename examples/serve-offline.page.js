// The in-page half of examples/serve-offline.mjs (plain JS: the browser runs it as it is). It stands in
// for a page's embed script, named in its own address (`?src=…&module`): it starts the mock API, then
// loads that script. A file rather than an inline script, so the pages keep their strict
// Content-Security-Policy offline too.
import { startMockApi } from '/dist/demo/mock-api.js';

const WORKER = '/mockServiceWorker.js';
const query = new URL(import.meta.url).searchParams;
const src = query.get('src');

// Under `require-trusted-types-for 'script'` a service worker's URL and a script's src must be
// trusted: this policy lets exactly the two this demo needs through, and refuses every other.
const allowed = new Set([WORKER, src].map((url) => new URL(url, location.href).href));
window.trustedTypes?.createPolicy('default', {
  createScriptURL(url) {
    if (allowed.has(new URL(url, location.href).href)) return url;
    throw new TypeError(`The offline demo loads no script from ${url}`);
  },
});

await startMockApi({ workerUrl: WORKER });
if (query.has('module')) await import(src);
else document.head.append(Object.assign(document.createElement('script'), { src }));
