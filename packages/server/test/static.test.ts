// The static files of `npm start` (INO_STATIC_ROOT), through the real server: only examples/ and dist/,
// no dotfiles, no symbolic link out of them, no redirect to another host, the examples' CSP,
// CORS on dist/ for pages of other origins, and a year's immutable caching for the versioned CDN layout.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXAMPLES_CSP } from '../src/http/static.js';
import { startTestServer, type TestServer } from './harness.js';

/** GET `path` as written (fetch would normalise `/.//examples`); the status, headers and body. */
function get(origin: string, path: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const { hostname, port } = new URL(origin);
    request({ hostname, port, path }, (response) => {
      let body = '';
      response
        .setEncoding('utf8')
        .on('data', (chunk: string) => (body += chunk))
        .on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body }));
    })
      .on('error', reject)
      .end();
  });
}

describe('static files for npm start', () => {
  let root: string;
  let outside: string;
  let server: TestServer;
  let origin: string;

  before(async () => {
    root = await realpath(await mkdtemp(join(tmpdir(), 'ino-static-')));
    outside = await realpath(await mkdtemp(join(tmpdir(), 'ino-outside-')));
    await mkdir(join(root, 'examples/plain-html'), { recursive: true });
    await mkdir(join(root, 'dist/widgets'), { recursive: true });
    await mkdir(join(root, 'dist/cdn/ino-widgets@0.1.0/ino-widgets'), { recursive: true });
    await writeFile(join(root, 'examples/index.html'), '<!doctype html><title>Examples</title>');
    await writeFile(join(root, 'examples/plain-html/index.html'), '<!doctype html><title>Plain</title>');
    await writeFile(join(root, 'examples/.env'), 'SECRET=examples');
    await mkdir(join(root, 'examples/.git'));
    await writeFile(join(root, 'examples/.git/config'), 'secret git config');
    await writeFile(join(root, 'dist/ino-widgets.js'), 'export {};');
    await writeFile(join(root, 'dist/widgets/chunk.js'), 'export const chunk = 1;');
    await writeFile(join(root, 'dist/cdn/ino-widgets@0.1.0/ino-widgets.js'), 'export {};');
    await writeFile(join(root, 'dist/cdn/ino-widgets@0.1.0/ino-widgets/messages.fr-abc.js'), 'export default {};');
    await writeFile(join(root, 'dist/cdn/ino-widgets@0.1.0/integrity.json'), '{}');
    await writeFile(join(root, 'dist/cdn/notes.txt'), 'not versioned');
    await writeFile(join(root, 'package.json'), '{"secret": "root"}');
    await writeFile(join(outside, 'secret.txt'), 'outside the root');
    await writeFile(join(outside, 'index.html'), 'an outside page');
    await symlink(join(outside, 'secret.txt'), join(root, 'examples/leak.txt'));
    await symlink(outside, join(root, 'examples/leak-dir'));
    await symlink(join(root, 'package.json'), join(root, 'dist/package.json'));
    await symlink(join(root, 'dist/ino-widgets.js'), join(root, 'dist/alias.js'));
    server = await startTestServer({ backend: 'pglite', env: { INO_STATIC_ROOT: root } });
    origin = new URL(server.baseUrl).origin;
  });
  after(async () => {
    await server.close();
    await rm(root, { recursive: true, force: true });
    await rm(outside, { recursive: true, force: true });
  });

  test('an example page comes with the examples CSP, and without CORS', async () => {
    const page = await get(origin, '/examples/plain-html/');
    assert.equal(page.status, 200);
    assert.equal(page.body, '<!doctype html><title>Plain</title>');
    assert.equal(page.headers['content-security-policy'], EXAMPLES_CSP);
    assert.match(EXAMPLES_CSP, /script-src 'self';/);
    assert.doesNotMatch(EXAMPLES_CSP, /unsafe-inline|unsafe-eval/);
    assert.equal(page.headers['access-control-allow-origin'], undefined);
  });

  test('files under dist/ may be loaded from any origin; they carry no CSP', async () => {
    for (const path of ['/dist/ino-widgets.js', '/dist/widgets/chunk.js']) {
      const file = await get(origin, path);
      assert.equal(file.status, 200, path);
      assert.equal(file.headers['access-control-allow-origin'], '*', path);
      assert.equal(file.headers['content-security-policy'], undefined, path);
    }
  });

  test('the versioned CDN layout is cached for a year as immutable, and may be loaded from any origin', async () => {
    for (const path of [
      '/dist/cdn/ino-widgets@0.1.0/ino-widgets.js',
      '/dist/cdn/ino-widgets@0.1.0/ino-widgets/messages.fr-abc.js',
      '/dist/cdn/ino-widgets@0.1.0/integrity.json',
    ]) {
      const file = await get(origin, path);
      assert.equal(file.status, 200, path);
      assert.equal(file.headers['cache-control'], 'public, max-age=31536000, immutable', path);
      assert.equal(file.headers['access-control-allow-origin'], '*', path);
    }
    assert.equal((await get(origin, '/dist/cdn/ino-widgets@0.1.0/ino-widgets.js')).headers['content-type'], 'text/javascript; charset=utf-8');
  });

  test('files outside a version folder are never cached: they change with every build', async () => {
    for (const path of ['/dist/ino-widgets.js', '/dist/widgets/chunk.js', '/dist/cdn/notes.txt', '/examples/plain-html/']) {
      const file = await get(origin, path);
      assert.equal(file.status, 200, path);
      assert.equal(file.headers['cache-control'], 'no-store', path);
    }
  });

  test('dotfiles and dot-directories are not found, however they are written', async () => {
    for (const path of ['/examples/.env', '/examples/.git/config', '/examples/%2Eenv', '/examples/plain-html/../.env', '/examples/.git/']) {
      const answer = await get(origin, path);
      assert.equal(answer.status, 404, path);
      assert.doesNotMatch(answer.body, /SECRET=examples|secret git config/, path);
    }
  });

  test('a symbolic link is followed only when it stays inside examples/ or dist/', async () => {
    assert.equal((await get(origin, '/dist/alias.js')).body, 'export {};', 'a link inside dist/ is served');
    for (const path of ['/examples/leak.txt', '/examples/leak-dir/secret.txt', '/examples/leak-dir/', '/dist/package.json']) {
      const answer = await get(origin, path);
      assert.equal(answer.status, 404, path);
      assert.doesNotMatch(answer.body, /outside the root|an outside page|"secret": "root"/, path);
    }
  });

  test('nothing else of the root is served, nor anything above it', async () => {
    for (const path of ['/package.json', '/examples/../package.json', '/examples/%2e%2e/package.json', '/dist/..%2fpackage.json']) {
      assert.equal((await get(origin, path)).status, 404, path);
    }
  });

  test('a directory without its slash redirects on this host, never to a protocol-relative address', async () => {
    const cases = {
      '/examples': '/examples/',
      '/.//examples': '/examples/',
      '//examples': '/examples/',
      '/examples//plain-html': '/examples/plain-html/',
      '/.//examples/plain-html': '/examples/plain-html/',
    };
    for (const [path, location] of Object.entries(cases)) {
      const answer = await get(origin, path);
      assert.equal(answer.status, 302, path);
      assert.equal(answer.headers.location, location, path);
    }
    assert.equal((await get(origin, '/')).headers.location, '/examples/');
  });
});
