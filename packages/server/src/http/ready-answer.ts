// A GET's answer kept ready to send: the read cache's answers and the OpenAPI document. Besides its
// body and compressed copies (compress.ts) it keeps the headers of each way it goes out (304; 200 as
// it is, in brotli or in gzip), each made once on first demand, so that sending a cached answer costs
// no more than writing it: answered thousands of times a second, a few copies of a dozen headers per
// request were a good part of the time of a small answer (docs/server.md, benchmark).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { matchesIfNoneMatch } from '@ino/contract';
import { compressedHeaders, negotiateEncoding, type CompressibleBody, type Encoding } from './compress.js';
import { NOSNIFF } from './nosniff-response.js';

export class ReadyAnswer {
  /** The contract's headers (ETag, Cache-Control, Content-Language, CORS). */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: CompressibleBody;
  #notModified: Record<string, string> | undefined;
  readonly #ok = new Map<Encoding | 'identity', Record<string, string | number>>();

  constructor(headers: Record<string, string>, body: CompressibleBody) {
    this.headers = headers;
    this.body = body;
  }

  /** Bytes held: the body and its compressed copies. */
  get bytes(): number {
    return this.body.bytes;
  }

  /**
   * Sends the answer: 304 without a body when If-None-Match names its ETag, else 200 with the body,
   * compressed as the client allows (HEAD: its headers only). Returns whether a compressed copy of the
   * body was made for it (the cache then counts the bytes it grew by).
   */
  send(request: IncomingMessage, response: ServerResponse): boolean {
    const ifNoneMatch = request.headers['if-none-match'];
    // A client revalidating sends back the one ETag it was given: that is matched without parsing a list.
    if (ifNoneMatch !== undefined && (ifNoneMatch === this.headers.etag || matchesIfNoneMatch(ifNoneMatch, this.headers.etag!))) {
      this.#notModified ??= { ...this.headers, ...(this.body.compressible ? { vary: 'Accept-Encoding' } : {}), ...NOSNIFF };
      response.writeHead(304, this.#notModified).end();
      return false;
    }
    const before = this.body.bytes;
    const { body, encoding } = this.body.encoded(negotiateEncoding(request.headers['accept-encoding']));
    let headers = this.#ok.get(encoding ?? 'identity');
    if (!headers) {
      headers = { ...compressedHeaders({ ...this.headers, 'content-type': 'application/json' }, this.body, body, encoding), ...NOSNIFF };
      this.#ok.set(encoding ?? 'identity', headers);
    }
    response.writeHead(200, headers);
    response.end(request.method === 'HEAD' ? undefined : body);
    return this.body.bytes !== before;
  }
}
