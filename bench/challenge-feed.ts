// Benchmark, not a test: how long <ino-challenge-feed> takes to render challenges it already has,
// in Chromium, with the production bundle (npm run build first). Prints medians; nothing fails.
//   npm run bench
import http from 'node:http';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setupServer } from 'msw/node';
import { createClient, type Challenge } from '@ino/sdk';
import { bundledContent as dataset } from '@ino/contract/content';
import { createMockApi, withManyChallenges } from '@ino/mock-api';
import { launchChromium } from '../test/support/browser-checks.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RUNS = 15;

/** 1,000 challenges as the API serves them, fetched through the SDK from the mock API. */
async function challenges(count: number): Promise<Challenge[]> {
  const base = 'http://bench.invalid/ino/v1';
  const server = setupServer(...createMockApi({ baseUrl: base, dataset: withManyChallenges(dataset, count) }).handlers);
  server.listen();
  const all: Challenge[] = [];
  for await (const challenge of createClient({ baseUrl: base }).challenges.iterate({ limit: 100 })) all.push(challenge);
  server.close();
  return all;
}

const page = `<!doctype html><html lang="nl"><head><meta charset="utf-8">
  <script type="module" src="/dist/ino-widgets.js"></script><script type="module" src="/bench/challenge-feed.page.js"></script>
  </head><body></body></html>`;
const server = http.createServer(async (request, response) => {
  if (request.url === '/') return response.writeHead(200, { 'content-type': 'text/html' }).end(page);
  const body = await readFile(join(ROOT, request.url!.split('?')[0]!)).catch(() => undefined);
  if (!body) return response.writeHead(404).end();
  response.writeHead(200, { 'content-type': 'text/javascript' }).end(body);
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const data = await challenges(1000);
const browser = await launchChromium();
const tab = await browser.newPage();
await tab.setViewport({ width: 1000, height: 800 });
await tab.goto(`http://127.0.0.1:${(server.address() as { port: number }).port}/`);
await tab.waitForFunction(() => customElements.get('ino-challenge-feed') && 'measureFeed' in window);

/** Prints the median of RUNS timings (see challenge-feed.page.js for what is timed). */
async function measure(label: string, count: number, limit: number, pages = 0): Promise<void> {
  const times: number[] = await tab.evaluate(
    (...args) => (window as unknown as { measureFeed: (...a: unknown[]) => Promise<number[]> }).measureFeed(...args),
    data,
    count,
    limit,
    pages,
    RUNS,
  );
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  const rendered = Math.min(count, limit * (pages + 1), 100);
  console.log(
    `${label.padEnd(48)} median ${median.toFixed(1).padStart(7)} ms  (min ${times[0]!.toFixed(1)}, max ${times.at(-1)!.toFixed(1)}; ${rendered} in the DOM)`,
  );
}

console.log(`<ino-challenge-feed> render times in Chromium, ${RUNS} runs each, data already fetched:`);
await measure('50 challenges (limit 50)', 50, 50);
await measure('1,000 challenges given, first page (limit 100)', 1000, 100);
await measure('1,000 challenges, paged to the end (10 pages)', 1000, 100, 9);
await browser.close();
server.close();
