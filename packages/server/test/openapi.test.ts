// The OpenAPI document: valid OpenAPI 3.1 by a real validator, the same as docs/api/openapi.json (run
// `npm run openapi` after a schema change), served by the server, and in step with the routes.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { Validator } from '@seriousme/openapi-schema-validator';
import { openApiDocument } from '../src/openapi.js';
import { APPLICATIONS_PATH, READS } from '../src/routes/content.js';
import { startTestServer, type TestServer } from './harness.js';

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

  test('describes every route, with the schemas generated from the SDK', () => {
    const paths = [...Object.keys(READS), APPLICATIONS_PATH].map((p) => p.replace(/:(\w+)/g, '{$1}')).sort();
    assert.deepEqual(Object.keys(document.paths as object).sort(), paths);
    const schemas = (document.components as { schemas: Record<string, { properties?: Record<string, { examples?: string[] }>; required?: string[] }> }).schemas;
    assert.ok(schemas.Practice!.required!.includes('whatDidNotWork'));
    assert.deepEqual(schemas.Challenge!.properties!.status!.examples, ['announced', 'open', 'in-evaluation', 'awarded', 'closed', 'cancelled']);
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
