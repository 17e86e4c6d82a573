// The modular surface: one connection, a function per resource. It must behave like createClient,
// and a bundle that imports one resource must leave the other resources' schemas out.
import { after, afterEach, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { setupServer } from 'msw/node';
import { http, HttpResponse } from 'msw';
import { challengesOf, createConnection, practicesOf } from '../src/index.js';
import { BASE, challenge, practice } from './fixtures.js';

const server = setupServer();
before(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
after(() => server.close());

describe('createConnection and the resource functions', () => {
  test('a resource reads through the connection, in its language unless the call says otherwise', async () => {
    const langs: (string | null)[] = [];
    server.use(
      http.get(`${BASE}/challenges`, ({ request }) => {
        langs.push(new URL(request.url).searchParams.get('lang'));
        return HttpResponse.json({ items: [challenge], nextCursor: null });
      }),
    );
    const connection = createConnection({ baseUrl: BASE, lang: 'fr' });
    assert.equal((await challengesOf(connection).list()).items[0]!.id, challenge.id);
    await challengesOf(connection).list({}, { lang: 'en' });
    assert.deepEqual(langs, ['fr', 'en']);
  });

  test('resource objects made from one connection share its ETag cache', async () => {
    const ifNoneMatch: (string | null)[] = [];
    server.use(
      http.get(`${BASE}/practices/:id`, ({ request }) => {
        ifNoneMatch.push(request.headers.get('if-none-match'));
        if (request.headers.get('if-none-match') === '"v1"') return new HttpResponse(null, { status: 304, headers: { etag: '"v1"' } });
        return HttpResponse.json(practice, { headers: { etag: '"v1"' } });
      }),
    );
    const connection = createConnection({ baseUrl: BASE });
    await practicesOf(connection).get(practice.id);
    const again = await practicesOf(connection).get(practice.id);
    assert.equal(again.title, practice.title);
    assert.deepEqual(ifNoneMatch, [null, '"v1"']);
  });
});

describe('tree-shaking', () => {
  /** The SDK as a bundler builds it for code that imports only `names` from its index. */
  async function bundleOf(names: string[]): Promise<string> {
    const result = await build({
      stdin: { contents: `export { ${names.join(', ')} } from '@ino/sdk';`, resolveDir: fileURLToPath(new URL('.', import.meta.url)), loader: 'ts' },
      bundle: true,
      format: 'esm',
      write: false,
      logLevel: 'silent',
    });
    return result.outputFiles[0]!.text;
  }

  test('importing only challenges leaves out the application, learning-track and practice schemas', async () => {
    const code = await bundleOf(['createConnection', 'challengesOf']);
    assert.match(code, /A NIS code has 5 digits/, 'the challenge schema is in');
    assert.doesNotMatch(code, /Not a valid Idempotency-Key/, 'the application schemas are out');
    assert.doesNotMatch(code, /learning-tracks/, 'the learning-track resource is out');
    assert.doesNotMatch(code, /"\/practices"/, 'the practice resource is out');
  });

  test('createClient brings every resource', async () => {
    const code = await bundleOf(['createClient']);
    for (const path of ['/practices', '/challenges', '/learning-tracks', '/organisations', '/themes', '/participation-ladder'])
      assert.ok(code.includes(`"${path}"`), path);
    assert.match(code, /Not a valid Idempotency-Key/);
  });

  test('the public resources leave adminOf out; importing it brings it', async () => {
    const publicNames = [
      'createClient',
      'createConnection',
      'challengesOf',
      'learningTracksOf',
      'organisationsOf',
      'participationLadderOf',
      'practicesOf',
      'themesOf',
    ];
    const code = await bundleOf(publicNames);
    assert.doesNotMatch(code, /\/admin/, 'no organiser API path');
    assert.doesNotMatch(code, /Bearer|if-match/i, 'no token or precondition headers');
    const admin = await bundleOf([...publicNames, 'adminOf']);
    assert.match(admin, /\/admin/);
    assert.match(admin, /Bearer /);
  });

  test('the public resources leave myApplicationOf out; importing it brings it', async () => {
    const code = await bundleOf(['createClient']);
    assert.doesNotMatch(code, /\/me\/application/);
    const mine = await bundleOf(['createClient', 'myApplicationOf']);
    assert.match(mine, /\/me\/application/);
    assert.match(mine, /Bearer /);
  });
});
