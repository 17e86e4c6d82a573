// Issue 13's "done when", as an organiser lives it, on every backend: signed in with an OIDC access
// token from a real issuer, publish a new challenge and a new learning track, see each on the public API
// at once, correct one, meet 412 from a colleague's concurrent edit, withdraw one; then the operator's
// command line round trip: content export, content load, and the organiser API answers the same store.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { bundledContent } from '@ino/contract/content';
import { BACKENDS, runCli, serverStorage, spawnServer } from './harness.js';
import { startIssuer } from './oidc-issuer.js';

const CHALLENGE = 'slimme-straatverlichting';
const TRACK = 'leertraject-slim-aankopen-2027';

for (const backend of BACKENDS) {
  test(`on ${backend}: an organiser publishes, corrects and withdraws with an OIDC token; export then load gives the same store`, async () => {
    const issuer = await startIssuer();
    const storage = await serverStorage(backend);
    const dir = await mkdtemp(join(tmpdir(), 'ino-scenario-'));
    const env = { ...storage.env, INO_OIDC_ISSUER: issuer.url, INO_OIDC_AUDIENCE: issuer.audience };
    let server = await spawnServer(env);
    try {
      const an = await issuer.token({ scope: 'openid content:write' }, { subject: 'an.peeters' });
      const bert = await issuer.token({ scope: 'openid content:write' }, { subject: 'bert.claes' });
      const admin = (path: string, token: string, init: RequestInit = {}) => {
        const headers = new Headers(init.headers);
        headers.set('authorization', `Bearer ${token}`);
        if (init.body) headers.set('content-type', 'application/json');
        return fetch(`${server.baseUrl}/admin${path}`, { ...init, headers });
      };
      const put = (path: string, token: string, record: object, precondition: Record<string, string>) =>
        admin(path, token, { method: 'PUT', body: JSON.stringify(record), headers: precondition });
      const publicEtag = async (path: string) => (await fetch(`${server.baseUrl}${path}`)).headers.get('etag');

      // Publish: a new challenge and a new learning track, each on the public API at once.
      const challenge = { ...bundledContent.challenges[0]!, id: CHALLENGE, title: 'Slimme straatverlichting' };
      const track = { ...bundledContent.learningTracks.find((t) => t.status === 'open')!, id: TRACK, title: 'Slim aankopen, 2027' };
      const listsBefore = [await publicEtag('/challenges'), await publicEtag('/learning-tracks')];
      const createdChallenge = await put(`/challenges/${CHALLENGE}`, an, challenge, { 'if-none-match': '*' });
      assert.equal(createdChallenge.status, 201);
      assert.equal((await put(`/learning-tracks/${TRACK}`, an, track, { 'if-none-match': '*' })).status, 201);
      assert.equal((await (await fetch(`${server.baseUrl}/challenges/${CHALLENGE}`)).json()).title, 'Slimme straatverlichting');
      assert.equal((await (await fetch(`${server.baseUrl}/learning-tracks/${TRACK}`)).json()).title, 'Slim aankopen, 2027');
      assert.notEqual(await publicEtag('/challenges'), listsBefore[0], 'the list has a new ETag');
      assert.notEqual(await publicEtag('/learning-tracks'), listsBefore[1], 'the list has a new ETag');

      // Correct: An and Bert both read the challenge; An's correction goes first, Bert's meets 412.
      const etag = createdChallenge.headers.get('etag')!;
      assert.equal((await admin(`/challenges/${CHALLENGE}`, bert)).headers.get('etag'), etag);
      const publicBefore = await publicEtag(`/challenges/${CHALLENGE}`);
      const corrected = await put(`/challenges/${CHALLENGE}`, an, { ...challenge, title: 'Slimme straatverlichting in de stad' }, { 'if-match': etag });
      assert.equal(corrected.status, 200);
      const stale = await put(`/challenges/${CHALLENGE}`, bert, { ...challenge, summary: 'Een andere samenvatting.' }, { 'if-match': etag });
      assert.equal(stale.status, 412);
      assert.match((await stale.json()).type, /\/problems\/precondition-failed$/);
      const publicAfter = await fetch(`${server.baseUrl}/challenges/${CHALLENGE}`, { headers: { 'if-none-match': publicBefore! } });
      assert.equal(publicAfter.status, 200, 'nothing older is served');
      assert.notEqual(publicAfter.headers.get('etag'), publicBefore);
      const served = await publicAfter.json();
      assert.equal(served.title, 'Slimme straatverlichting in de stad');
      assert.equal(served.summary, challenge.summary, "Bert's stale edit changed nothing");

      // Withdraw the track: the public API answers 404 for it at once.
      const trackEtag = (await admin(`/learning-tracks/${TRACK}`, an)).headers.get('etag')!;
      assert.equal((await admin(`/learning-tracks/${TRACK}`, an, { method: 'DELETE', headers: { 'if-match': trackEtag } })).status, 200);
      assert.equal((await fetch(`${server.baseUrl}/learning-tracks/${TRACK}`)).status, 404);

      // The command line round trip, on the store as the organisers left it.
      const before = await (await admin('/content', an)).json();
      await server.stop();
      const file = join(dir, 'content.json');
      const exported = await runCli(env, 'content', 'export', file);
      assert.equal(exported.code, 0, exported.stderr);
      const loaded = await runCli(env, 'content', 'load', file);
      assert.equal(loaded.code, 0, loaded.stderr);
      server = await spawnServer(env);
      const after = await admin('/content', an);
      assert.equal(after.status, 200);
      assert.deepEqual(await after.json(), before);
    } finally {
      await server.stop();
      await issuer.close();
      await rm(dir, { recursive: true, force: true });
    }
    const db = await storage.open();
    try {
      // Retention's runs at each start of the server are left out: when they land among the requests is the server's business.
      const audit = await db.query<{ actor: string; action: string; target: string }>(
        "SELECT actor, action, target FROM audit_log WHERE action <> 'retention.run' ORDER BY id",
      );
      assert.deepEqual(
        audit.map((a) => `${a.actor}: ${a.action} ${a.target}`),
        [
          // The server's first start loads the bundled content.
          'system: content.load content',
          `an.peeters: content.create challenges/${CHALLENGE}`,
          `an.peeters: content.create learning-tracks/${TRACK}`,
          `an.peeters: content.replace challenges/${CHALLENGE}`,
          `an.peeters: content.withdraw learning-tracks/${TRACK}`,
          'command line: content.load content',
        ],
      );
    } finally {
      await db.close();
      await storage.remove();
    }
  });
}
