// The tolerant reader of CONTRACT.md §1: what is dropped, what is kept, what is still an error.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  ChallengeSchema,
  LearningTrackSchema,
  OrganisationSchema,
  pageOf,
  ParticipationLadderSchema,
  PracticeSchema,
  readTolerantly,
  ValidationError,
} from '../src/index.js';
import { challenge, ladder, organisation, practice, track } from './fixtures.js';

const paths = (read: { dropped: { path: string }[] }) => read.dropped.map((d) => d.path).sort();
const refused = (run: () => unknown, path: string) =>
  assert.throws(run, (error: unknown) => error instanceof ValidationError && error.issues.some((i) => i.path === path));

describe('readTolerantly', () => {
  test('a valid resource is kept whole, with nothing dropped', () => {
    assert.deepEqual(readTolerantly(PracticeSchema, practice, 'The practice'), { value: practice, dropped: [] });
    assert.deepEqual(readTolerantly(LearningTrackSchema, track, 'The track'), { value: track, dropped: [] });
  });

  test('an optional field that breaks its rule is dropped; the rest is kept', () => {
    const read = readTolerantly(PracticeSchema, { ...practice, description: 'x'.repeat(20_001), ladderRung: 9 }, 'The practice');
    const { description: _d, ladderRung: _l, ...rest } = practice;
    assert.deepEqual(read.value, rest);
    assert.deepEqual(paths(read), ['description', 'ladderRung']);
    assert.deepEqual(
      read.dropped.find((d) => d.path === 'ladderRung'),
      {
        path: 'ladderRung',
        id: 'work-out-room',
        issues: [{ path: 'ladderRung', message: read.dropped.find((d) => d.path === 'ladderRung')!.issues[0]!.message }],
      },
    );
  });

  test('an element of a list that breaks its rule is dropped from that list', () => {
    const links = [
      { label: 'Goed', url: 'https://example.org/a' },
      { label: 'Kwaad', url: 'javascript:alert(1)' },
      { label: '', url: 'https://example.org/c' },
      { label: 'Ook goed', url: 'https://example.org/d' },
    ];
    const read = readTolerantly(PracticeSchema, { ...practice, links, lessons: ['Een les', 42] }, 'The practice');
    assert.deepEqual(read.value.links, [links[0], links[3]]);
    assert.deepEqual(read.value.lessons, ['Een les']);
    assert.deepEqual(paths(read), ['lessons.1', 'links.1', 'links.2']);
  });

  test('javascript:, data: and relative URLs are dropped from every URL field', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', '/relatief', 'ftp://example.org', 'http://example.org']) {
      const orgWith = { ...organisation, url };
      const read = readTolerantly(ChallengeSchema, { ...challenge, applyUrl: url, owners: [orgWith], partners: [orgWith] }, 'The challenge');
      assert.deepEqual(paths(read), ['applyUrl', 'owners.0.url', 'partners.0.url'], url);
      assert.equal(JSON.stringify(read.value).includes(url), false, url);
      const practiceRead = readTolerantly(PracticeSchema, { ...practice, links: [{ label: 'x', url }] }, 'The practice');
      assert.deepEqual(practiceRead.value.links, [], url);
      // The privacy statement is required to consent: a track without a usable one is unusable.
      refused(() => readTolerantly(LearningTrackSchema, { ...track, consent: { ...track.consent, privacyUrl: url } }, 'The track'), 'consent.privacyUrl');
    }
  });

  test('a required list keeps its minimum: dropping is fine while one usable element is left', () => {
    const broken = { ...organisation, id: 'Niet Geldig' };
    const read = readTolerantly(PracticeSchema, { ...practice, organisations: [broken, organisation] }, 'The practice');
    assert.deepEqual(read.value.organisations, [organisation]);
    assert.deepEqual(
      read.dropped.map((d) => [d.path, d.id]),
      [['organisations.0', 'Niet Geldig']],
    );
    refused(() => readTolerantly(PracticeSchema, { ...practice, organisations: [broken] }, 'The practice'), 'organisations');
    refused(() => readTolerantly(ChallengeSchema, { ...challenge, owners: [broken] }, 'The challenge'), 'owners');
  });

  test("a track's questions are whole: a broken question makes the track unusable, a broken help text is dropped", () => {
    const questions = [track.questions[0]!, { ...track.questions[1]!, maxLength: 0 }];
    refused(() => readTolerantly(LearningTrackSchema, { ...track, questions }, 'The track'), 'questions.1.maxLength');
    const withBadHelp = readTolerantly(LearningTrackSchema, { ...track, questions: [{ ...track.questions[0]!, help: 7 }] }, 'The track');
    assert.deepEqual(withBadHelp.value.questions, [track.questions[0]]);
    assert.deepEqual(paths(withBadHelp), ['questions.0.help']);
  });

  test('a contact is kept without a broken e-mail address when it has a phone, and dropped whole when it has nothing left', () => {
    const withPhone = readTolerantly(PracticeSchema, { ...practice, contact: { name: 'Team', email: 'geen adres', phone: '02 553 00 00' } }, 'The practice');
    assert.deepEqual(withPhone.value.contact, { name: 'Team', phone: '02 553 00 00' });
    assert.deepEqual(paths(withPhone), ['contact.email']);
    const alone = readTolerantly(PracticeSchema, { ...practice, contact: { name: 'Team', email: 'geen adres' } }, 'The practice');
    assert.equal(alone.value.contact, undefined);
    // One entry for the contact, with the issues that led there, not one for its e-mail and one for it.
    assert.deepEqual(paths(alone), ['contact']);
    assert.ok(alone.dropped[0]!.issues.length >= 1 && alone.dropped[0]!.issues.every((i) => i.path === 'contact.email'));
  });

  test('a page leaves out an item with an unusable required field, drops a broken optional field of another, and names both by the original path', () => {
    const items = [
      { ...challenge, id: 'een' },
      { ...challenge, id: 'twee', title: '' },
      { ...challenge, id: 'drie' },
      // Its contact loses its e-mail first, then (with nothing left to reach) itself: a second round,
      // after items.1 is gone, must still be reported as items.3.
      { ...challenge, id: 'vier', budget: { maxAmount: -1, currency: 'EUR', vatIncluded: false }, contact: { name: 'X', email: 'nee' } },
    ];
    const read = readTolerantly(pageOf(ChallengeSchema), { items, nextCursor: null, total: 4 }, 'A page');
    assert.deepEqual(
      read.value.items.map((c) => c.id),
      ['een', 'drie', 'vier'],
    );
    assert.equal(read.value.items[2]!.budget, undefined);
    assert.deepEqual(read.dropped.map((d) => [d.path, d.id]).sort(), [
      ['items.1', 'twee'],
      ['items.3.budget', 'vier'],
      ['items.3.contact', 'vier'],
    ]);
    assert.equal(read.dropped.find((d) => d.path === 'items.1')!.issues[0]!.path, 'items.1.title');
  });

  test('an organisation, a ladder and their lists', () => {
    const org = readTolerantly(OrganisationSchema, { ...organisation, identifiers: { kbo: '123', ovo: 'OVO000047' } }, 'The organisation');
    assert.deepEqual(org.value.identifiers, { ovo: 'OVO000047' });
    assert.deepEqual(paths(org), ['identifiers.kbo']);
    const rungs = ladder.rungs.map((r) => (r.level === 2 ? { ...r, variants: [...r.variants!, { key: 'X!', name: 'Kapot' }] } : r));
    const read = readTolerantly(ParticipationLadderSchema, { ...ladder, rungs }, 'The ladder');
    assert.deepEqual(read.value, ladder);
    assert.deepEqual(paths(read), ['rungs.1.variants.2']);
  });

  test('only a resource whose own required fields are unusable is an error', () => {
    refused(() => readTolerantly(PracticeSchema, { ...practice, title: 42 }, 'The practice'), 'title');
    refused(() => readTolerantly(PracticeSchema, { ...practice, id: undefined }, 'The practice'), 'id');
    refused(() => readTolerantly(PracticeSchema, 'a practice', 'The practice'), '');
    refused(() => readTolerantly(pageOf(PracticeSchema), { items: [practice], nextCursor: 3 }, 'A page'), 'nextCursor');
  });

  test('leaves its input as it was, and prototype keys as plain data', () => {
    const input = JSON.parse(JSON.stringify({ ...practice, links: [{ label: 'x', url: 'data:,x' }] }));
    const before = JSON.stringify(input);
    readTolerantly(PracticeSchema, input, 'The practice');
    assert.equal(JSON.stringify(input), before);
    const hostile = JSON.parse(`{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, ${JSON.stringify(practice).slice(1)}`);
    hostile.links = [{ label: 'x', url: 'javascript:0', __proto__: { polluted: true } }];
    const read = readTolerantly(PracticeSchema, hostile, 'The practice');
    assert.deepEqual(read.value.links, []);
    assert.equal(({} as { polluted?: boolean }).polluted, undefined);
    assert.equal(Object.getPrototypeOf(read.value), Object.prototype);
  });
});
