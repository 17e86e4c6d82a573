// The embedding test pages' only script: the mock API in the page (msw), then the widgets exactly as
// a host loads them. An external module, so it runs under script-src 'self' without 'unsafe-inline'.
import { startMockApi } from '/dist/demo/mock-api.js';

// msw registers a service worker, a Trusted Types sink. Like any host with a service worker of its
// own, this page allows exactly that one script URL; it defines nothing for HTML, so a widget that
// wrote HTML from a string would still be blocked and counted as a violation.
trustedTypes.createPolicy('default', {
  createScriptURL: (url) => {
    if (new URL(url, location.href).pathname === '/mockServiceWorker.js') return url;
    throw new TypeError(`Script URL not allowed by this page: ${url}`);
  },
});

// The mock's clock stands still at the start of the day (UTC): the demo applications it dates from
// it then show the same times on both pages that are compared, even when a minute passes between them.
const today = new Date(new Date().toISOString().slice(0, 10));
await startMockApi({ clock: () => today });
await import('/dist/ino-widgets.js');
// Deadlines are counted from a fixed day, so two pages rendered at different moments look the same.
for (const feed of document.querySelectorAll('ino-challenge-feed')) feed.now = new Date('2026-11-23T10:00:00+01:00');
// The organiser view signs in as a host would: the token set by script, as a property (the mock's demo token).
const applications = document.getElementById('applications');
applications.now = new Date('2026-11-23T10:00:00+01:00');
applications.accessToken = 'demo-organiser';
