// The manage token (CONTRACT.md §3.7) arrives in the address's fragment (`#token=…`), where no server
// log and no Referer sees it. It is taken out of the address before the widget sends any request, and
// kept for this tab only, so a reload still shows the application.

/** The widget's own sessionStorage key: per tab, gone when the tab closes; never localStorage or a cookie. */
export const TOKEN_STORAGE_KEY = 'ino-widgets:manage-token';

const TOKEN_PARAM = /^token=/;

// Where the token is kept when the browser keeps no sessionStorage (turned off, or full): for as long
// as the page lives, shared by every <ino-application-status> on it.
let unstored: string | undefined;

function stored(): string | undefined {
  try {
    return sessionStorage.getItem(TOKEN_STORAGE_KEY) ?? undefined;
  } catch {
    // Storage turned off: the token lives as long as the page.
    return undefined;
  }
}

/** Keeps the token for this tab; false when the browser would not. */
function store(token: string | undefined): boolean {
  try {
    if (token) sessionStorage.setItem(TOKEN_STORAGE_KEY, token);
    else sessionStorage.removeItem(TOKEN_STORAGE_KEY);
    return true;
  } catch {
    return false;
  }
}

/**
 * Takes `token=` out of the fragment, if it is there, and removes it from the address bar without a
 * navigation; any other part of the fragment (`#token=…&section`, `#top&token=…`) stays. A token in
 * the address always wins over one kept before: it is the link the person just opened.
 */
function fromAddress(): string | undefined {
  const fragment = location.hash.replace(/^#/, '');
  if (!fragment) return undefined;
  const parts = fragment.split('&');
  const found = parts.find((part) => TOKEN_PARAM.test(part));
  if (found === undefined) return undefined;
  const rest = parts.filter((part) => !TOKEN_PARAM.test(part)).join('&');
  history.replaceState(history.state, '', `${location.pathname}${location.search}${rest ? `#${rest}` : ''}`);
  try {
    return decodeURIComponent(found.replace(TOKEN_PARAM, '')) || undefined;
  } catch {
    // A malformed escape: not a token the server gave; the "no longer valid" view says what to do.
    return found.replace(TOKEN_PARAM, '') || undefined;
  }
}

/** The manage token: from the address (removed from it at once), else the one kept for this tab. */
export function takeManageToken(): string | undefined {
  const fromLink = fromAddress();
  if (fromLink) unstored = store(fromLink) ? undefined : fromLink;
  return stored() ?? unstored;
}

/** Forgets the token (the server said it is not valid, `401`): nothing of it stays in the tab. */
export function forgetManageToken(token: string): void {
  if (unstored === token) unstored = undefined;
  if (stored() === token) store(undefined);
}
