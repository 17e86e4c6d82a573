// The list filters of CONTRACT.md §3, applied to resources already built in the asked language.
import type { Challenge, LearningTrack, Organisation, Practice } from '@ino/sdk';
import { InvalidQueryError, readIntParam } from './pagination.js';

/** Lower case without accents, so that "cocreatie" finds "Cocreatie" and "reseau" finds "réseau". */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

/** Whether any of an item's texts holds `q` (case and accents aside); `q` is folded once per request. */
function textMatcher(q: string | null): (...texts: (string | null | undefined)[]) => boolean {
  if (!q) return () => true;
  const needle = fold(q.trim());
  return (...texts) => texts.some((text) => text && fold(text).includes(needle));
}

/** Statuses asked for (comma-separated), or the resource's default ones (CONTRACT.md §3.2, §3.3). */
export function readStatuses(query: URLSearchParams, defaults: readonly string[], name = 'status'): string[] {
  const asked = (query.get(name) ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return asked.length ? asked : [...defaults];
}
export const DEFAULT_CHALLENGE_STATUSES = ['open'] as const;
export const DEFAULT_TRACK_STATUSES = ['announced', 'open', 'waitlist'] as const;

const hasNis = (organisations: Organisation[], nis: string) => organisations.some((o) => o.identifiers?.nis === nis);

/** `rung` (CONTRACT.md §3.1): a level of the participation ladder. */
export const RUNG_RANGE = { min: 1, max: 5 } as const;

export function readRung(query: URLSearchParams): number | undefined {
  return readIntParam(query, 'rung', RUNG_RANGE);
}

export function filterPractices(all: readonly Practice[], query: URLSearchParams): Practice[] {
  const theme = query.get('theme');
  const level = query.get('level');
  const rung = readRung(query);
  const facet = query.get('facet');
  const stage = query.get('stage');
  const organisation = query.get('organisation');
  const nis = query.get('nis');
  const matchesText = textMatcher(query.get('q'));
  return all
    .filter((p) => matchesText(p.title, p.summary, p.description))
    .filter((p) => !theme || p.themes.some((t) => t.id === theme))
    .filter((p) => !level || p.level === level)
    .filter((p) => rung === undefined || p.ladderRung === rung)
    .filter((p) => !facet || p.facet === facet)
    .filter((p) => !stage || p.stage === stage)
    .filter((p) => !organisation || p.organisations.some((o) => o.id === organisation))
    .filter((p) => !nis || hasNis(p.organisations, nis))
    .sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt));
}

/** `closesAt` (soonest first, open-ended ones last; the default) or `updatedAt` (newest first). */
export const CHALLENGE_SORTS = ['closesAt', 'updatedAt'] as const;
export type ChallengeSort = (typeof CHALLENGE_SORTS)[number];
export const DEFAULT_CHALLENGE_SORT: ChallengeSort = 'closesAt';

export function readChallengeSort(query: URLSearchParams): ChallengeSort {
  const sort = query.get('sort') ?? DEFAULT_CHALLENGE_SORT;
  if (!(CHALLENGE_SORTS as readonly string[]).includes(sort)) throw new InvalidQueryError('validation', `sort must be ${CHALLENGE_SORTS.join(' or ')}.`);
  return sort as ChallengeSort;
}

export function filterChallenges(all: readonly Challenge[], query: URLSearchParams): Challenge[] {
  const wanted = readStatuses(query, DEFAULT_CHALLENGE_STATUSES);
  const theme = query.get('theme');
  const owner = query.get('owner');
  const nis = query.get('nis');
  const programme = query.get('programme');
  const sort = readChallengeSort(query);
  const matchesText = textMatcher(query.get('q'));
  const filtered = all
    .filter((c) => wanted.includes(c.status))
    .filter((c) => matchesText(c.title, c.summary, c.description))
    .filter((c) => !theme || c.themes.some((t) => t.id === theme))
    .filter((c) => !owner || c.owners.some((o) => o.id === owner))
    .filter((c) => !nis || c.municipalities.includes(nis) || hasNis(c.owners, nis))
    .filter((c) => !programme || c.programme?.id === programme);
  // closesAt: soonest first, open-ended ones last; updatedAt: newest first.
  const closes = (c: Challenge) => (c.closesAt ? Date.parse(c.closesAt) : Number.POSITIVE_INFINITY);
  return filtered.sort(
    sort === 'updatedAt' ? (a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt) : (a, b) => closes(a) - closes(b) || a.id.localeCompare(b.id),
  );
}

export function filterLearningTracks(all: readonly LearningTrack[], query: URLSearchParams): LearningTrack[] {
  const wanted = readStatuses(query, DEFAULT_TRACK_STATUSES);
  const theme = query.get('theme');
  const organiser = query.get('organiser');
  const start = (t: LearningTrack) => (t.sessions[0] ? Date.parse(t.sessions[0].startsAt) : Number.POSITIVE_INFINITY);
  return all
    .filter((t) => wanted.includes(t.status))
    .filter((t) => !theme || t.themes.some((th) => th.id === theme))
    .filter((t) => !organiser || t.organisers.some((o) => o.id === organiser))
    .sort((a, b) => start(a) - start(b) || a.id.localeCompare(b.id));
}

/**
 * `challengeStatus` (an addition to CONTRACT.md §3.6, for owner filters): only organisations that own a
 * challenge in one of those statuses. `ownerOf(statuses)` gives the ids of those owners, from challenges
 * whose status the clock has already decided.
 */
export function filterOrganisations(
  all: readonly Organisation[],
  query: URLSearchParams,
  ownerOf: (statuses: string[]) => ReadonlySet<string>,
): Organisation[] {
  const kind = query.get('kind');
  const level = query.get('level');
  const matchesText = textMatcher(query.get('q'));
  const owners = query.get('challengeStatus') ? ownerOf(readStatuses(query, [], 'challengeStatus')) : undefined;
  return all
    .filter((o) => !owners || owners.has(o.id))
    .filter((o) => !kind || o.kind === kind)
    .filter((o) => !level || o.level === level)
    .filter((o) => matchesText(o.name))
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}
