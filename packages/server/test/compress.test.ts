// Response compression (src/http/compress.ts): brotli or gzip as Accept-Encoding asks, with the right
// Content-Length and Vary; small answers and problems as they are. Read over raw node:http, since
// fetch would decompress and hide what was sent.
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { negotiateEncoding } from '../src/http/compress.js';
import { rawRequest as get, startTestServer, type TestServer } from './harness.js';

describe('Accept-Encoding', () => {
  test('brotli when the client takes it, gzip otherwise, nothing it weighs 0 or does not name', () => {
    assert.equal(negotiateEncoding('gzip, deflate, br'), 'br');
    assert.equal(negotiateEncoding('gzip'), 'gzip');
    assert.equal(negotiateEncoding('br;q=0.5, gzip'), 'gzip');
    assert.equal(negotiateEncoding('br;q=0, gzip;q=0'), undefined);
    assert.equal(negotiateEncoding('*'), 'br');
    assert.equal(negotiateEncoding('*;q=0.1, br;q=0'), 'gzip');
    assert.equal(negotiateEncoding('deflate, identity'), undefined);
    assert.equal(negotiateEncoding('GZIP;Q=1'), 'gzip');
    assert.equal(negotiateEncoding('br;q=abc'), undefined);
    assert.equal(negotiateEncoding(undefined), undefined);
  });
});

describe('compressed answers', () => {
  let server: TestServer;
  let root: string;
  before(async () => {
    root = await mkdtemp(join(tmpdir(), 'ino-static-'));
    await mkdir(join(root, 'examples'));
    await writeFile(join(root, 'examples', 'index.html'), `<!doctype html><title>x</title>${'<p>Een voorbeeld.</p>\n'.repeat(200)}`);
    await writeFile(join(root, 'examples', 'small.css'), 'p { color: red }');
    server = await startTestServer({ backend: 'pglite', env: { INO_STATIC_ROOT: root } });
  });
  after(async () => {
    await server.close();
    await rm(root, { recursive: true, force: true });
  });

  test('a JSON answer in brotli, in gzip and as it is: the same JSON, the same ETag, Content-Length of the bytes sent', async () => {
    const plain = await get(`${server.baseUrl}/challenges`);
    assert.equal(plain.status, 200);
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.equal(plain.headers.vary, 'Accept-Encoding');
    assert.equal(Number(plain.headers['content-length']), plain.body.length);
    const br = await get(`${server.baseUrl}/challenges`, { 'accept-encoding': 'gzip, br' });
    assert.equal(br.headers['content-encoding'], 'br');
    assert.equal(Number(br.headers['content-length']), br.body.length);
    assert.ok(br.body.length < plain.body.length / 3, `${br.body.length} of ${plain.body.length} bytes`);
    assert.deepEqual(brotliDecompressSync(br.body), plain.body);
    const gzip = await get(`${server.baseUrl}/challenges`, { 'accept-encoding': 'gzip' });
    assert.equal(gzip.headers['content-encoding'], 'gzip');
    assert.deepEqual(gunzipSync(gzip.body), plain.body);
    assert.equal(br.headers.etag, plain.headers.etag);
    assert.equal(gzip.headers.etag, plain.headers.etag);
  });

  test('HEAD says the length of what GET would send; a 304 carries Vary and no body', async () => {
    const head = await get(`${server.baseUrl}/challenges`, { 'accept-encoding': 'br' }, 'HEAD');
    const full = await get(`${server.baseUrl}/challenges`, { 'accept-encoding': 'br' });
    assert.equal(head.body.length, 0);
    assert.equal(head.headers['content-length'], full.headers['content-length']);
    const notModified = await get(`${server.baseUrl}/challenges`, { 'accept-encoding': 'br', 'if-none-match': String(full.headers.etag) });
    assert.equal(notModified.status, 304);
    assert.equal(notModified.headers.vary, 'Accept-Encoding');
    assert.equal(notModified.body.length, 0);
  });

  test('small answers and problems go as they are', async () => {
    const problem = await get(`${server.baseUrl}/challenges/bestaat-niet`, { 'accept-encoding': 'br, gzip' });
    assert.equal(problem.status, 404);
    assert.equal(problem.headers['content-encoding'], undefined);
    assert.equal(JSON.parse(problem.body.toString()).status, 404);
    const small = await get(`${server.baseUrl}/organisations?q=Hasselt&limit=1`, { 'accept-encoding': 'br' });
    assert.equal(small.status, 200);
    assert.ok(small.body.length < 1024, `${small.body.length} bytes`);
    assert.equal(small.headers['content-encoding'], undefined);
    assert.equal(small.headers.vary, undefined);
    const css = await get(`${server.baseUrl.replace('/ino/v1', '')}/examples/small.css`, { 'accept-encoding': 'br' });
    assert.equal(css.headers['content-encoding'], undefined);
    assert.equal(css.headers.vary, undefined);
    assert.equal(css.body.toString(), 'p { color: red }');
  });

  test('the static files npm start serves, and the OpenAPI document', async () => {
    const page = await get(`${server.baseUrl.replace('/ino/v1', '')}/examples/`, { 'accept-encoding': 'gzip' });
    assert.equal(page.status, 200);
    assert.equal(page.headers['content-encoding'], 'gzip');
    assert.equal(Number(page.headers['content-length']), page.body.length);
    assert.match(gunzipSync(page.body).toString(), /^<!doctype html>/);
    assert.ok(page.headers['content-security-policy'], 'its own headers stay');
    const openApi = await get(`${server.baseUrl}/openapi.json`, { 'accept-encoding': 'br' });
    assert.equal(openApi.headers['content-encoding'], 'br');
    assert.equal(JSON.parse(brotliDecompressSync(openApi.body).toString()).openapi, '3.1.0');
  });
});
