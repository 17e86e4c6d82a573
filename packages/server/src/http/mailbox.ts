// The example site's mailbox (`npm start` without INO_SMTP_URL): the mails the server wrote to its mailbox
// folder, so a newcomer can follow apply → read the mail → open the manage link → cancel. Only their
// plain-text part is served, as JSON that examples/mailbox.js puts in the page as text; the .eml itself
// as a download. Never on a server with a mail server: there the mails are real people's.
//   GET /mailbox/messages        → [{ id, subject, to, date }], newest first
//   GET /mailbox/messages/{id}   → { id, subject, to, date, text }
//   GET /mailbox/messages/{id}.eml → the raw message
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { listMailbox, readFromMailbox } from '../mail/mailbox.js';
import { HttpProblem } from './problem.js';
import { sendJson } from './respond.js';

export const MAILBOX_PATH = '/mailbox/messages';

export async function serveMailbox(request: IncomingMessage, response: ServerResponse, path: string, dir: string): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD')
    throw new HttpProblem(405, 'method-not-allowed', 'The mailbox is read-only.', { headers: { allow: 'GET, HEAD' } });
  const headers = { 'cache-control': 'no-store' };
  if (path === MAILBOX_PATH) return sendJson(response, 200, await listMailbox(dir), headers);
  const name = path.slice(MAILBOX_PATH.length + 1);
  const raw = name.endsWith('.eml');
  const entry = path.startsWith(`${MAILBOX_PATH}/`) ? await readFromMailbox(dir, raw ? name.slice(0, -4) : name) : undefined;
  if (!entry) throw new HttpProblem(404, 'not-found', `Nothing at ${path}`);
  if (!raw) return sendJson(response, 200, entry, headers);
  const bytes = await readFile(join(dir, `${entry.id}.eml`));
  response
    .writeHead(200, {
      ...headers,
      'content-type': 'message/rfc822',
      'content-disposition': `attachment; filename="${entry.id}.eml"`,
      'content-length': bytes.length,
    })
    .end(request.method === 'HEAD' ? undefined : bytes);
}
