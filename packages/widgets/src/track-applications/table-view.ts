import type { OrganiserApplication } from '@ino/sdk';

export const PAGE_SIZE = 25;

export type SortKey = 'receivedAt' | 'status';
export type SortDirection = 'ascending' | 'descending';

/** What the organiser has chosen to see: the widget loads every application and shapes them here. */
export interface TableView {
  sort: SortKey;
  direction: SortDirection;
  /** Empty: every status. */
  status: string;
  query: string;
  /** 1-based. */
  page: number;
}

export const DEFAULT_VIEW: TableView = { sort: 'receivedAt', direction: 'ascending', status: '', query: '', page: 1 };

/** One page of the applications that match, and where it is among the pages. */
export interface ShownPage {
  rows: OrganiserApplication[];
  page: number;
  pages: number;
  matching: number;
}

/** The order statuses sort in: what needs a decision first, then the line, then what is settled. */
const STATUS_ORDER = ['received', 'offered', 'waitlisted', 'confirmed', 'declined', 'cancelled'];

/** Text as search compares it: lower case, without accents ("Hélène" finds "helene" and back). */
export function searchable(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * Whether every word of `query` is in the person's name or organisation: the query is read once, for
 * every application it is matched against.
 */
export function queryMatcher(query: string): (application: OrganiserApplication) => boolean {
  const words = searchable(query).split(/\s+/).filter(Boolean);
  return (application) => {
    if (!words.length) return true;
    const haystack = searchable([application.givenName, application.familyName, application.organisation].filter(Boolean).join(' '));
    return words.every((word) => haystack.includes(word));
  };
}

const statusRank = (status: string) => {
  const rank = STATUS_ORDER.indexOf(status);
  return rank < 0 ? STATUS_ORDER.length : rank;
};

function compare(a: OrganiserApplication, b: OrganiserApplication, sort: SortKey): number {
  const byReceived = Date.parse(a.receivedAt) - Date.parse(b.receivedAt) || a.id.localeCompare(b.id);
  if (sort === 'receivedAt') return byReceived;
  const byStatus = statusRank(a.status) - statusRank(b.status) || a.status.localeCompare(b.status);
  // Within the waitlist, the line's own order; else the oldest first.
  const byPosition = a.status === 'waitlisted' && b.status === 'waitlisted' ? (a.waitlistPosition ?? 0) - (b.waitlistPosition ?? 0) : 0;
  return byStatus || byPosition || byReceived;
}

/** The page of applications the view asks for; a page past the end shows the last one. */
export function shownPage(applications: readonly OrganiserApplication[], view: TableView, pageSize = PAGE_SIZE): ShownPage {
  const sign = view.direction === 'ascending' ? 1 : -1;
  const matchesQuery = queryMatcher(view.query);
  const matching = applications.filter((a) => (!view.status || a.status === view.status) && matchesQuery(a)).sort((a, b) => sign * compare(a, b, view.sort));
  const pages = Math.max(1, Math.ceil(matching.length / pageSize));
  const page = Math.min(Math.max(1, view.page), pages);
  return { rows: matching.slice((page - 1) * pageSize, page * pageSize), page, pages, matching: matching.length };
}
