import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  applicationRequestSchemaFor,
  ChallengeSchema,
  UNSAFE_CHARACTER_MESSAGE,
  LearningTrackSchema,
  PracticeSchema,
  validate,
  ValidationError,
} from '../src/index.js';
import { challenge, practice, track } from './fixtures.js';

describe('schemas', () => {
  test('accept the contract examples', () => {
    assert.deepEqual(PracticeSchema.parse(practice), practice);
    assert.deepEqual(ChallengeSchema.parse(challenge), challenge);
    assert.deepEqual(LearningTrackSchema.parse(track), track);
  });

  test('ignore unknown fields (forward compatibility)', () => {
    const parsed = PracticeSchema.parse({ ...practice, addedInV1dot5: { x: 1 } });
    assert.equal('addedInV1dot5' in parsed, false);
  });

  test('keep unknown values of open enums', () => {
    const parsed = PracticeSchema.parse({ ...practice, stage: 'hibernating', level: 'galactic' });
    assert.equal(parsed.stage, 'hibernating');
    assert.equal(parsed.level, 'galactic');
  });

  test('treat null and absent optional fields the same', () => {
    const { description: _d, contact: _c, ...withoutOptionals } = practice;
    assert.equal(PracticeSchema.safeParse(withoutOptionals).success, true);
    assert.equal(PracticeSchema.safeParse({ ...practice, description: null, contact: null, ladderRung: null }).success, true);
  });

  test('require a non-empty whatDidNotWork', () => {
    assert.equal(PracticeSchema.safeParse({ ...practice, whatDidNotWork: '' }).success, false);
    assert.equal(PracticeSchema.safeParse({ ...practice, whatDidNotWork: '   ' }).success, false);
    const { whatDidNotWork: _w, ...without } = practice;
    assert.equal(PracticeSchema.safeParse(without).success, false);
  });

  test('reject links that are not https (http only for localhost)', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,x', 'http://example.org', '/relative', 'ftp://x.org']) {
      assert.equal(PracticeSchema.safeParse({ ...practice, links: [{ label: 'x', url }] }).success, false, url);
    }
    assert.equal(PracticeSchema.safeParse({ ...practice, links: [{ label: 'x', url: 'http://localhost:8080/a' }] }).success, true);
  });

  test('reject ids that are not slugs and timestamps without an offset', () => {
    assert.equal(PracticeSchema.safeParse({ ...practice, id: '../etc' }).success, false);
    assert.equal(PracticeSchema.safeParse({ ...practice, updatedAt: '2026-10-02T09:30:00' }).success, false);
  });

  test('a contact needs an e-mail address or a phone number', () => {
    assert.equal(PracticeSchema.safeParse({ ...practice, contact: { name: 'X' } }).success, false);
    assert.equal(PracticeSchema.safeParse({ ...practice, contact: { name: 'X', phone: '02 553 00 00' } }).success, true);
  });

  test('seatsTaken above seats only with a waitlist', () => {
    assert.equal(LearningTrackSchema.safeParse({ ...track, seatsTaken: 31, waitlist: false }).success, false);
    assert.equal(LearningTrackSchema.safeParse({ ...track, seatsTaken: 31, waitlist: true }).success, true);
  });

  test('validate() lists every issue with its path', () => {
    assert.throws(
      () => validate(PracticeSchema, { ...practice, title: '', organisations: [] }, 'The practice'),
      (error: unknown) =>
        error instanceof ValidationError &&
        error.issues.some((i) => i.path === 'title') &&
        error.issues.some((i) => i.path === 'organisations') &&
        error.message.startsWith('The practice does not match the contract'),
    );
  });
});

describe('applicationRequestSchemaFor', () => {
  const schema = applicationRequestSchemaFor(track);
  const body = {
    givenName: '  An ',
    familyName: 'Peeters',
    email: ' an.peeters@example.org ',
    organisation: 'Stad Gent',
    answers: { bring: 'Ervaring met burgerbudgetten' },
    consentVersion: '2026-09',
    lang: 'nl',
  };

  test('trims before it checks', () => {
    const parsed = schema.parse(body);
    assert.equal(parsed.givenName, 'An');
    assert.equal(parsed.email, 'an.peeters@example.org');
  });

  test('requires required answers and rejects blank ones', () => {
    const result = schema.safeParse({ ...body, answers: { bring: '   ' } });
    assert.equal(result.success, false);
    assert.deepEqual(
      result.error!.issues.map((i) => i.path.join('.')),
      ['answers.bring'],
    );
  });

  test('rejects answers longer than maxLength and unknown question ids', () => {
    assert.equal(schema.safeParse({ ...body, answers: { bring: 'x', expect: 'y'.repeat(21) } }).success, false);
    assert.equal(schema.safeParse({ ...body, answers: { bring: 'x', other: 'y' } }).success, false);
  });

  test('requires consent to the current text', () => {
    assert.equal(schema.safeParse({ ...body, consentVersion: '2025-01' }).success, false);
  });

  test('refuses control and invisible characters inside a name, an organisation or an answer; keeps line breaks in answers', () => {
    for (const character of ['\n', '\u001B', '\u202E', '\u2067', '\u200B', '\u2060', '\u009B']) {
      const result = schema.safeParse({
        ...body,
        familyName: `Pee${character}ters`,
        organisation: `Stad${character}Gent`,
        answers: { bring: `Ervaring${character === '\n' ? '\u202E' : character}mee` },
      });
      assert.equal(result.success, false, JSON.stringify(character));
      assert.deepEqual(
        result.error!.issues.map((i) => [i.path.join('.'), i.message]),
        [
          ['familyName', UNSAFE_CHARACTER_MESSAGE],
          ['organisation', UNSAFE_CHARACTER_MESSAGE],
          ['answers.bring', UNSAFE_CHARACTER_MESSAGE],
        ],
      );
    }
    const kept = schema.parse({ ...body, givenName: 'Zoë 👩🏽‍💻', answers: { bring: 'Eén\r\ntwee\tdrie' } });
    assert.equal(kept.givenName, 'Zoë 👩🏽‍💻', 'an emoji joined with a zero-width joiner is text');
    assert.equal(kept.answers.bring, 'Eén\r\ntwee\tdrie');
  });

  test('rejects a bad e-mail address', () => {
    const result = schema.safeParse({ ...body, email: 'an.peeters' });
    assert.equal(result.success, false);
    assert.equal(result.error!.issues[0]!.path.join('.'), 'email');
  });
});
