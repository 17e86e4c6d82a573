// Where mails go: the operator's mail server (INO_SMTP_URL, smtp:// or smtps:// with credentials, through
// nodemailer), or without one the mailbox folder of the embedded default (mailbox.ts). nodemailer builds
// the raw message in both cases, so an .eml file is exactly what a mail server would have received.
import nodemailer, { type SendMailOptions } from 'nodemailer';
import type { Config } from '../config.js';
import { mailboxDir, writeToMailbox } from './mailbox.js';

export interface OutgoingMail extends SendMailOptions {
  /** `outbox-123`. */
  id: string;
  subject: string;
  text: string;
  to: string;
}

export interface MailTransport {
  /** Resolves once the mail server has accepted the mail (or the file is written); rejects when it refuses. */
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/** A mail server that does not answer is given up on after these, and tried again later. */
const SMTP_TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };

export function smtpTransport(smtpUrl: string): MailTransport {
  const transporter = nodemailer.createTransport({ url: smtpUrl, ...SMTP_TIMEOUTS });
  return {
    async send({ id: _id, ...mail }) {
      await transporter.sendMail(mail);
    },
    close: () => transporter.close(),
  };
}

export function mailboxTransport(dir: string): MailTransport {
  const transporter = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  return {
    async send({ id, ...mail }) {
      const { message } = await transporter.sendMail(mail);
      const date = mail.date instanceof Date ? mail.date.toISOString() : new Date().toISOString();
      await writeToMailbox(dir, { id, subject: mail.subject, to: mail.to, date, text: mail.text }, message as Buffer);
    },
    close: () => transporter.close(),
  };
}

/** The mail server the configuration names, else the mailbox folder in the data directory. */
export function mailTransportFor(config: Pick<Config, 'mail' | 'dataDir'>): MailTransport {
  return config.mail.smtpUrl ? smtpTransport(config.mail.smtpUrl) : mailboxTransport(mailboxDir(config.dataDir));
}
