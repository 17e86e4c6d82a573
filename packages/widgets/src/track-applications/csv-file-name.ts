import { brusselsIsoDay } from '../shared/format.js';
import { searchable } from './table-view.js';

/** A title as a file-name slug: lower case, no accents (as search reads it), words joined by hyphens. */
export function slug(title: string): string {
  return (
    searchable(title)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || 'aanvragen'
  );
}

/**
 * The CSV file's name when the server's `Content-Disposition` names none: the track's title and the
 * day in Brussels (where the organisers are), e.g. `lerend-netwerk-participatie-2027-2026-12-06.csv`.
 */
export function csvFileName(serverName: string | undefined, title: string, now: Date): string {
  if (serverName?.trim()) return serverName.trim();
  return `${slug(title)}-${brusselsIsoDay(now)}.csv`;
}
