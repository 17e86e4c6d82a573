// The in-page half of bench/challenge-feed.ts (plain JS: it runs in Chromium as it is).

const twoFrames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/** Times, in ms, from giving a feed its data to the second animation frame after it rendered (layout and paint done). */
window.measureFeed = async (all, count, limit, pages, runs) => {
  const results = [];
  for (let run = 0; run < runs; run++) {
    const feed = document.createElement('ino-challenge-feed');
    feed.limit = limit;
    feed.now = new Date('2026-11-23T10:00:00+01:00');
    const loaded = new Promise((resolve) => feed.addEventListener('ino-load', resolve, { once: true }));
    const started = performance.now();
    feed.challenges = all.slice(0, count);
    document.body.append(feed);
    // The data is checked in a task: ino-load fires when it is done, the render follows.
    await loaded;
    await feed.updateComplete;
    for (let page = 0; page < pages; page++) {
      [...feed.shadowRoot.querySelectorAll('button.more')].at(-1).click();
      await feed.updateComplete;
    }
    await twoFrames();
    results.push(performance.now() - started);
    feed.remove();
  }
  return results;
};
