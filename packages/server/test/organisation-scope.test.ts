// A token limited to organisations on the content routes (CONTRACT.md §4, docs/organisers.md): it sees
// and changes only its organisations' records, anything else is 404 as if it did not exist; themes,
// programmes and the organisations its records name it may read but not change (403); and a change
// keeps the record within its organisations. API tokens here; an OIDC token limited by its claim last.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { parseContent, type Content } from '@ino/contract';
import { bundledContent } from '@ino/contract/content';
import { createToken } from '../src/auth/api-tokens.js';
import { maySeeTrack } from '../src/auth/organisation-scope.js';
import { startTestServer, type TestServer } from './harness.js';
import { startIssuer, type TestIssuer } from './oidc-issuer.js';

/** Informatie Vlaanderen: four practices, a challenge it owns with VDAB, one learning track. */
const MINE = 'informatie-vlaanderen';
const SHARED_CHALLENGE = 'open-data-portalen-koppelen';
const OTHERS_PRACTICE = 'work-out-room';

describe('a token limited to organisations, on the content routes', () => {
  let issuer: TestIssuer;
  let server: TestServer;
  let limited: string;
  let unlimited: string;
  before(async () => {
    issuer = await startIssuer();
    server = await startTestServer({
      backend: 'pglite',
      env: { INO_OIDC_ISSUER: issuer.url, INO_OIDC_AUDIENCE: issuer.audience, INO_OIDC_ORGANISATIONS_CLAIM: 'ino_organisations' },
    });
    limited = await createToken(server.db, { name: 'iv-editor', scopes: ['content:write'], organisations: [MINE] });
    unlimited = await createToken(server.db, { name: 'network-editor', scopes: ['content:write'] });
  });
  after(async () => {
    await server.close();
    await issuer.close();
  });

  const admin = (path: string, init: RequestInit & { token?: string } = {}) => {
    const { token = limited, ...rest } = init;
    const headers = new Headers(rest.headers);
    headers.set('authorization', `Bearer ${token}`);
    if (rest.body) headers.set('content-type', 'application/json');
    return fetch(`${server.baseUrl}/admin${path}`, { ...rest, headers });
  };
  const read = async (path: string, token?: string) => {
    const response = await admin(path, { token });
    assert.equal(response.status, 200, path);
    return { record: await response.json(), etag: response.headers.get('etag')! };
  };
  const put = (path: string, record: object, precondition: Record<string, string>, token?: string) =>
    admin(path, { method: 'PUT', body: JSON.stringify(record), headers: precondition, token });
  const refusal = async (response: Response) => ({ status: response.status, ...((await response.json()) as { type: string; detail: string }) });
  /** The ids, sorted: the store answers by id, the bundled content in its own order. */
  const ids = (records: { id: string }[]) => records.map((r) => r.id).sort();

  test('GET /admin/content: its records, every theme and programme, and the organisations its records name; a whole document', async () => {
    const response = await admin('/content');
    assert.equal(response.status, 200);
    const content = (await response.json()) as Content;
    const practices = bundledContent.practices.filter((p) => p.organisations.includes(MINE));
    assert.deepEqual(ids(content.practices), ids(practices));
    assert.deepEqual(ids(content.challenges), [SHARED_CHALLENGE]);
    assert.deepEqual(ids(content.learningTracks), ['kennisnetwerk-open-data-publiceren']);
    assert.equal(content.themes.length, bundledContent.themes.length);
    assert.equal(content.programmes.length, bundledContent.programmes.length);
    const named = new Set([MINE, 'vdab', ...practices.flatMap((p) => p.organisations)]);
    assert.deepEqual(new Set(ids(content.organisations)), named);
    assert.doesNotThrow(() => parseContent(content, 'the limited document'), 'every id it names is in it');
  });

  test("another organisation's record is 404 to every method, exactly as one that does not exist", async () => {
    const { record, etag } = await read(`/practices/${OTHERS_PRACTICE}`, unlimited);
    const answers = [
      await admin(`/practices/${OTHERS_PRACTICE}`),
      await put(`/practices/${OTHERS_PRACTICE}`, record, { 'if-match': etag }),
      await put(`/practices/${OTHERS_PRACTICE}`, { ...record, organisations: [MINE] }, { 'if-none-match': '*' }),
      await admin(`/practices/${OTHERS_PRACTICE}`, { method: 'DELETE', headers: { 'if-match': etag } }),
    ];
    const missing = await refusal(await admin('/practices/no-such-practice'));
    for (const answer of answers) {
      const { status, type, detail } = await refusal(answer);
      assert.deepEqual({ status, type }, { status: 404, type: missing.type });
      assert.equal(detail, missing.detail.replace('no-such-practice', OTHERS_PRACTICE));
    }
    assert.equal((await read(`/practices/${OTHERS_PRACTICE}`, unlimited)).etag, etag, 'unchanged');
  });

  test('themes, programmes and the organisations its records name: readable, and 403 to a change, saying why', async () => {
    const theme = await read(`/themes/${bundledContent.themes[0]!.id}`);
    const programme = await read(`/programmes/${bundledContent.programmes[0]!.id}`);
    const vdab = await read('/organisations/vdab');
    const refusals = [
      await refusal(await put(`/themes/${theme.record.id}`, { ...theme.record, label: 'Anders' }, { 'if-match': theme.etag })),
      await refusal(await admin(`/programmes/${programme.record.id}`, { method: 'DELETE', headers: { 'if-match': programme.etag } })),
      await refusal(await put('/themes/nieuw-thema', { id: 'nieuw-thema', label: 'Nieuw' }, { 'if-none-match': '*' })),
      await refusal(await put('/organisations/vdab', { ...vdab.record, name: 'VDAB (herdoopt)' }, { 'if-match': vdab.etag })),
    ];
    for (const { status, type } of refusals) assert.deepEqual({ status, type: type.replace(/.*\/problems\//, '') }, { status: 403, type: 'forbidden' });
    assert.match(refusals[0]!.detail, /limited to the organisations informatie-vlaanderen; themes are shared by every organisation/);
    assert.match(refusals[1]!.detail, /programmes are shared/);
    assert.match(refusals[3]!.detail, /not one of theirs/);
    assert.equal((await read('/organisations/vdab')).etag, vdab.etag, 'unchanged');
  });

  test('its own records: corrected with If-Match and on the public API at once; its own organisation record too', async () => {
    const challenge = await read(`/challenges/${SHARED_CHALLENGE}`);
    const corrected = await put(
      `/challenges/${SHARED_CHALLENGE}`,
      { ...challenge.record, title: 'Open-dataportalen koppelen, verbeterd' },
      { 'if-match': challenge.etag },
    );
    assert.equal(corrected.status, 200);
    assert.equal((await (await fetch(`${server.baseUrl}/challenges/${SHARED_CHALLENGE}`)).json()).title, 'Open-dataportalen koppelen, verbeterd');
    const organisation = await read(`/organisations/${MINE}`);
    assert.equal(
      (await put(`/organisations/${MINE}`, { ...organisation.record, url: 'https://www.vlaanderen.be/digitaal-vlaanderen' }, { 'if-match': organisation.etag }))
        .status,
      200,
    );
  });

  test('a change keeps the record within its organisations: it cannot create one for another, add another, or hand one over', async () => {
    const source = bundledContent.learningTracks.find((t) => t.organisers.includes(MINE))!;
    const forVdab = await refusal(
      await put('/learning-tracks/nieuw-traject', { ...source, id: 'nieuw-traject', organisers: ['vdab'] }, { 'if-none-match': '*' }),
    );
    assert.equal(forVdab.status, 403);
    assert.match(forVdab.detail, /cannot make vdab an organisation of this record/);
    assert.equal((await admin('/learning-tracks/nieuw-traject', { token: unlimited })).status, 404, 'not created');

    const created = await put('/learning-tracks/nieuw-traject', { ...source, id: 'nieuw-traject', organisers: [MINE] }, { 'if-none-match': '*' });
    assert.equal(created.status, 201);
    const etag = created.headers.get('etag')!;
    const handedOver = await refusal(
      await put('/learning-tracks/nieuw-traject', { ...source, id: 'nieuw-traject', organisers: ['vdab'] }, { 'if-match': etag }),
    );
    assert.equal(handedOver.status, 403);
    const withGent = await refusal(
      await put('/learning-tracks/nieuw-traject', { ...source, id: 'nieuw-traject', organisers: [MINE, 'stad-gent'] }, { 'if-match': etag }),
    );
    assert.match(withGent.detail, /cannot make stad-gent an organisation/);

    // The challenge it owns with VDAB: VDAB may stay or go, but the challenge cannot be left to VDAB alone.
    const challenge = await read(`/challenges/${SHARED_CHALLENGE}`);
    const leftToVdab = await refusal(await put(`/challenges/${SHARED_CHALLENGE}`, { ...challenge.record, owners: ['vdab'] }, { 'if-match': challenge.etag }));
    assert.equal(leftToVdab.status, 403);
    assert.match(leftToVdab.detail, /would belong to none of them/);
    assert.equal((await put(`/challenges/${SHARED_CHALLENGE}`, { ...challenge.record, owners: [MINE] }, { 'if-match': challenge.etag })).status, 200);

    const newOrganisation = await refusal(
      await put('/organisations/nieuwe-dienst', { id: 'nieuwe-dienst', name: 'Nieuwe dienst', kind: 'agency', level: 'flemish' }, { 'if-none-match': '*' }),
    );
    assert.equal(newOrganisation.status, 403);
    assert.match(newOrganisation.detail, /cannot create the record of nieuwe-dienst/);

    assert.equal((await admin('/learning-tracks/nieuw-traject', { method: 'DELETE', headers: { 'if-match': etag } })).status, 200, 'it withdraws its own');
    assert.equal((await fetch(`${server.baseUrl}/learning-tracks/nieuw-traject`)).status, 404);
  });

  test('an OIDC token limited by INO_OIDC_ORGANISATIONS_CLAIM sees its organisations; one without the claim, no organisation', async () => {
    const content = async (claims: Record<string, unknown>) => {
      const response = await admin('/content', { token: await issuer.token({ scope: 'content:write', ...claims }) });
      assert.equal(response.status, 200);
      return (await response.json()) as Content;
    };
    const ago = await content({ ino_organisations: ['ago'] });
    assert.deepEqual(ids(ago.learningTracks), ids(bundledContent.learningTracks.filter((t) => t.organisers.includes('ago'))));
    assert.ok(ago.learningTracks.length > 0);
    const none = await content({});
    assert.deepEqual([none.practices.length, none.challenges.length, none.learningTracks.length, none.organisations.length], [0, 0, 0, 0]);
  });

  test('maySeeTrack, for the applications side: a track of one of its organisations; every track, unlimited', () => {
    const track = { organisers: ['ago', 'vito'] };
    assert.equal(maySeeTrack({ actor: 'a', scopes: [], organisations: ['vito'] }, track), true);
    assert.equal(maySeeTrack({ actor: 'a', scopes: [], organisations: ['vdab'] }, track), false);
    assert.equal(maySeeTrack({ actor: 'a', scopes: [], organisations: [] }, track), false);
    assert.equal(maySeeTrack({ actor: 'a', scopes: [] }, track), true);
  });
});
