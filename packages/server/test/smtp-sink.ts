// A real SMTP server on loopback for the mail tests (smtp-server), which reads every mail it accepts with
// mailparser. `answer` decides, mail by mail, whether to accept it or refuse it with a code (451: try
// again later); `hold` keeps the client waiting after the whole mail arrived, as a slow server does,
// until released. It asks for the credentials the test gives, so the worker must send them.
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export const SMTP_USER = 'ino';
export const SMTP_PASSWORD = 'geheim-wachtwoord';

export interface SmtpSink {
  port: number;
  /** smtp://user:password@127.0.0.1:port */
  url: string;
  /** Every mail the sink accepted, in order. */
  accepted: ParsedMail[];
  /** Every mail that arrived whole, accepted or not (a held one too). */
  arrived: ParsedMail[];
  /** `accept`, or an SMTP code to refuse the mail with. */
  answer: (mail: ParsedMail) => 'accept' | number;
  /** While set, a mail that arrived is answered only once this resolves. */
  hold?: Promise<void>;
  close(): Promise<void>;
}

export async function startSmtpSink(port = 0): Promise<SmtpSink> {
  const sink = { accepted: [], arrived: [], answer: () => 'accept' } as unknown as SmtpSink;
  const server = new SMTPServer({
    hideSTARTTLS: true,
    allowInsecureAuth: true,
    disableReverseLookup: true,
    closeTimeout: 100,
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === SMTP_USER && auth.password === SMTP_PASSWORD) callback(null, { user: auth.username });
      else callback(new Error('Invalid username or password'));
    },
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        async (mail) => {
          sink.arrived.push(mail);
          if (sink.hold) await sink.hold;
          const answer = sink.answer(mail);
          if (answer === 'accept') {
            sink.accepted.push(mail);
            return callback();
          }
          callback(Object.assign(new Error('Try again later'), { responseCode: answer }));
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  sink.port = (server.server.address() as AddressInfo).port;
  sink.url = `smtp://${SMTP_USER}:${SMTP_PASSWORD}@127.0.0.1:${sink.port}`;
  sink.close = () => new Promise((resolve) => server.close(() => resolve()));
  return sink;
}

/** The Message-ID of each mail, as the sink saw them. */
export const messageIds = (mails: readonly ParsedMail[]): string[] => mails.map((mail) => mail.messageId ?? '');

/** Resolves once `check` holds, polling; fails after `timeoutMs`. */
export async function waitFor(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 30_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
