// What a careless or hostile client can send: every case gets a clear 4xx problem, nothing of it is
// stored, and the server goes on serving.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { bundledContent as dataset } from '@ino/contract/content';
import { applicationFor, BACKENDS, post, startTestServer, type TestServer } from './harness.js';

const track = dataset.learningTracks.find((t) => t.admission === 'selection' && t.status === 'open')!;
const question = track.questions[0]!.id;
const PROBLEM = 'application/problem+json';

/** A request over a raw socket, for what fetch will not send; resolves the status line and the rest. */
function rawHttp(port: number, text: string | Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(text));
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk.toString()));
    socket.on('end', () => resolve(answer));
    socket.on('error', reject);
    socket.setTimeout(5_000, () => socket.destroy(new Error('no answer')));
  });
}

for (const backend of BACKENDS) {
  describe(`bad input on ${backend}`, () => {
    let server: TestServer;
    let port: number;
    before(async () => {
      server = await startTestServer({ backend });
      port = Number(new URL(server.baseUrl).port);
    });
    after(async () => {
      const stored = await server.db.query<{ n: number }>("SELECT count(*)::int AS n FROM applications WHERE email_key NOT LIKE '%@example.org'");
      await server.close();
      assert.equal(stored[0]!.n, 0, 'nothing odd was stored');
    });

    const expectProblem = async (
      answer: Promise<{ status: number; headers: Headers; body: { type: string; status: number } }>,
      status: number,
      type?: string,
    ) => {
      const { status: got, headers, body } = await answer;
      assert.equal(got, status, JSON.stringify(body));
      assert.equal(headers.get('content-type'), PROBLEM);
      assert.equal(body.status, status);
      if (type) assert.equal(body.type, `${server.baseUrl}/problems/${type}`, "under the server's own address by default");
      return body as { type: string; status: number; errors?: { field: string; code: string }[] };
    };

    test('a body over the limit is 413, also when Content-Length announces it', async () => {
      const big = { ...applicationFor(track, 'big@example.org'), answers: { [question]: 'x'.repeat(40 * 1024) } };
      await expectProblem(post(server.baseUrl, track.id, big), 413, 'validation');
      const announced = await new Promise<number>((resolve, reject) => {
        const req = httpRequest(`${server.baseUrl}/learning-tracks/${track.id}/applications`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-length': String(50 * 1024 * 1024), 'idempotency-key': randomUUID() },
        });
        req.on('response', (response) => resolve(response.statusCode!));
        req.on('error', reject);
        req.write('{"givenName": "');
      });
      assert.equal(announced, 413, 'answered before 50 MB were sent');
    });

    test('another content type is 415; no Idempotency-Key, or a malformed one, is 400', async () => {
      const body = JSON.stringify(applicationFor(track, 'type@example.org'));
      for (const contentType of ['text/plain', 'application/x-www-form-urlencoded', 'application/json; charset=iso-8859-1']) {
        await expectProblem(post(server.baseUrl, track.id, body, randomUUID(), { 'content-type': contentType }), 415, 'validation');
      }
      const noType = await fetch(`${server.baseUrl}/learning-tracks/${track.id}/applications`, {
        method: 'POST',
        headers: { 'idempotency-key': randomUUID() },
        body: new Uint8Array(Buffer.from(body)),
      });
      assert.equal(noType.status, 415);
      for (const key of ['short', 'with spaces in it', 'semi;colons;here', 'x'.repeat(129)]) {
        await expectProblem(post(server.baseUrl, track.id, body, key), 400, 'validation');
      }
      assert.equal(
        (await post(server.baseUrl, track.id, body, 'UPPER_lower-123', { 'content-type': 'Application/JSON; charset=UTF-8' })).status,
        201,
        'media type and charset are case-insensitive',
      );
    });

    test('malformed JSON, an empty body and bytes that are not UTF-8 are 400', async () => {
      for (const text of ['{"givenName": "An",', '', "{'single': 'quotes'}", 'NaN']) {
        await expectProblem(post(server.baseUrl, track.id, text), 400, 'validation');
      }
      const latin1 = Buffer.concat([Buffer.from('{"givenName": "Andr'), Buffer.from([0xe9]), Buffer.from('"}')]);
      const response = await fetch(`${server.baseUrl}/learning-tracks/${track.id}/applications`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
        body: new Uint8Array(latin1),
      });
      assert.equal(response.status, 400);
      assert.match((await response.json()).detail, /UTF-8/);
    });

    test('JSON that is not an application object is 422 with field errors', async () => {
      for (const json of ['[]', '"a string"', 'null', '42', '{"answers": "none"}']) {
        const problem = await expectProblem(post(server.baseUrl, track.id, json), 422, 'validation');
        assert.ok(problem.errors?.length, json);
      }
    });

    test('NUL characters and lone surrogates are 422 naming the field; deep nesting is 400', async () => {
      const nul = await expectProblem(
        post(server.baseUrl, track.id, { ...applicationFor(track, 'nul@example.org'), givenName: 'A\u0000n' }),
        422,
        'validation',
      );
      assert.deepEqual(
        nul.errors?.map((e) => [e.field, e.code]),
        [['givenName', 'invalid_characters']],
      );
      // JSON.stringify escapes a lone surrogate as \ud800; the server must read it as the broken text it is.
      const surrogate = await expectProblem(
        post(server.baseUrl, track.id, { ...applicationFor(track, 'sur@example.org'), answers: { [question]: 'x\ud800y' } }),
        422,
        'validation',
      );
      assert.deepEqual(
        surrogate.errors?.map((e) => e.field),
        [`answers.${question}`],
      );
      await expectProblem(post(server.baseUrl, track.id, { ...applicationFor(track, 'key@example.org'), answers: { 'a\u0000b': 'x' } }), 422, 'validation');
      const deep = '['.repeat(5000) + ']'.repeat(5000);
      await expectProblem(post(server.baseUrl, track.id, deep), 400, 'validation');
    });

    test('odd but valid Unicode is accepted and kept exactly', async () => {
      const body = {
        ...applicationFor(track, 'unicode@example.org'),
        givenName: 'Zoë 👩🏽‍💻',
        familyName: 'ﺍﻟﻌﺮﺑﻴﺔ \u200F(RLM)',
        organisation: 'Ｆｕｌｌｗｉｄｔｈ e\u0301 日本語',
        answers: { ...applicationFor(track, 'x').answers, [question]: '\uFEFF tab\tnewline\r\n𝔘𝔫𝔦𝔠𝔬𝔡𝔢 \u200C' },
      };
      const key = randomUUID();
      const first = await post(server.baseUrl, track.id, body, key);
      assert.equal(first.status, 201);
      const [stored] = await server.db.query<{ request: typeof body }>('SELECT request FROM applications WHERE id = $1', [first.body.id]);
      assert.equal(stored!.request.givenName, body.givenName);
      assert.equal(stored!.request.familyName, body.familyName);
      assert.equal(stored!.request.organisation, body.organisation);
      assert.equal(stored!.request.answers[question], body.answers[question]!.trim());
      assert.equal((await post(server.baseUrl, track.id, body, key)).status, 200, 'and its retry is recognised');
    });

    test('control and invisible characters are a 422 naming each field: CR, LF, ESC, bidi overrides, zero-width spaces', async () => {
      const unsafe = ['\r', '\n', '\u001B[31m', '\u202E', '\u2066', '\u200B', '\u2060', '\u0085'];
      for (const [i, character] of unsafe.entries()) {
        const body = {
          ...applicationFor(track, `ctl${i}@example.org`),
          givenName: `A${character}n`,
          organisation: `Stad${character}Gent`,
          role: `R${character}ol`,
          answers: { ...applicationFor(track, 'x').answers, [question]: `Een${character === '\n' || character === '\r' ? '\u202D' : character} antwoord` },
        };
        const problem = await expectProblem(post(server.baseUrl, track.id, body), 422, 'validation');
        assert.deepEqual(problem.errors?.map((e) => e.field).sort(), [`answers.${question}`, 'givenName', 'organisation', 'role'], JSON.stringify(character));
      }
    });

    test('unknown paths and ids are 404; another method is 405 with Allow; bad query values are 400', async () => {
      for (const path of ['/nope', '/practices/UPPER', '/practices/%00', '/practices/..%2F..%2Fetc%2Fpasswd', '/practices/a/b']) {
        const response = await fetch(`${server.baseUrl}${path}`);
        assert.equal(response.status, 404, path);
        assert.equal(response.headers.get('content-type'), PROBLEM);
        assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
      }
      await expectProblem(post(server.baseUrl, 'bestaat-niet', applicationFor(track, 'nowhere@example.org')), 404, 'not-found');
      const del = await fetch(`${server.baseUrl}/practices`, { method: 'DELETE' });
      assert.equal(del.status, 405);
      assert.equal((await del.json()).type, `${server.baseUrl}/problems/method-not-allowed`);
      assert.equal(del.headers.get('allow'), 'GET, HEAD, OPTIONS');
      assert.equal((await fetch(`${server.baseUrl}/learning-tracks/${track.id}/applications`)).status, 405);
      for (const query of ['limit=abc', 'limit=1.5', 'rung=9', 'rung=x', 'cursor=%%%', 'q=%00', 'status=%00', 'theme=%00', 'x%00=1']) {
        assert.equal((await fetch(`${server.baseUrl}/practices?${query}`)).status, 400, query);
      }
      // A NUL must never reach the database (it cannot store one): a 400, on every list.
      for (const path of ['/challenges?status=%00', '/challenges?q=a%00b', '/learning-tracks?status=open,%00', '/organisations?q=%00', '/practices?nis=%00']) {
        await expectProblem(
          fetch(`${server.baseUrl}${path}`).then(async (r) => ({ status: r.status, headers: r.headers, body: await r.json() })),
          400,
          'validation',
        );
      }
      assert.equal((await fetch(`${server.baseUrl}/challenges?sort=title`)).status, 400);
      const unknownLang = await fetch(`${server.baseUrl}/practices/work-out-room?lang=xx`);
      assert.equal(unknownLang.headers.get('content-language'), 'nl');
      const head = await fetch(`${server.baseUrl}/practices`, { method: 'HEAD' });
      assert.equal(head.status, 200);
      assert.ok(head.headers.get('etag'));
      assert.equal(await head.text(), '');
    });

    test('every answer is a problem: no Host, an unknown expectation, CONNECT; a problem to HEAD has no body', async () => {
      const problemOf = (answer: string) => JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4)) as { type: string; status: number; detail: string };
      const noHost = await rawHttp(port, 'GET /ino/v1/practices?limit=1 HTTP/1.1\r\nConnection: close\r\n\r\n');
      assert.match(noHost, /^HTTP\/1\.1 400[\s\S]*application\/problem\+json/);
      assert.match(problemOf(noHost).detail, /Host/);
      assert.match(problemOf(noHost).type, /\/problems\/bad-request$/);
      const expect = await rawHttp(port, 'GET /ino/v1/practices?limit=1 HTTP/1.1\r\nHost: x\r\nExpect: 200-ok\r\nConnection: close\r\n\r\n');
      assert.match(expect, /^HTTP\/1\.1 417[\s\S]*application\/problem\+json/);
      assert.equal(problemOf(expect).status, 417);
      assert.match(problemOf(expect).type, /^http:\/\/x\/ino\/v1\/problems\/expectation-failed$/);
      const tunnel = await rawHttp(port, 'CONNECT example.org:443 HTTP/1.1\r\nHost: example.org:443\r\n\r\n');
      assert.match(tunnel, /^HTTP\/1\.1 405[\s\S]*allow: GET, HEAD, POST, OPTIONS[\s\S]*application\/problem\+json/i);
      assert.equal(problemOf(tunnel).status, 405);
      assert.match(problemOf(tunnel).type, /\/problems\/method-not-allowed$/);
      const head = await rawHttp(port, 'HEAD /ino/v1/nope HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
      assert.match(head, /^HTTP\/1\.1 404/);
      assert.equal(head.slice(head.indexOf('\r\n\r\n') + 4), '', 'no body after the headers');
      assert.equal((await fetch(`${server.baseUrl}/practices?limit=1`)).status, 200, 'and the server goes on');
    });

    test('a request whose body does not arrive in time gets a 408 problem within the limit (not twice the limit)', async () => {
      const slow = await startTestServer({ backend, requestTimeoutMs: 1_500 });
      try {
        const started = Date.now();
        const answer = await rawHttp(
          Number(new URL(slow.baseUrl).port),
          `POST /ino/v1/learning-tracks/${track.id}/applications HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nIdempotency-Key: ${randomUUID()}\r\nContent-Length: 500\r\n\r\n{"giv`,
        );
        assert.match(answer, /^HTTP\/1\.1 408[\s\S]*application\/problem\+json[\s\S]*\/problems\/request-timeout"/);
        assert.ok(Date.now() - started < 4_000, `answered after ${Date.now() - started} ms`);
      } finally {
        await slow.close();
      }
    });

    test('requests Node cannot parse get a problem too, and the server keeps serving', async () => {
      assert.match(await rawHttp(port, 'GARBAGE\r\n\r\n'), /^HTTP\/1\.1 400[\s\S]*application\/problem\+json/);
      assert.match(
        await rawHttp(port, `GET /ino/v1/practices HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`),
        /^HTTP\/1\.1 431[\s\S]*\/problems\/headers-too-large"/,
      );
      // A client that goes away in the middle of its body.
      const socket = connect(port, '127.0.0.1');
      await new Promise((resolve) => socket.once('connect', resolve));
      socket.write(
        `POST /ino/v1/learning-tracks/${track.id}/applications HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nIdempotency-Key: ${randomUUID()}\r\nContent-Length: 500\r\n\r\n{"giv`,
      );
      socket.destroy();
      const after = await fetch(`${server.baseUrl}/practices?limit=1`);
      assert.equal(after.status, 200);
    });
  });
}
