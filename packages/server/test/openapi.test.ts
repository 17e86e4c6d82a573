// The OpenAPI document: valid OpenAPI 3.1 by a real validator, the same as docs/api/openapi.json (run
// `npm run openapi` after a schema change), served by the server, and in step with the routes.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { Validator } from '@seriousme/openapi-schema-validator';
import { openApiDocument } from '../src/openapi.js';
import { bundledContent as dataset } from '@ino/contract/content';
import { startTestServer, type TestServer } from './harness.js';

type Json = Record<string, unknown>;

const document = openApiDocument();

describe('OpenAPI', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ backend: 'pglite' });
  });
  after(() => server.close());

  test('is a valid OpenAPI 3.1 document', async () => {
    const validator = new Validator();
    const result = await validator.validate(document);
    assert.equal(result.valid, true, JSON.stringify(result.errors, null, 2));
    assert.equal(validator.version, '3.1');
    const broken = await new Validator().validate({ ...document, paths: { '/practices': { get: { responses: { '200': { content: 'nope' } } } } } });
    assert.equal(broken.valid, false, 'the validator does catch a broken document');
  });

  test('every documented operation is served, and nothing else is; an organiser one asks for a token', async () => {
    const ids: Record<string, string> = {
      '/practices': dataset.practices[0]!.id,
      '/challenges': dataset.challenges[0]!.id,
      '/learning-tracks': dataset.learningTracks[0]!.id,
    };
    for (const [path, operations] of Object.entries(document.paths as Record<string, Record<string, unknown>>)) {
      const admin = path.startsWith('/admin/');
      const url = `${server.baseUrl}${path.replace('{collection}', 'practices').replace('{id}', admin ? dataset.practices[0]!.id : ids[`/${path.split('/')[1]}`]!)}`;
      for (const method of Object.keys(operations)) {
        const answer = await fetch(url, {
          method: method.toUpperCase(),
          headers: { 'content-type': 'application/json' },
          ...(method === 'post' ? { body: '{}' } : {}),
        });
        if (admin) {
          // Served, and without a token refused before anything else is looked at.
          assert.equal(answer.status, 401, `${method.toUpperCase()} ${path}`);
          assert.match(answer.headers.get('www-authenticate') ?? '', /^Bearer /);
          assert.deepEqual((operations[method] as { security?: unknown }).security, [{ bearerAuth: [] }]);
        } else assert.ok(![404, 405].includes(answer.status), `${method.toUpperCase()} ${path}: ${answer.status}`);
      }
      const other = await fetch(url, { method: 'PATCH' });
      assert.equal(other.status, 405, `PATCH ${path}`);
      assert.deepEqual(
        other.headers
          .get('allow')!
          .split(', ')
          .filter((m) => m !== 'HEAD' && m !== 'OPTIONS')
          .map((m) => m.toLowerCase())
          .sort(),
        Object.keys(operations).sort(),
      );
    }
    assert.equal((await fetch(`${server.baseUrl}/nothing-here`)).status, 404);
  });

  test('uses the schemas generated from the SDK', () => {
    const schemas = (document.components as { schemas: Record<string, { properties?: Record<string, { examples?: string[] }>; required?: string[] }> }).schemas;
    assert.ok(schemas.Practice!.required!.includes('whatDidNotWork'));
    assert.deepEqual(schemas.Challenge!.properties!.status!.examples, ['announced', 'open', 'in-evaluation', 'awarded', 'closed', 'cancelled']);
    assert.ok(schemas.LearningTrackRecord!.required!.includes('seatsTaken'), 'the records come from the contract');
    assert.ok(schemas.ContentDocument!.required!.includes('learningTracks'));
    // Personal data (§4.3).
    assert.deepEqual(schemas.ErasureRequest!.required, ['email']);
    assert.deepEqual(schemas.Erasure!.required, ['applications']);
    assert.deepEqual(schemas.PersonalData!.required, ['items']);
    assert.deepEqual(schemas.AuditPage!.required, ['items', 'nextCursor']);
    assert.ok(schemas.MyApplication!.required!.includes('email'), "one's own application (§3.7) has its personal data");
    assert.deepEqual(schemas.MyApplication!.properties!.status!.examples, ['received', 'confirmed', 'waitlisted', 'offered', 'declined', 'cancelled']);
  });

  test("one's own application takes the manage token as a bearer scheme of its own, and is never cached", () => {
    const paths = document.paths as Record<string, Record<string, { security?: unknown; parameters: { name: string }[]; responses: Record<string, Json> }>>;
    for (const [path, method] of [
      ['/me/application', 'get'],
      ['/me/application/cancel', 'post'],
      ['/me/application/accept', 'post'],
    ] as const) {
      const operation = paths[path]![method]!;
      assert.deepEqual(operation.security, [{ manageToken: [] }], path);
      assert.ok(!operation.parameters.some((p) => p.name === 'Authorization'), `${path}: the scheme says it, not a parameter`);
      assert.deepEqual(
        Object.keys(operation.responses).filter((status) => status.startsWith('2')),
        ['200'],
        path,
      );
      assert.deepEqual((operation.responses['200'] as { headers: Json }).headers, { 'Cache-Control': { schema: { type: 'string', const: 'no-store' } } });
      assert.ok(operation.responses['401'], `${path}: 401`);
    }
    assert.ok(paths['/me/application/cancel']!.post!.parameters.some((p) => p.name === 'Idempotency-Key'));
    assert.ok((document.components as { securitySchemes: Json }).securitySchemes.manageToken);
  });

  test('docs/api/openapi.json is current, and /openapi.json serves it', async () => {
    const written = JSON.parse(await readFile(new URL('../../../docs/api/openapi.json', import.meta.url), 'utf8'));
    assert.deepEqual(written, document, 'run `npm run openapi` and commit docs/api/openapi.json');
    const served = await fetch(new URL('/openapi.json', server.baseUrl));
    assert.equal(served.status, 200);
    assert.deepEqual(await served.json(), document);
    assert.equal((await fetch(`${server.baseUrl}/openapi.json`)).status, 200, 'also under the base path');
  });
});
