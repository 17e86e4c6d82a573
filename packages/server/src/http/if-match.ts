// If-Match (RFC 9110 §13.1.1) for the organiser API's changes: the header as sent. Whether it names the
// current version is the contract's ifMatchHolds, which the mock answers by too.

/** The If-Match header, trimmed; undefined when absent or blank. */
export function ifMatchOf(headers: { 'if-match'?: string }): string | undefined {
  return headers['if-match']?.trim() || undefined;
}
