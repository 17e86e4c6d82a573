// The mails as built (src/mail/messages), without a mail server: what comes from content or from the
// applicant is escaped in the HTML, and the calendar keeps Brussels time across summer and winter.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bundledContent } from '@ino/contract/content';
import { buildMail, type MailFacts } from '../src/mail/messages/build-mail.js';

const track = bundledContent.learningTracks.find((t) => t.id === 'lerend-netwerk-participatie-2027')!;
const facts = (over: Partial<MailFacts> = {}): MailFacts => ({
  event: 'confirmed',
  detail: { by: 'applicant' },
  lang: 'nl',
  givenName: 'An',
  track,
  manageLink: 'https://www.example.org/mijn-inschrijving#token=abc',
  domain: 'example.org',
  at: new Date('2026-12-01T09:00:00Z'),
  ...over,
});

test('text from content and from the applicant is plain text in the mail and escaped in its HTML', () => {
  const hostile = '<img src=x onerror=alert(1)> & "Co"';
  const mail = buildMail(facts({ givenName: hostile, track: { ...track, title: `<script>alert(1)</script>`, translations: undefined } }));
  assert.ok(mail.text.includes(`Dag ${hostile},`));
  assert.ok(mail.text.includes('<script>alert(1)</script>'));
  assert.doesNotMatch(mail.html, /<img|<script/);
  assert.ok(mail.html.includes('&#60;img src=x onerror=alert(1)&#62; &#38; &#34;Co&#34;'));
  assert.ok(mail.html.includes('<title>Je bent ingeschreven: &#60;script&#62;'));
});

test('the language is the application’s, with the track’s translation; an unknown one falls back to Dutch', () => {
  assert.match(buildMail(facts({ lang: 'fr' })).subject, /^Vous êtes inscrit·e : Réseau/);
  assert.match(buildMail(facts({ lang: 'en' })).html, /<html lang="en">/);
  assert.match(buildMail(facts({ lang: 'toString' })).subject, /^Je bent ingeschreven: Lerend Netwerk Participatie 2027$/);
});

test('the calendar keeps Brussels time in winter and in summer, and the mail says the same hours', () => {
  const sessions = [
    { startsAt: '2027-01-14T09:30:00+01:00', endsAt: '2027-01-14T12:00:00+01:00', location: 'Gent' },
    { startsAt: '2027-07-08T07:30:00Z', endsAt: '2027-07-08T10:00:00Z' },
  ];
  const mail = buildMail(facts({ track: { ...track, sessions, translations: undefined } }));
  const ics = mail.calendar!.content;
  assert.deepEqual(
    [...ics.matchAll(/^DTSTART;TZID=Europe\/Brussels:(\S+)\r?$/gm)].map((m) => m[1]),
    ['20270114T093000', '20270708T093000'],
  );
  assert.deepEqual(
    [...ics.matchAll(/^LOCATION:(.*)\r?$/gm)].map((m) => m[1]),
    ['Gent', 'online'],
  );
  assert.ok(mail.text.includes('- donderdag 14 januari 2027, 09:30–12:00, Gent\n- donderdag 8 juli 2027, 09:30–12:00, online'));
  // No sessions, no calendar.
  assert.equal(buildMail(facts({ track: { ...track, sessions: [] } })).calendar, undefined);
});
