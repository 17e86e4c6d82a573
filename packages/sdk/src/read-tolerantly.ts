import type * as z from 'zod/mini';
import type { ValidationIssue } from './errors.js';
import { issueOf, validationError } from './validate.js';

/** Something the tolerant reader left out of a response because it broke the contract (CONTRACT.md §1 "reading"). */
export interface Dropped {
  /** Where it was: a dotted path into the response, e.g. `links.1`, `items.3`, `items.2.budget`. */
  path: string;
  /** The id of the dropped value, else of the closest value around it that has one (the page item, the resource). */
  id?: string;
  /** Why it was dropped; each issue's path is a path into the response too. */
  issues: ValidationIssue[];
}

/** A value read tolerantly, with what was left out of it. */
export interface ReadResult<T> {
  value: T;
  dropped: Dropped[];
}

type Path = PropertyKey[];
interface Drop {
  path: Path;
  issues: ValidationIssue[];
}

/** Each round drops every value that broke a rule; a drop can only uncover a rule of what holds it, so few rounds are ever needed. */
const MAX_ROUNDS = 8;

/** Lists whose elements are not dropped one by one (see `wholeList`). */
const wholeLists = new WeakSet<z.ZodMiniType>();

/**
 * Marks a list whose elements must all be usable: a broken element makes what holds the list
 * unusable, instead of being dropped from it. For a track's questions: sending a signup without a
 * question the server requires would only fail later.
 */
export function wholeList<T extends z.ZodMiniType>(list: T): T {
  wholeLists.add(list);
  return list;
}

/**
 * Parses `data` with `schema` the way CONTRACT.md §1 asks a client to read: a value that breaks its
 * rule is dropped when it may be (an optional field, an element of a list) and the rest is kept;
 * only a broken required field of the value itself is a ValidationError. Works on any schema: it
 * parses strictly, drops the nearest droppable value around each issue, and parses again.
 */
export function readTolerantly<S extends z.ZodMiniType>(schema: S, data: unknown, what: string): ReadResult<z.output<S>> {
  const drops: Drop[] = [];
  for (let round = 1; ; round++) {
    const kept = new WeakMap<unknown[], number[]>();
    const candidate = without(
      data,
      drops.map((d) => d.path),
      kept,
    );
    const result = schema.safeParse(candidate);
    if (result.success) return { value: result.data, dropped: drops.map((drop) => report(drop, data)) };
    const issues: ValidationIssue[] = [];
    const unusable: ValidationIssue[] = [];
    for (const issue of result.error.issues) {
      const target = droppableAround(schema, candidate, issue.path);
      const described = issueOf({ path: originalPath(candidate, issue.path, kept), message: issue.message });
      issues.push(described);
      if (target === undefined) unusable.push(described);
      else addDrop(drops, originalPath(candidate, target, kept), described);
    }
    if (unusable.length || round === MAX_ROUNDS) throw validationError(what, unusable.length ? unusable : issues, result.error);
  }
}

/** The path of the nearest value around `path` that may be dropped and is there to drop; undefined when there is none. */
function droppableAround(schema: z.ZodMiniType, data: unknown, path: Path): Path | undefined {
  const lengths = droppablePrefixLengths(schema, path);
  for (let i = lengths.length - 1; i >= 0; i--) {
    const prefix = path.slice(0, lengths[i]);
    // An issue a whole object raises about one of its optional fields (a contact's "e-mail or phone")
    // may name a field that is already gone: then what holds it goes.
    if (valueAt(data, prefix) !== undefined) return prefix;
  }
  return undefined;
}

/** The lengths of the prefixes of `path` that end at an optional field or at an element of a list, read from the schema. */
function droppablePrefixLengths(schema: z.ZodMiniType, path: Path): number[] {
  const lengths: number[] = [];
  let node: z.ZodMiniType | undefined = schema;
  for (let i = 0; i < path.length && node; i++) {
    const def = unwrapped(node)._zod.def as { type: string; shape?: Record<string, z.ZodMiniType>; element?: z.ZodMiniType };
    const segment = path[i] as string;
    if (def.type === 'object' && def.shape && Object.hasOwn(def.shape, segment)) {
      node = def.shape[segment];
      if (node!._zod.optin === 'optional') lengths.push(i + 1);
    } else if (def.type === 'array' && def.element) {
      if (!wholeLists.has(unwrapped(node))) lengths.push(i + 1);
      node = def.element;
    } else {
      node = undefined;
    }
  }
  return lengths;
}

/** The schema inside optional, nullable and the like. */
function unwrapped(schema: z.ZodMiniType): z.ZodMiniType {
  let node = schema;
  while ('innerType' in node._zod.def) node = (node._zod.def as { innerType: z.ZodMiniType }).innerType;
  return node;
}

/** Records a drop; a drop of a value around earlier ones takes them (and their issues) in. */
function addDrop(drops: Drop[], path: Path, issue: ValidationIssue): void {
  const around = drops.find((d) => startsWith(path, d.path));
  if (around) return void around.issues.push(issue);
  const inside = drops.filter((d) => startsWith(d.path, path));
  for (const d of inside) drops.splice(drops.indexOf(d), 1);
  drops.push({ path, issues: [...inside.flatMap((d) => d.issues), issue] });
}

const startsWith = (path: Path, prefix: Path) => prefix.length <= path.length && prefix.every((segment, i) => path[i] === segment);

function report({ path, issues }: Drop, data: unknown): Dropped {
  let id: string | undefined;
  let node = data;
  for (let i = 0; i <= path.length && node !== null && typeof node === 'object'; node = (node as Record<PropertyKey, unknown>)[path[i++]!]) {
    const own = (node as { id?: unknown }).id;
    if (typeof own === 'string') id = own;
  }
  return { path: path.join('.'), ...(id === undefined ? {} : { id }), issues };
}

/** A copy of `data` without the values at `paths`; `kept` maps each shortened list to the indexes its elements had. */
function without(data: unknown, paths: Path[], kept: WeakMap<unknown[], number[]>): unknown {
  if (!paths.length || data === null || typeof data !== 'object') return data;
  const inside = (key: PropertyKey) => paths.filter((p) => p.length > 1 && p[0] === key).map((p) => p.slice(1));
  const gone = new Set(paths.filter((p) => p.length === 1).map((p) => p[0]));
  if (Array.isArray(data)) {
    const copy: unknown[] = [];
    const indexes: number[] = [];
    data.forEach((element, index) => {
      if (gone.has(index)) return;
      copy.push(without(element, inside(index), kept));
      indexes.push(index);
    });
    kept.set(copy, indexes);
    return copy;
  }
  const copy: Record<PropertyKey, unknown> = { ...data };
  for (const key of gone) delete copy[key];
  for (const key of new Set(paths.filter((p) => p.length > 1).map((p) => p[0]!))) copy[key] = without(copy[key], inside(key), kept);
  return copy;
}

/** A path into a copy made by `without`, as a path into the data it was made from. */
function originalPath(copy: unknown, path: Path, kept: WeakMap<unknown[], number[]>): Path {
  let node = copy;
  return path.map((segment) => {
    const original = Array.isArray(node) && typeof segment === 'number' ? (kept.get(node)?.[segment] ?? segment) : segment;
    node = node !== null && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[segment] : undefined;
    return original;
  });
}

function valueAt(data: unknown, path: Path): unknown {
  let node = data;
  for (const segment of path) node = node !== null && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[segment] : undefined;
  return node;
}
