// A node:test reporter that ends the run with one plain line, "<name>: N passed, N failed", the
// closing line every test runner of this project prints (CI reads it). Counts tests, not suites.
import { basename } from 'node:path';

export default async function* plainSummary(source) {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    if (event.data.details?.type === 'suite') continue;
    if (event.data.skip || event.data.todo) skipped++;
    else if (event.type === 'test:pass') passed++;
    else failed++;
  }
  const name = process.env.SUMMARY_NAME ?? basename(process.cwd());
  yield `${name}: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`;
}
