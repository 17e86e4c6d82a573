import { applicationFor, post, startTestServer } from './test/harness.ts';
import { dataset } from '@ino/mock-api/dataset';
const sel = dataset.learningTracks.find((t) => t.admission === 'selection' && t.status === 'open')!;
for (const backend of ['pglite', 'postgres'] as const) {
  let t = performance.now();
  const s = await startTestServer({ backend });
  console.log(backend, 'start', Math.round(performance.now() - t));
  t = performance.now();
  for (let i = 0; i < 50; i++) await post(s.baseUrl, sel.id, applicationFor(sel, `p${i}@example.org`));
  console.log(backend, 'sequential post avg ms', (performance.now() - t) / 50);
  t = performance.now();
  for (let i = 0; i < 50; i++) await fetch(`${s.baseUrl}/challenges`).then((r) => r.text());
  console.log(backend, 'sequential GET /challenges avg ms', (performance.now() - t) / 50);
  t = performance.now();
  await Promise.all(Array.from({ length: 100 }, (_, i) => post(s.baseUrl, sel.id, applicationFor(sel, `q${i}@example.org`))));
  console.log(backend, '100 concurrent posts ms', performance.now() - t);
  await s.close();
}
