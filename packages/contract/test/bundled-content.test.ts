// The bundled content, built in every language, must satisfy the SDK's schemas: what the mock serves and
// the server loads is exactly what a real API may serve. Its records are checked whole when the content
// entry is imported (a bad file fails this suite at its first line).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ChallengeSchema, LANGS, LearningTrackSchema, ParticipationLadderSchema, PracticeSchema, validate } from '@ino/sdk';
import { bundledContent as content, bundledLadders } from '../src/content.js';
import { RUNG_RANGE } from '../src/filters.js';
import { ResourceBuilder } from '../src/resources.js';
import { validateContent } from '../src/records/validate.js';

const build = new ResourceBuilder(content);

describe('bundled content', () => {
  test('the file is valid content: every record by its schema, whole translations, known and unique ids', () => {
    const file = JSON.parse(readFileSync(new URL('../content/content.json', import.meta.url), 'utf8'));
    assert.deepEqual(validateContent(file).errors, undefined);
  });

  test('is as large and as varied as the fixtures need', () => {
    assert.ok(content.practices.length >= 30, `${content.practices.length} practices`);
    assert.ok(content.challenges.length >= 15, `${content.challenges.length} challenges`);
    assert.ok(content.learningTracks.length >= 5, `${content.learningTracks.length} learning tracks`);
    const statuses = new Set(content.challenges.map((c) => c.status));
    for (const status of ['announced', 'open', 'in-evaluation', 'awarded', 'closed', 'cancelled']) assert.ok(statuses.has(status), `a ${status} challenge`);
    assert.ok(content.challenges.filter((c) => c.owners.length > 1).length >= 2, 'joint challenges');
    assert.ok(
      content.challenges.some((c) => c.municipalities.length > 0),
      'challenges tied to municipalities',
    );
    assert.ok(
      content.challenges.some((c) => c.programme),
      'challenges in programmes',
    );
    const admissions = new Set(content.learningTracks.map((t) => `${t.admission}/${t.status}`));
    for (const kind of ['selection/open', 'first-come/open', 'first-come/waitlist']) assert.ok(admissions.has(kind), `a ${kind} track`);
    const trackStatuses = new Set(content.learningTracks.map((t) => t.status));
    for (const status of ['announced', 'closed']) assert.ok(trackStatuses.has(status), `a ${status} track`);
    assert.ok(content.practices.filter((p) => p.translations?.fr).length >= 3, 'French translations');
    assert.ok(
      content.learningTracks.some((t) => t.translations?.fr),
      'a translated track',
    );
  });

  for (const lang of LANGS) {
    test(`every resource in ${lang} satisfies the contract`, () => {
      for (const p of content.practices) validate(PracticeSchema, build.practice(p, lang), `practice ${p.id}`);
      for (const c of content.challenges) validate(ChallengeSchema, build.challenge(c, lang), `challenge ${c.id}`);
      for (const t of content.learningTracks) validate(LearningTrackSchema, build.learningTrack(t, lang), `track ${t.id}`);
    });

    test(`the participation ladder in ${lang} is the contract's shape, in that language, with one rung per level`, () => {
      const ladder = validate(ParticipationLadderSchema, bundledLadders[lang], `ladder ${lang}`);
      assert.equal(ladder.lang, lang);
      assert.equal(ladder.version, bundledLadders.nl.version, 'one version in every language');
      assert.deepEqual(
        ladder.rungs.map((r) => [r.level, r.key]),
        bundledLadders.nl.rungs.map((r) => [r.level, r.key]),
      );
      const levels = Array.from({ length: RUNG_RANGE.max - RUNG_RANGE.min + 1 }, (_, i) => RUNG_RANGE.min + i);
      assert.deepEqual(
        ladder.rungs.map((r) => r.level),
        levels,
      );
    });
  }

  test('a translated track is served wholly in that language: questions, consent and places too', () => {
    const track = content.learningTracks.find((t) => t.translations?.fr && t.sessions.some((s) => s.location === 'Brussel'))!;
    const fr = build.learningTrack(track, 'fr');
    assert.equal(fr.lang, 'fr');
    assert.equal(fr.title, track.translations!.fr!.title);
    assert.equal(fr.consent.text, track.translations!.fr!.consent.text);
    assert.equal(fr.consent.version, track.consent.version);
    assert.deepEqual(
      fr.questions.map((q) => q.label),
      track.translations!.fr!.questions.map((q) => q.label),
    );
    assert.ok(
      fr.sessions.some((s) => s.location === 'Bruxelles'),
      'Brussel is Bruxelles in French',
    );
    const untranslated = content.learningTracks.find((t) => !t.translations?.fr)!;
    const nl = build.learningTrack(untranslated, 'fr');
    assert.equal(nl.lang, 'nl');
    assert.deepEqual(
      nl.questions.map((q) => q.label),
      untranslated.questions.map((q) => q.label),
      'no French questions in a Dutch track',
    );
  });

  test('no text holds markup', () => {
    assert.doesNotMatch(JSON.stringify(content), /<[a-z/!]/i);
    assert.doesNotMatch(JSON.stringify(bundledLadders), /<[a-z/!]/i);
  });
});
