// Reading a JSON request body with limits, so that no body can hurt the server: a size cap (413), the
// media type (415), UTF-8 and JSON syntax (400), nesting depth (400), and text that PostgreSQL cannot
// store or that is not Unicode (NUL, lone surrogates: 422 with the field).
import type { IncomingMessage } from 'node:http';
import type { FieldError } from '@ino/sdk';
import { applyProblems, isSafeText } from '@ino/contract';
import { HttpProblem } from './problem.js';

/** Deeper than any body of the contract needs (an application is 2 levels deep). */
const MAX_DEPTH = 16;

export async function readJsonBody(request: IncomingMessage, maxBytes: number): Promise<unknown> {
  const mediaType = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (mediaType !== 'application/json') {
    throw new HttpProblem(415, 'validation', `Send the body as application/json${mediaType ? `, not ${mediaType}` : ''}.`);
  }
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(request.headers['content-type'] ?? '')?.[1]?.toLowerCase();
  if (charset && charset !== 'utf-8' && charset !== 'utf8') throw new HttpProblem(415, 'validation', `Send the body in UTF-8, not ${charset}.`);
  const declared = Number(request.headers['content-length']);
  if (declared > maxBytes) throw tooLarge(maxBytes);

  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of request as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > maxBytes) throw tooLarge(maxBytes);
      chunks.push(chunk);
    }
  } catch (error) {
    if (error instanceof HttpProblem) throw error;
    throw new HttpProblem(400, 'validation', 'The body was cut off.'); // the client went away
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new HttpProblem(400, 'validation', 'The body is not valid UTF-8.');
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new HttpProblem(400, 'validation', `The body is not JSON: ${(error as Error).message}`);
  }
  const unsafe = findUnsafeText(value);
  if (unsafe === 'too-deep') throw new HttpProblem(400, 'validation', `The body is nested more than ${MAX_DEPTH} levels deep.`);
  if (unsafe) throw HttpProblem.from(applyProblems.invalid([unsafe]));
  return value;
}

function tooLarge(maxBytes: number): HttpProblem {
  return new HttpProblem(413, 'validation', `The body is larger than ${Math.round(maxBytes / 1024)} KB.`, { headers: { connection: 'close' } });
}

/** The first string (value or key) with U+0000 or an unpaired surrogate, or 'too-deep'. */
function findUnsafeText(value: unknown, path: string[] = []): FieldError | 'too-deep' | undefined {
  if (path.length > MAX_DEPTH) return 'too-deep';
  if (typeof value === 'string') {
    return isSafeText(value) ? undefined : { field: path.join('.'), code: 'invalid_characters', message: 'Contains a character that is not allowed' };
  }
  if (value === null || typeof value !== 'object') return undefined;
  for (const [key, inner] of Object.entries(value)) {
    if (!isSafeText(key)) return { field: path.join('.'), code: 'invalid_characters', message: 'A name contains a character that is not allowed' };
    const found = findUnsafeText(inner, [...path, key]);
    if (found) return found;
  }
  return undefined;
}
