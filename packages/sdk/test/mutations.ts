// Mutations of valid JSON bodies for the fuzz tests: the SDK's (Node) and the widgets' (Chromium,
// which imports this file) share them. Markup and javascript: URLs set SCRIPT_FLAG on the global
// object if they ever run, so a test can tell that nothing did.
import fc from 'fast-check';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

/** The global a mutated payload's script would set if it ever ran. */
export const SCRIPT_FLAG = '__inoFuzzScriptRan';

const UNSAFE_URLS = [
  `javascript:globalThis.${SCRIPT_FLAG}=1`,
  `JaVaScRiPt:globalThis.${SCRIPT_FLAG}=1`,
  ` javascript:globalThis.${SCRIPT_FLAG}=1`,
  `java\tscript:globalThis.${SCRIPT_FLAG}=1`,
  `data:text/html,<script>globalThis.${SCRIPT_FLAG}=1</script>`,
  '//evil.example/x',
  '/relative',
  'vbscript:msgbox(1)',
];
const MARKUP = [
  `<img src=x onerror="globalThis.${SCRIPT_FLAG}=1">`,
  `<script>globalThis.${SCRIPT_FLAG}=1</script>`,
  `"><svg onload="globalThis.${SCRIPT_FLAG}=1">`,
];

/** Nested arrays and objects, `depth` levels deep. */
const nested = (depth: number): Json => (depth === 0 ? 'bottom' : depth % 2 ? [nested(depth - 1)] : { deeper: nested(depth - 1) });

type Mutation = { kind: 'drop' } | { kind: 'replace'; with: Json } | { kind: 'retype' } | { kind: 'prototype-keys' };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.constant({ kind: 'drop' } as const),
  fc.constant({ kind: 'retype' } as const),
  fc.constant({ kind: 'prototype-keys' } as const),
  fc.record({ kind: fc.constant('replace' as const), with: fc.constantFrom<Json>(...UNSAFE_URLS, ...MARKUP) }),
  fc.record({
    kind: fc.constant('replace' as const),
    with: fc.constantFrom<Json>('x'.repeat(100_000), 'ë'.repeat(30_000), '', '   ', '\u0000', '2026-13-45T25:61:00+01:00'),
  }),
  fc.record({ kind: fc.constant('replace' as const), with: fc.constantFrom<Json>(nested(50), nested(1_000), [], {}, null, -1, 0, 1e308, 3.5) }),
  fc.record({ kind: fc.constant('replace' as const), with: fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json> }),
);

/** No contract shape is this deep: places below it lie inside injected junk, not worth mutating again. */
const MAX_MUTATION_DEPTH = 12;

/** Every place in a JSON value down to MAX_MUTATION_DEPTH, the value itself first. */
function pathsIn(value: Json): Path[] {
  const paths: Path[] = [];
  const pending: [Json, Path][] = [[value, []]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [node, at] = next;
    paths.push(at);
    if (node === null || typeof node !== 'object' || at.length === MAX_MUTATION_DEPTH) continue;
    for (const [key, child] of Object.entries(node).reverse()) pending.push([child, [...at, Array.isArray(node) ? Number(key) : key]]);
  }
  return paths;
}

const get = (value: Json, path: Path): Json => path.reduce<Json>((node, segment) => (node as Record<string, Json>)[segment]!, value);

function retype(value: Json): Json {
  if (typeof value === 'string') return value.length;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 1 : 'false';
  if (Array.isArray(value)) return Object.fromEntries(value.map((v, i) => [i, v]));
  if (value) return Object.values(value);
  return {};
}

/** `body` (a fresh copy) with one mutation at the place `pick` chooses. */
function mutate(body: Json, pick: number, change: Mutation): Json {
  const paths = pathsIn(body);
  const path = paths[pick % paths.length]!;
  if (change.kind === 'prototype-keys') {
    const target = get(body, path);
    if (target === null || typeof target !== 'object' || Array.isArray(target)) return body;
    // As JSON.parse makes them: own keys named __proto__ and constructor, not a changed prototype.
    const keys = JSON.parse('{"__proto__": {"polluted": true, "title": "overgenomen"}, "constructor": {"prototype": {"polluted": true}}}') as object;
    for (const [key, value] of Object.entries(keys)) Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
    return body;
  }
  // A copy of the junk: the same junk inserted twice, once inside itself, would make a cycle that is not JSON.
  const next = change.kind === 'drop' ? undefined : change.kind === 'retype' ? retype(get(body, path)) : structuredClone(change.with);
  if (!path.length) return next ?? null;
  const parent = get(body, path.slice(0, -1)) as Record<string | number, Json>;
  const key = path.at(-1)!;
  if (next !== undefined) parent[key] = next;
  else if (Array.isArray(parent)) parent.splice(key as number, 1);
  else delete parent[key];
  return body;
}

/** One to four mutations, each at a place a number picks. */
export const mutations = fc.array(fc.tuple(fc.nat(), mutation), { minLength: 1, maxLength: 4 });

/** A copy of `body` with `changes` made to it. */
export const mutated = (body: object, changes: [number, Mutation][]): Json =>
  changes.reduce((value, [pick, change]) => mutate(value, pick, change), structuredClone(body) as Json);
