// npm run openapi: writes docs/api/openapi.json from the SDK's schemas (a test checks it is current).
import { mkdir, writeFile } from 'node:fs/promises';
import { openApiDocument } from '../openapi.js';

const OPENAPI_FILE = new URL('../../../../docs/api/openapi.json', import.meta.url);

await mkdir(new URL('.', OPENAPI_FILE), { recursive: true });
await writeFile(OPENAPI_FILE, `${JSON.stringify(openApiDocument(), null, 2)}\n`);
console.log(`Wrote ${OPENAPI_FILE.pathname}`);
