// Successful answers that are not kept (a write's, an organiser's): JSON bodies. A GET of the public
// API is a ReadyAnswer (ready-answer.ts), kept by the read cache.
import type { ServerResponse } from 'node:http';

export function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const json = JSON.stringify(body);
  response.writeHead(status, { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(json) });
  response.end(json);
}
