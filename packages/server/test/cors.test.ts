// CORS (CONTRACT.md §1): GET for any origin; applications only for the configured origins, the
// server's own pages and clients that are not pages (no Origin). HTTP policy, not storage: PGlite only.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { bundledContent as dataset } from '@ino/contract/content';
import { applicationFor, post, startTestServer, type TestServer } from './harness.js';

const track = dataset.learningTracks.find((t) => t.admission === 'selection' && t.status === 'open')!;
const ALLOWED = 'https://www.gent.be';
const OTHER = 'https://elders.example';

const preflight = (url: string, origin: string, method: string, headers: string) =>
  fetch(url, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': method, 'access-control-request-headers': headers } });

describe('CORS', () => {
  let server: TestServer;
  let open: TestServer;
  before(async () => {
    server = await startTestServer({
      backend: 'pglite',
      env: { INO_ALLOWED_ORIGINS: `${ALLOWED}, https://intranet.vlaanderen.be`, INO_PROBLEM_BASE: 'https://api.gent.be/ino/problems' },
    });
    open = await startTestServer({ backend: 'pglite', env: { INO_ALLOWED_ORIGINS: '*' } });
  });
  after(async () => {
    await server.close();
    await open.close();
  });

  test('reads: any origin, with the headers a page needs readable; preflights allow If-None-Match', async () => {
    const response = await fetch(`${server.baseUrl}/practices?limit=1`, { headers: { origin: OTHER } });
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    assert.match(response.headers.get('access-control-expose-headers')!, /ETag/);
    const missing = await fetch(`${server.baseUrl}/practices/bestaat-niet`, { headers: { origin: OTHER } });
    assert.equal(missing.headers.get('access-control-allow-origin'), '*', 'problems too');
    const pre = await preflight(`${server.baseUrl}/practices`, OTHER, 'GET', 'if-none-match');
    assert.equal(pre.status, 204);
    assert.equal(pre.headers.get('access-control-allow-origin'), '*');
    assert.match(pre.headers.get('access-control-allow-headers')!, /If-None-Match/i);
    assert.equal(pre.headers.get('access-control-allow-credentials'), null);
  });

  test('applications: an allowed origin gets its own origin back, with Idempotency-Key allowed', async () => {
    const url = `${server.baseUrl}/learning-tracks/${track.id}/applications`;
    const pre = await preflight(url, ALLOWED, 'POST', 'content-type,idempotency-key');
    assert.equal(pre.status, 204);
    assert.equal(pre.headers.get('access-control-allow-origin'), ALLOWED);
    assert.match(pre.headers.get('access-control-allow-headers')!, /Idempotency-Key/);
    assert.match(pre.headers.get('vary')!, /Origin/);
    const created = await post(server.baseUrl, track.id, applicationFor(track, 'cors-ok@example.org'), undefined, { origin: ALLOWED });
    assert.equal(created.status, 201);
    assert.equal(created.headers.get('access-control-allow-origin'), ALLOWED);
    const duplicate = await post(server.baseUrl, track.id, applicationFor(track, 'cors-ok@example.org'), undefined, { origin: ALLOWED });
    assert.equal(duplicate.status, 409);
    assert.equal(duplicate.headers.get('access-control-allow-origin'), ALLOWED, 'a page can read the problem');
  });

  test('applications: another origin is refused with a 403 forbidden-origin the page can read, and nothing is stored', async () => {
    const url = `${server.baseUrl}/learning-tracks/${track.id}/applications`;
    // The preflight lets the POST through, so that the page reads the refusal instead of a network error.
    const pre = await preflight(url, OTHER, 'POST', 'content-type,idempotency-key');
    assert.equal(pre.status, 204);
    assert.equal(pre.headers.get('access-control-allow-origin'), OTHER);
    assert.equal(pre.headers.get('access-control-allow-credentials'), null);
    const refused = await post(server.baseUrl, track.id, applicationFor(track, 'cors-no@example.org'), undefined, { origin: OTHER });
    assert.equal(refused.status, 403);
    assert.equal(refused.headers.get('content-type'), 'application/problem+json');
    assert.equal(refused.body.type, 'https://api.gent.be/ino/problems/forbidden-origin', "under the operator's problem base");
    assert.match(refused.body.detail, /INO_ALLOWED_ORIGINS/);
    assert.equal(refused.headers.get('access-control-allow-origin'), OTHER);
    assert.equal((await server.db.query("SELECT 1 FROM applications WHERE email_key = 'cors-no@example.org'")).length, 0);
  });

  test("applications: the server's own pages and clients without an Origin may send; `*` allows every origin", async () => {
    const own = new URL(server.baseUrl).origin;
    assert.equal((await post(server.baseUrl, track.id, applicationFor(track, 'own@example.org'), undefined, { origin: own })).status, 201);
    assert.equal((await post(server.baseUrl, track.id, applicationFor(track, 'no-origin@example.org'))).status, 201);
    const any = await post(open.baseUrl, track.id, applicationFor(track, 'any@example.org'), undefined, { origin: OTHER });
    assert.equal(any.status, 201);
    assert.equal(any.headers.get('access-control-allow-origin'), '*');
  });
});
