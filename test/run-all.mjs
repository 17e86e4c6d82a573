// `npm test`: every check the project has, in order, with timings. Each runner ends with its own
// "name: N passed, N failed" line (ESLint's counts files; `prettier --check` has no such line and
// counts by its exit code alone); this adds them up into one closing line. Exits non-zero when any
// step failed (the later steps still run, so one run shows everything that is wrong).
import { spawn } from 'node:child_process';
import { chromiumPath } from './support/chromium.mjs';

process.env.CHROME_PATH = chromiumPath();
process.env.STORYBOOK_DISABLE_TELEMETRY = '1';

const steps = [
  ['lint (eslint)', 'npm run lint'],
  ['format (prettier --check)', 'npm run format:check'],
  ['type-check', 'npm run typecheck'],
  ['layering and cycles (dependency-cruiser)', 'npm run lint:deps'],
  ['sdk tests (node)', 'npm run test:sdk'],
  ['contract tests (node)', 'npm run test:contract'],
  ['mock-api tests (node)', 'npm run test:mock-api'],
  [`server tests (node; PGlite${process.env.TEST_DATABASE_URL ? ' and PostgreSQL' : ''})`, 'npm run test:server'],
  ['build warning policy (node)', 'npm run test:build-warnings'],
  ['build', 'npm run build'],
  ['size', 'npm run size'],
  ['tag table, exports and built widgets agree (node)', 'npm run test:tag-table'],
  ['npm packages (packed, installed, type-checked, bundled)', 'npm run test:npm-packages'],
  ['examples against the server (chromium)', 'npm run test:examples'],
  ['journeys against the server (chromium)', 'npm run test:journeys'],
  ['browser tests (chromium)', 'npm run test:browser'],
  ['embedding tests (chromium)', 'npm run test:embedding'],
  ['cross-origin embedding from the CDN layout (chromium)', 'npm run test:cross-origin'],
  ['OIDC sign-in against a loopback issuer and the server (chromium)', 'npm run test:oidc-sign-in'],
  ['storybook build', 'npm run storybook:build'],
  ['storybook smoke test (chromium)', 'npm run test:storybook'],
];

const summary = /^(?:[\w-]+: )?(\d+) passed, (\d+) failed/;
let passed = 0;
let failed = 0;
const results = [];

for (const [name, command] of steps) {
  const started = Date.now();
  console.log(`\n=== ${name}: ${command}`);
  const code = await new Promise((resolve) => {
    const child = spawn(command, { shell: true, stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      for (const line of chunk.toString().split('\n')) {
        const match = summary.exec(line.trim());
        if (match) {
          passed += Number(match[1]);
          failed += Number(match[2]);
        }
      }
    });
    child.on('close', resolve);
  });
  results.push({ name, ok: code === 0, seconds: (Date.now() - started) / 1000 });
}

console.log('\n=== summary');
for (const r of results) console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name.padEnd(44)} ${r.seconds.toFixed(1).padStart(6)} s`);
const total = results.reduce((sum, r) => sum + r.seconds, 0);
console.log(`whole run: ${total.toFixed(0)} s`);
const stepFailures = results.filter((r) => !r.ok).length;
console.log(`total: ${passed} passed, ${failed + stepFailures} failed`);
process.exit(stepFailures ? 1 : 0);
