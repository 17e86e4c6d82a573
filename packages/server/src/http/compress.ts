// Response compression (node:zlib): brotli or gzip, as the request's Accept-Encoding allows, for bodies
// large enough to gain from it. A body keeps its compressed copies beside it, each made once on first
// demand, so a cached answer is compressed once per content version and not once per request.
// Problems and other small answers go as they are: under MIN_COMPRESSED_BYTES the headers of a
// compressed answer would cost about what it saves.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export type Encoding = 'br' | 'gzip';

export const MIN_COMPRESSED_BYTES = 1024;

/**
 * Brotli at quality 5 rather than its default 11: about as small as gzip's best on JSON and several
 * times faster to make; a body is compressed while a request waits for it, on the event loop.
 */
const COMPRESS: Record<Encoding, (bytes: Buffer) => Buffer> = {
  br: (bytes) =>
    brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 5,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      },
    }),
  gzip: (bytes) => gzipSync(bytes, { level: 6 }),
};

/** Brotli first when the client weighs both alike: it is the smaller. */
const PREFERENCE: readonly Encoding[] = ['br', 'gzip'];

/**
 * The encoding to answer in, from Accept-Encoding (RFC 9110 §12.5.3): the one the client weighs
 * highest (`q`, default 1; `*` stands for any not named), none when it names neither or weighs them 0.
 */
export function negotiateEncoding(acceptEncoding: string | string[] | undefined): Encoding | undefined {
  if (!acceptEncoding) return undefined;
  const weights = new Map<string, number>();
  for (const part of String(acceptEncoding).split(',')) {
    const [name = '', ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    const q = params.find((p) => p.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    if (name) weights.set(name, Number.isFinite(weight) ? weight : 0);
  }
  let best: Encoding | undefined;
  let bestWeight = 0;
  for (const encoding of PREFERENCE) {
    const weight = weights.get(encoding) ?? weights.get('*') ?? 0;
    if (weight > bestWeight) [best, bestWeight] = [encoding, weight];
  }
  return best;
}

/** A response body and its compressed copies, each made when first asked for. */
export class CompressibleBody {
  readonly identity: Buffer;
  readonly #copies = new Map<Encoding, Buffer>();

  constructor(body: Buffer | string) {
    this.identity = typeof body === 'string' ? Buffer.from(body) : body;
  }

  /** Whether the answer depends on Accept-Encoding (the body is large enough to compress). */
  get compressible(): boolean {
    return this.identity.length >= MIN_COMPRESSED_BYTES;
  }

  /** Every byte held: the body and the copies made so far. */
  get bytes(): number {
    let total = this.identity.length;
    for (const copy of this.#copies.values()) total += copy.length;
    return total;
  }

  /** The bytes to send for `encoding`; without one (or when compressing gains nothing), the body itself. */
  encoded(encoding: Encoding | undefined): { body: Buffer; encoding?: Encoding } {
    if (!encoding || !this.compressible) return { body: this.identity };
    let copy = this.#copies.get(encoding);
    if (!copy) {
      copy = COMPRESS[encoding](this.identity);
      this.#copies.set(encoding, copy);
    }
    return copy.length < this.identity.length ? { body: copy, encoding } : { body: this.identity };
  }
}

/**
 * The headers of `body` sent as `bytes` in `encoding`: Content-Length is that of the bytes sent, and
 * `Vary: Accept-Encoding` tells caches that another client may get other bytes.
 */
export function compressedHeaders(
  headers: Record<string, string>,
  body: CompressibleBody,
  bytes: Buffer,
  encoding: Encoding | undefined,
): Record<string, string | number> {
  return {
    ...headers,
    ...(body.compressible ? { vary: headers.vary ? `${headers.vary}, Accept-Encoding` : 'Accept-Encoding' } : {}),
    ...(encoding ? { 'content-encoding': encoding } : {}),
    'content-length': bytes.length,
  };
}

/**
 * Sends `body` with `status` and `headers`, compressed as the request allows (compressedHeaders).
 * HEAD gets the headers alone. Returns whether a new compressed copy was made (the cache counts it).
 */
export function sendCompressible(
  request: IncomingMessage,
  response: ServerResponse,
  status: number,
  headers: Record<string, string>,
  body: CompressibleBody,
): boolean {
  const before = body.bytes;
  const { body: bytes, encoding } = body.encoded(negotiateEncoding(request.headers['accept-encoding']));
  response.writeHead(status, compressedHeaders(headers, body, bytes, encoding));
  response.end(request.method === 'HEAD' ? undefined : bytes);
  return body.bytes !== before;
}
