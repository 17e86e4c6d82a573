// The record schemas and the content validator: what a bad file or a bad record gets told, as paths.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ContentError } from '../src/records/record-error.js';
import type { Content } from '../src/records/schemas.js';
import { parseContent, validateContent, validateRecord, type KnownIds } from '../src/records/validate.js';

/** A fresh copy of the bundled file, to break one thing in. */
const file = (): Content => JSON.parse(readFileSync(new URL('../content/content.json', import.meta.url), 'utf8'));
const pathsOf = (document: unknown) => validateContent(document).errors?.map((e) => e.path) ?? [];
const indexOf = (list: { translations?: object | null }[], lang: 'fr' | 'en') => list.findIndex((r) => r.translations && lang in r.translations);

describe('content validation', () => {
  test('a field that breaks its rule is named by its path in the document', () => {
    const content = file();
    const i = indexOf(content.practices, 'fr');
    content.practices[i]!.translations!.fr!.title = 'x'.repeat(161);
    content.challenges[2]!.applyUrl = 'javascript:alert(1)';
    assert.deepEqual(pathsOf(content), [`practices.${i}.translations.fr.title`, 'challenges.2.applyUrl']);
  });

  test('an id that names no organisation, theme or programme is an error', () => {
    const content = file();
    content.practices[0]!.themes = [...content.practices[0]!.themes, 'bestaat-niet'];
    content.challenges[0]!.programme = 'geen-programma';
    content.learningTracks[0]!.organisers = ['niemand'];
    const { errors } = validateContent(content);
    assert.deepEqual(
      errors?.map((e) => e.path),
      [`practices.0.themes.${content.practices[0]!.themes.length - 1}`, 'challenges.0.programme', 'learningTracks.0.organisers.0'],
    );
    assert.match(errors![0]!.message, /No theme has the id bestaat-niet/);
  });

  test('a partial translation is an error: a missing field, a shorter list, another question, a field Dutch lacks', () => {
    const content = file();
    const [first, second, third] = content.practices.flatMap((p, i) => (p.translations?.en && p.lessons.length && p.description ? [i] : []));
    delete (content.practices[first!]!.translations!.en as { whatDidNotWork?: string }).whatDidNotWork;
    content.practices[second!]!.translations!.en!.lessons.pop();
    delete content.practices[third!]!.description;
    const t = indexOf(content.learningTracks, 'fr');
    content.learningTracks[t]!.translations!.fr!.questions[0]!.id = 'een-andere-vraag';
    assert.deepEqual(pathsOf(content), [
      `practices.${first}.translations.en.whatDidNotWork`,
      `practices.${second}.translations.en.lessons`,
      `practices.${third}.translations.fr.description`,
      `practices.${third}.translations.en.description`,
      `learningTracks.${t}.translations.fr.questions.0.id`,
    ]);
  });

  test('a translated track with places needs them in its language', () => {
    const content = file();
    const t = content.learningTracks.findIndex((r) => r.translations?.fr?.sessions);
    delete content.learningTracks[t]!.translations!.fr!.sessions;
    assert.deepEqual(pathsOf(content), [`learningTracks.${t}.translations.fr.sessions`]);
  });

  test('duplicate ids in a collection are errors naming the first', () => {
    const content = file();
    content.organisations.push({ ...content.organisations[3]! });
    assert.deepEqual(validateContent(content).errors, [
      { path: `organisations.${content.organisations.length - 1}.id`, message: `organisations.3 has the id ${content.organisations[3]!.id} too` },
    ]);
  });

  test('records of the earlier shape, unknown fields and unknown collections are errors', () => {
    const content = file() as unknown as Record<string, Record<string, unknown>[]>;
    const track = content.learningTracks![0]!;
    track.consentVersion = track.consent;
    delete track.consent;
    content.ladder = [];
    const errors = pathsOf(content);
    assert.ok(errors.includes('ladder'), errors.join());
    assert.ok(errors.includes('learningTracks.0.consent'), errors.join());
    assert.ok(
      errors.some((path) => path.startsWith('learningTracks.0') && path !== 'learningTracks.0.consent'),
      `consentVersion is refused: ${errors.join()}`,
    );
    assert.deepEqual(pathsOf([]), ['']);
    assert.equal(pathsOf({ ...file(), themes: undefined })[0], 'themes');
  });

  test('parseContent throws a ContentError whose message names the file and the paths', () => {
    const content = file();
    content.practices[4]!.whatDidNotWork = ' ';
    assert.throws(
      () => parseContent(content, 'mijn-inhoud.json'),
      (error: unknown) => {
        assert.ok(error instanceof ContentError);
        assert.match(error.message, /^mijn-inhoud\.json is not valid content \(1 error\):\n {2}practices\.4\.whatDidNotWork: /);
        return true;
      },
    );
  });
});

describe('one record, as an organiser will PUT it', () => {
  const known: KnownIds = { organisations: new Set(['vdab']), themes: new Set(['werk']), programmes: new Set() };
  const theme = { id: 'werk', label: 'Werk', translations: { fr: { label: 'Emploi' } } };

  test('a valid record comes back parsed; paths are relative to the record', () => {
    assert.deepEqual(validateRecord('themes', theme, known), { record: theme });
    assert.deepEqual(
      validateRecord('themes', { ...theme, translations: { fr: {} } }, known).errors?.map((e) => e.path),
      ['translations.fr.label'],
    );
    assert.deepEqual(
      validateRecord('themes', { ...theme, translations: { de: { label: 'Arbeit' } } }, known).errors?.map((e) => e.path),
      ['translations'],
    );
  });

  test('the ids it names are checked against the known ones', () => {
    const practice = file().practices.find((p) => p.organisations.length === 1 && p.themes.length === 1 && !p.translations)!;
    const errors = validateRecord('practices', { ...practice, organisations: ['vdab'], themes: ['bestaat-niet'] }, known).errors;
    assert.deepEqual(errors, [{ path: 'themes.0', message: 'No theme has the id bestaat-niet' }]);
  });
});
