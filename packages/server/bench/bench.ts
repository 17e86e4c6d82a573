// npm run bench:server — a benchmark, not a test: requests per second and latency of GET /challenges
// and POST …/applications against the server started as `npm start` starts it (a process of its own,
// embedded PGlite in a fresh data directory), with autocannon on loopback. With TEST_DATABASE_URL it
// also runs against that PostgreSQL (in a schema of its own, dropped afterwards).
// Options: BENCH_SECONDS (default 10), BENCH_CONNECTIONS (default 10).
import { randomUUID } from 'node:crypto';
import { cpus } from 'node:os';
import autocannon from 'autocannon';
import { bundledContent as dataset } from '@ino/contract/content';
import { applicationFor, BACKENDS, serverStorage, spawnServer } from '../test/harness.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
// First-come without a seat limit: every application is confirmed and counted on the track's row,
// so all of them contend for one row lock, the worst case for writes.
const track = dataset.learningTracks.find((t) => t.admission === 'first-come' && t.status === 'open' && t.seats == null)!;

interface Row {
  database: string;
  request: string;
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
}

async function run(database: string, env: Record<string, string>): Promise<Row[]> {
  const server = await spawnServer(env);
  const base = `${server.baseUrl}`;
  const rows: Row[] = [];
  try {
    await autocannon({ url: `${base}/challenges`, connections: CONNECTIONS, duration: 2 }); // warm-up
    const measure = async (request: string, options: Parameters<typeof autocannon>[0]) => {
      const result = await autocannon({ connections: CONNECTIONS, duration: SECONDS, ...options });
      rows.push({
        database,
        request,
        rps: result.requests.average,
        p50: result.latency.p50,
        p99: result.latency.p99,
        non2xx: result.non2xx,
        errors: result.errors + result.timeouts,
      });
    };
    await measure('GET /challenges', { url: `${base}/challenges` });
    await measure('GET /challenges (If-None-Match → 304)', {
      url: `${base}/challenges`,
      headers: { 'if-none-match': (await fetch(`${base}/challenges`)).headers.get('etag')! },
    });
    await measure(`POST /learning-tracks/${track.id}/applications`, {
      url: `${base}/learning-tracks/${track.id}/applications`,
      requests: [
        {
          method: 'POST',
          setupRequest: (request) => {
            const key = randomUUID();
            return {
              ...request,
              headers: { 'content-type': 'application/json', 'idempotency-key': key },
              body: JSON.stringify(applicationFor(track, `${key}@example.org`)),
            };
          },
        },
      ],
    });
  } finally {
    await server.stop();
  }
  return rows;
}

const rows: Row[] = [];
for (const backend of BACKENDS) {
  const storage = await serverStorage(backend);
  try {
    rows.push(...(await run(backend === 'pglite' ? 'PGlite (embedded)' : 'PostgreSQL', storage.env)));
  } finally {
    await storage.remove();
  }
}

console.log(
  `\n${cpus().length} cores (${cpus()[0]?.model}), Node ${process.version}, ${CONNECTIONS} connections, ${SECONDS} s per row, autocannon on loopback\n`,
);
console.log('| database | request | req/s | p50 ms | p99 ms | non-2xx | errors |');
console.log('|---|---|---:|---:|---:|---:|---:|');
for (const r of rows) console.log(`| ${r.database} | ${r.request} | ${Math.round(r.rps)} | ${r.p50} | ${r.p99} | ${r.non2xx} | ${r.errors} |`);
