// The dataset, built in every language, must satisfy the contract's schemas: what the mock serves is
// exactly what a real API may serve.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ChallengeSchema, LadderRungLevelSchema, LANGS, LearningTrackSchema, ParticipationLadderSchema, PracticeSchema, validate } from '@ino/sdk';
import { dataset, withManyChallenges } from '../src/index.js';
import { ResourceBuilder } from '../src/resources.js';
import { RUNG_RANGE } from '../src/filters.js';

const build = new ResourceBuilder(dataset);

describe('dataset', () => {
  test('is as large and as varied as the fixtures need', () => {
    assert.ok(dataset.practices.length >= 30, `${dataset.practices.length} practices`);
    assert.ok(dataset.challenges.length >= 15, `${dataset.challenges.length} challenges`);
    assert.ok(dataset.learningTracks.length >= 5, `${dataset.learningTracks.length} learning tracks`);
    const statuses = new Set(dataset.challenges.map((c) => c.status));
    for (const status of ['announced', 'open', 'in-evaluation', 'awarded', 'closed', 'cancelled']) assert.ok(statuses.has(status), `a ${status} challenge`);
    assert.ok(dataset.challenges.filter((c) => c.owners.length > 1).length >= 2, 'joint challenges');
    assert.ok(dataset.challenges.some((c) => c.municipalities.length > 0), 'challenges tied to municipalities');
    assert.ok(dataset.challenges.some((c) => c.programme), 'challenges in programmes');
    const admissions = new Set(dataset.learningTracks.map((t) => `${t.admission}/${t.status}`));
    for (const kind of ['selection/open', 'first-come/open', 'first-come/waitlist']) assert.ok(admissions.has(kind), `a ${kind} track`);
    const trackStatuses = new Set(dataset.learningTracks.map((t) => t.status));
    for (const status of ['announced', 'closed']) assert.ok(trackStatuses.has(status), `a ${status} track`);
    assert.ok(dataset.practices.filter((p) => p.translations?.fr).length >= 3, 'French translations');
  });

  test('ids are unique per resource', () => {
    for (const list of [dataset.practices, dataset.challenges, dataset.learningTracks, dataset.organisations, dataset.themes]) {
      const ids = list.map((item) => item.id);
      assert.equal(new Set(ids).size, ids.length, `duplicate ids: ${ids.filter((id, i) => ids.indexOf(id) !== i).join(', ')}`);
    }
  });

  for (const lang of LANGS) {
    test(`every resource in ${lang} satisfies the contract`, () => {
      for (const p of dataset.practices) validate(PracticeSchema, build.practice(p, lang), `practice ${p.id}`);
      for (const c of dataset.challenges) validate(ChallengeSchema, build.challenge(c, lang), `challenge ${c.id}`);
      for (const t of dataset.learningTracks) validate(LearningTrackSchema, build.learningTrack(t, lang), `track ${t.id}`);
      validate(ParticipationLadderSchema, build.ladder(lang), 'ladder');
    });
  }

  test('a translation covers every text field its Dutch record has', () => {
    // Otherwise Dutch text would be served in a resource whose `lang` says French or English.
    const textFields = {
      practice: ['title', 'summary', 'description', 'whatWorked', 'whatDidNotWork', 'lessons', 'figures', 'links'],
      challenge: ['title', 'summary', 'description', 'steps'],
      track: ['title', 'summary', 'description', 'audience', 'consentText'],
    } as const;
    const incomplete: string[] = [];
    const check = (kind: keyof typeof textFields, record: { id: string; translations?: object }) => {
      for (const [lang, translation] of Object.entries(record.translations ?? {})) {
        for (const field of textFields[kind]) {
          const dutch = (record as Record<string, unknown>)[field];
          const present = Array.isArray(dutch) ? dutch.length > 0 : Boolean(dutch);
          if (present && (translation as Record<string, unknown>)[field] === undefined) incomplete.push(`${kind} ${record.id} ${lang}: ${field}`);
        }
      }
    };
    dataset.practices.forEach((r) => check('practice', r));
    dataset.challenges.forEach((r) => check('challenge', r));
    dataset.learningTracks.forEach((r) => check('track', r));
    assert.deepEqual(incomplete, []);
  });

  test('the 5,000-challenge scenario is valid, open and unique', () => {
    const many = withManyChallenges(dataset, 5000);
    const built = new ResourceBuilder(many);
    assert.equal(many.challenges.length, 5000);
    assert.equal(new Set(many.challenges.map((c) => c.id)).size, 5000);
    for (const c of many.challenges) validate(ChallengeSchema, built.challenge(c, 'nl'), `challenge ${c.id}`);
    assert.ok(many.challenges.every((c) => c.status === 'open'));
  });

  test('the rung filter takes exactly the ladder levels the SDK knows', () => {
    for (const level of [RUNG_RANGE.min, RUNG_RANGE.max]) assert.ok(LadderRungLevelSchema.safeParse(level).success, String(level));
    for (const level of [RUNG_RANGE.min - 1, RUNG_RANGE.max + 1]) assert.ok(!LadderRungLevelSchema.safeParse(level).success, String(level));
    const levels = Array.from({ length: RUNG_RANGE.max - RUNG_RANGE.min + 1 }, (_, i) => RUNG_RANGE.min + i);
    assert.deepEqual(dataset.ladder.rungs.map((r) => r.level), levels, 'and the ladder has one rung per level');
  });

  test('no text holds markup', () => {
    const json = JSON.stringify(dataset);
    assert.doesNotMatch(json, /<[a-z/!]/i);
  });
});
