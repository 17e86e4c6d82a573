// The embedded default's mailbox (no INO_SMTP_URL): each mail as an .eml file in <INO_DATA_DIR>/mailbox/,
// to open in any mail program, with a .json beside it holding its subject, recipient and plain-text part
// for the example site's mailbox page (examples/mailbox.html). A mail written again (a crash between
// writing and marking it sent) replaces its own files: the name is the outbox row's.
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface MailboxEntry {
  /** `outbox-123`: the file names and the Message-ID's local part. */
  id: string;
  subject: string;
  to: string;
  date: string;
  text: string;
}

export const mailboxDir = (dataDir: string): string => join(dataDir, 'mailbox');

const ID = /^outbox-\d+$/;

export async function writeToMailbox(dir: string, entry: MailboxEntry, raw: Buffer): Promise<void> {
  // Personal data: the folder is this server's user's alone, like the database beside it.
  await mkdir(dir, { recursive: true, mode: 0o700 });
  // Written under a temporary name and renamed, so the page never reads half a mail.
  await writeAtomically(join(dir, `${entry.id}.eml`), raw);
  await writeAtomically(join(dir, `${entry.id}.json`), JSON.stringify(entry));
}

async function writeAtomically(file: string, content: Buffer | string): Promise<void> {
  await writeFile(`${file}.tmp`, content, { mode: 0o600 });
  await rename(`${file}.tmp`, file);
}

/** Every mail in the folder, newest first, without its text. */
export async function listMailbox(dir: string): Promise<Omit<MailboxEntry, 'text'>[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const ids = names.filter((name) => name.endsWith('.json') && ID.test(name.slice(0, -5))).map((name) => name.slice(0, -5));
  const entries = await Promise.all(ids.map((id) => readFromMailbox(dir, id)));
  return entries
    .filter((entry) => entry !== undefined)
    .map(({ text: _text, ...summary }) => summary)
    .sort((a, b) => Number(b.id.slice(7)) - Number(a.id.slice(7)));
}

/** One mail by its id; undefined for anything that is not one. */
export async function readFromMailbox(dir: string, id: string): Promise<MailboxEntry | undefined> {
  if (!ID.test(id)) return undefined;
  try {
    return JSON.parse(await readFile(join(dir, `${id}.json`), 'utf8')) as MailboxEntry;
  } catch {
    return undefined;
  }
}
