// The benchmark's yardstick: a bare node:http server that answers every request with the same bytes
// (status, headers, body), recorded from the real server. What it reaches is the physical limit of
// Node's HTTP on this machine; the benchmark prints the real server beside it. With BARE_WORKERS=N it
// runs N processes on one port (node:cluster), as `ino-server serve --workers N` does.
// BARE_ANSWER: JSON { status, headers, body (base64) }. Prints `bare server on http://127.0.0.1:PORT`.
import cluster from 'node:cluster';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

const workers = Number(process.env.BARE_WORKERS ?? 1);

if (cluster.isPrimary && workers > 1) {
  let listening = 0;
  cluster.on('listening', (_worker, address) => {
    if (++listening === workers) console.log(`bare server on http://127.0.0.1:${address.port}`);
  });
  for (let i = 0; i < workers; i++) cluster.fork();
  process.on('SIGTERM', () => {
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
    process.exit(0);
  });
} else {
  const answer = JSON.parse(process.env.BARE_ANSWER!) as { status: number; headers: Record<string, string>; body: string };
  const body = Buffer.from(answer.body, 'base64');
  const server = createServer((request, response) => {
    // A POST's body is read, as the real server reads it, before the answer.
    request.resume();
    request.on('end', () => {
      response.writeHead(answer.status, answer.headers);
      response.end(body);
    });
  });
  server.keepAliveTimeout = 5_000;
  server.listen(0, '127.0.0.1', () => {
    if (cluster.isPrimary) console.log(`bare server on http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  });
  process.on('SIGTERM', () => process.exit(0));
}
