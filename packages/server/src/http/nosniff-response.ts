// Every answer is what its Content-Type says: a browser must never sniff a body into HTML, so every
// response carries `X-Content-Type-Options: nosniff` (NOSNIFF). It goes in with the headers writeHead is given,
// not by a setHeader before it: once a response has a header set, Node merges writeHead's headers into
// it one setHeader at a time, which cost a small cached answer (a 304) a good part of its time.
import { ServerResponse, type IncomingMessage, type OutgoingHttpHeader, type OutgoingHttpHeaders } from 'node:http';

export const NOSNIFF = { 'x-content-type-options': 'nosniff' } as const;

export class NosniffResponse<Request extends IncomingMessage = IncomingMessage> extends ServerResponse<Request> {
  override writeHead(statusCode: number, statusMessage?: string, headers?: OutgoingHttpHeaders | OutgoingHttpHeader[]): this;
  override writeHead(statusCode: number, headers?: OutgoingHttpHeaders | OutgoingHttpHeader[]): this;
  // Headers as an object, or none: Node's own writeHead before an end without one passes none.
  override writeHead(statusCode: number, ...rest: (string | OutgoingHttpHeaders | OutgoingHttpHeader[] | undefined)[]): this {
    const last = rest.length - 1;
    const headers = rest[last];
    if (headers && typeof headers === 'object' && !Array.isArray(headers)) {
      // Headers made once and sent many times (ready-answer.ts) carry it already: no copy to add it.
      if (headers['x-content-type-options'] === undefined) rest[last] = { ...headers, ...NOSNIFF };
    } else this.setHeader('x-content-type-options', 'nosniff');
    return super.writeHead(statusCode, ...(rest as [string?, OutgoingHttpHeaders?]));
  }
}
