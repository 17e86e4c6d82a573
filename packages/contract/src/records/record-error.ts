/** What is wrong with a record or a content document: a dotted path (`translations.fr.title`) and why. */
export interface RecordError {
  path: string;
  message: string;
}

/** A content document that cannot be used; its message names the paths. */
export class ContentError extends Error {
  readonly errors: readonly RecordError[];
  constructor(source: string, errors: readonly RecordError[]) {
    const shown = errors
      .slice(0, 20)
      .map((e) => `  ${e.path}: ${e.message}`)
      .join('\n');
    super(`${source} is not valid content (${errors.length} error${errors.length === 1 ? '' : 's'}):\n${shown}${errors.length > 20 ? '\n  …' : ''}`);
    this.name = 'ContentError';
    this.errors = errors;
  }
}
