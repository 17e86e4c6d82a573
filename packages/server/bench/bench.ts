// npm run bench:server — a benchmark, not a test: nothing fails when the machine is slow. Each row runs
// against the server started as `npm start` starts it (its own process, rate limits off; the embedded
// PGlite in a fresh data directory, and with TEST_DATABASE_URL also that PostgreSQL in a schema of its
// own, with 1 and with 2 processes), then against a bare node:http server (bench/bare-server.ts) that
// answers the same request with the same bytes, recorded from the real server: the physical limit of
// Node here. It prints both, and the real server's share of the bare one's requests per second.
// Each row is measured in BENCH_ROUNDS turns (default 3) of BENCH_SECONDS (default 4) against each,
// and reports the median turn. BENCH_CONNECTIONS: default 10. BENCH_ONLY: a regular expression that
// picks rows by `{database} {processes} {request}` (e.g. `PostgreSQL 15 1 POST`), to measure a change.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { bundledContentAt } from '@ino/contract/content';
import { loadDataset } from '../src/db/load-dataset.js';
import { migrate } from '../src/db/migrate.js';
import { applicationFor, BACKENDS, serverStorage, spawnServer } from '../test/harness.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 4);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const ONLY = new RegExp(process.env.BENCH_ONLY ?? '');
const BARE = fileURLToPath(new URL('./bare-server.ts', import.meta.url));

// Ten first-come tracks without a seat limit: every application is confirmed, and the POST row sends
// them round the ten, so applications to different tracks run side by side as they would in use.
const content = bundledContentAt(new Date());
const unlimited = content.learningTracks.find((t) => t.admission === 'first-come' && t.status === 'open' && t.seats == null)!;
const tracks = Array.from({ length: 10 }, (_, i) => ({ ...unlimited, id: `bench-track-${i}` }));
const dataset = { ...content, learningTracks: [...content.learningTracks, ...tracks] };
const practice = content.practices[0]!.id;

interface Measured {
  rps: number;
  p99: number;
  failed: number;
}
interface Row {
  database: string;
  processes: number;
  request: string;
  server: Measured;
  bare: Measured;
}

type Options = Omit<Parameters<typeof autocannon>[0], 'url'>;

/** A new application to the next track each time; `basePath` is the API's (/ino/v1). */
function postApplications(basePath: string): Options {
  let next = 0;
  return {
    requests: [
      {
        method: 'POST',
        setupRequest: (request) => {
          const key = randomUUID();
          const track = tracks[next++ % tracks.length]!;
          return {
            ...request,
            path: `${basePath}/learning-tracks/${track.id}/applications`,
            headers: { 'content-type': 'application/json', 'idempotency-key': key },
            body: JSON.stringify(applicationFor(track, `${key}@example.org`)),
          };
        },
      },
    ],
  };
}

async function measure(url: string, options: Options): Promise<Measured> {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, ...options });
  return { rps: result.requests.average, p99: result.latency.p99, failed: result.errors + result.timeouts + result.non2xx - result['3xx'] };
}

/** The turn with the median requests per second, and the median p99. */
function median(turns: Measured[]): Measured {
  const middle = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  return { rps: middle(turns.map((t) => t.rps)), p99: middle(turns.map((t) => t.p99)), failed: turns.reduce((sum, t) => sum + t.failed, 0) };
}

/** The real server's answer to one request, byte for byte (no Accept-Encoding, as autocannon sends). */
function record(url: string, method: string, headers: Record<string, string>, body?: string) {
  return new Promise<{ status: number; headers: Record<string, string>; body: string }>((resolve, reject) => {
    const request = httpRequest(url, { method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const kept = Object.fromEntries(Object.entries(response.headers).filter(([name]) => !['date', 'connection', 'keep-alive'].includes(name))) as Record<
          string,
          string
        >;
        resolve({ status: response.statusCode!, headers: kept, body: Buffer.concat(chunks).toString('base64') });
      });
    });
    request.on('error', reject);
    request.end(body);
  });
}

