// `npm run test:journeys`: every journey in this folder (`*-journey.mjs`), one after the other, each in a
// process of its own with its own server and data directory. Each prints its own "name: N passed, N
// failed" line, which `npm test` adds up; this exits non-zero when any journey failed. Run `npm run build` first.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const journeys = readdirSync(HERE)
  .filter((file) => file.endsWith('-journey.mjs'))
  .sort();

let failed = 0;
for (const journey of journeys) {
  console.log(`--- ${journey}`);
  const code = await new Promise((resolve) => {
    spawn(process.execPath, ['--import', 'tsx', `${HERE}${journey}`], { stdio: 'inherit' }).on('close', resolve);
  });
  if (code !== 0) failed++;
}
if (!journeys.length) console.error('No journeys found.');
process.exit(failed || !journeys.length ? 1 : 0);
