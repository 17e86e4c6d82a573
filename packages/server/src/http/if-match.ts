// If-Match (RFC 9110 §13.1.1) for the organiser API's changes: the header as sent, and whether it names
// the current version. `*` matches any current version; a list matches when one of its tags does.

/** The If-Match header, trimmed; undefined when absent or blank. */
export function ifMatchOf(headers: { 'if-match'?: string }): string | undefined {
  return headers['if-match']?.trim() || undefined;
}

/** Whether `ifMatch` names the version whose entity tag is `etag`. */
export const ifMatchHolds = (ifMatch: string, etag: string): boolean => ifMatch === '*' || ifMatch.split(',').some((tag) => tag.trim() === etag);