/** The bare server answering `answer`, with `processes` processes; resolves its origin and how to stop it. */
function startBare(answer: Awaited<ReturnType<typeof record>>, processes: number) {
  const child = spawn(process.execPath, ['--import', 'tsx', BARE], {
    env: { ...process.env, BARE_ANSWER: JSON.stringify(answer), BARE_WORKERS: String(processes) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise<{ origin: string; stop: () => Promise<void> }>((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const listening = /bare server on (http:\/\/\S+)/.exec(output);
      if (listening) resolve({ origin: listening[1]!, stop: () => (child.kill('SIGTERM'), exited) });
    });
    void exited.then(() => reject(new Error(`The bare server stopped:\n${output}`)));
  });
}

async function run(database: string, env: Record<string, string>, processes: number): Promise<Row[]> {
  const server = await spawnServer(env, processes > 1 ? { workers: processes } : {});
  const base = server.baseUrl;
  const path = new URL(base).pathname;
  const rows: Row[] = [];
  try {
    await autocannon({ url: `${base}/challenges`, connections: CONNECTIONS, duration: 2 }); // warm-up
    const etag = (await fetch(`${base}/challenges`)).headers.get('etag')!;
    const cases: { request: string; url: string; method?: string; headers?: Record<string, string>; options?: Options; body?: () => string }[] = [
      { request: 'GET /challenges (the open ones)', url: `${base}/challenges` },
      { request: 'GET /challenges?nis=44021 (Gent)', url: `${base}/challenges?nis=44021` },
      { request: 'GET /challenges?q=data', url: `${base}/challenges?q=data` },
      { request: 'GET /challenges, If-None-Match → 304', url: `${base}/challenges`, headers: { 'if-none-match': etag } },
      { request: `GET /practices/${practice}`, url: `${base}/practices/${practice}` },
      {
        request: 'POST …/applications (10 tracks)',
        url: `${base}/learning-tracks/${tracks[0]!.id}/applications`,
        method: 'POST',
        options: postApplications(path),
        body: () => {
          const key = randomUUID();
          return JSON.stringify(applicationFor(tracks[0]!, `${key}@example.org`));
        },
      },
    ];
    for (const c of cases.filter((c) => ONLY.test(`${database} ${processes} ${c.request}`))) {
      const options: Options = c.options ?? { headers: c.headers };
      const headers = c.method === 'POST' ? { 'content-type': 'application/json', 'idempotency-key': randomUUID() } : (c.headers ?? {});
      const bare = await startBare(await record(c.url, c.method ?? 'GET', headers, c.body?.()), processes);
      try {
        const bareUrl = `${bare.origin}${new URL(c.url).pathname}${new URL(c.url).search}`;
        // Taken in turns, so that what else the machine does weighs on both alike.
        const rounds: { server: Measured; bare: Measured }[] = [];
        for (let round = 0; round < ROUNDS; round++) rounds.push({ server: await measure(c.url, options), bare: await measure(bareUrl, options) });
        rows.push({ database, processes, request: c.request, server: median(rounds.map((r) => r.server)), bare: median(rounds.map((r) => r.bare)) });
      } finally {
        await bare.stop();
      }
    }
  } finally {
    await server.stop();
  }
  return rows;
}

// PGlite is one process; PostgreSQL with 1 and with 2.
const configurations = BACKENDS.flatMap((backend) => (backend === 'pglite' ? [1] : [1, 2]).map((processes) => ({ backend, processes })));
const databaseOf = (backend: string) => (backend === 'pglite' ? 'PGlite (embedded)' : 'PostgreSQL 15');
const rows: Row[] = [];
for (const { backend, processes } of configurations) {
  const storage = await serverStorage(backend);
  try {
    const db = await storage.open();
    await migrate(db);
    await loadDataset(db, dataset);
    await db.close();
    rows.push(...(await run(databaseOf(backend), { ...storage.env, INO_SEED: 'never' }, processes)));
  } finally {
    await storage.remove();
  }
}

console.log(
  `\n${cpus().length} cores (${cpus()[0]?.model}), Node ${process.version}, ${CONNECTIONS} connections, median of ${ROUNDS} turns of ${SECONDS} s, ` +
    `autocannon on loopback in the same machine; load average after: ${loadavg()
      .map((n) => n.toFixed(1))
      .join(' ')}\n`,
);
console.log('| database | processes | request | req/s | p99 ms | bare req/s | bare p99 ms | share of bare | failed |');
console.log('|---|---:|---|---:|---:|---:|---:|---:|---:|');
for (const r of rows) {
  const share = `${Math.round((100 * r.server.rps) / r.bare.rps)} %`;
  console.log(
    `| ${r.database} | ${r.processes} | ${r.request} | ${Math.round(r.server.rps)} | ${r.server.p99} | ${Math.round(r.bare.rps)} | ${r.bare.p99} | ${share} | ${r.server.failed} |`,
  );
}
