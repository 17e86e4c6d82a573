const ALLOWED = new Set(['https:', 'http:', 'mailto:', 'tel:']);

/**
 * A URL fit for an href, or undefined. API data is validated already; this guards data given
 * directly (`.practice = …`) and any future field: no `javascript:`, no `data:`.
 */
export function safeHref(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return ALLOWED.has(new URL(url).protocol) ? url : undefined;
  } catch {
    return undefined;
  }
}
