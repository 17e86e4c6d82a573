// Which of the loaded items are rendered. The list keeps every loaded item in memory but renders at
// most MAX_RENDERED of them, so that a long list never makes a long DOM: "load more" moves the end
// down (fetching when it reaches the last loaded item), "show earlier" moves the start up.

export const MAX_RENDERED = 100;

/** Rendered items are `items.slice(start, end)`. */
export interface FeedWindow {
  start: number;
  end: number;
}

/** The window after `count` more items are shown below, of `loaded` items in memory. */
export function showMore(window: FeedWindow, count: number, loaded: number): FeedWindow {
  const end = Math.min(loaded, window.end + count);
  return { start: Math.max(window.start, end - MAX_RENDERED), end };
}

/** The window after `count` earlier items are shown above. */
export function showEarlier(window: FeedWindow, count: number): FeedWindow {
  const start = Math.max(0, window.start - count);
  return { start, end: Math.min(window.end, start + MAX_RENDERED) };
}
