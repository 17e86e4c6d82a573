/** A title as a file-name slug: lower case, no accents, words joined by hyphens. */
export function slug(title: string): string {
  return (
    title
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || 'aanvragen'
  );
}

const brusselsDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * The CSV file's name when the server's `Content-Disposition` names none: the track's title and the
 * day in Brussels (where the organisers are), e.g. `lerend-netwerk-participatie-2027-2026-12-06.csv`.
 */
export function csvFileName(serverName: string | undefined, title: string, now: Date): string {
  if (serverName?.trim()) return serverName.trim();
  // en-CA writes YYYY-MM-DD.
  return `${slug(title)}-${brusselsDay.format(now)}.csv`;
}
