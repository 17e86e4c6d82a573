// The tag table: every element @ino/widgets defines, in one list. The rest follows from a tag by
// convention, so adding a widget is one line here plus its folder:
//   tag `ino-x` ↔ folder `src/x/` ↔ `src/x/x.ts` registers the tag (the package export
//   `@ino/widgets/x`, the chunk `dist/widgets/x.js`) ↔ `src/x/x.component.ts` exports the class and
//   its events' detail types, all of them public (`@ino/widgets/classes`).
// Read by rollup.config.mjs (the per-widget inputs), test/size.mjs, and scripts/generate-widget-entries.mjs,
// which writes what must be static from it (package.json `exports` and `sideEffects`, src/index.ts,
// src/classes.ts, src/tags.ts for the loader) in `npm run analyze`. docs/architecture.md says why.
export const TAGS = [
  'ino-provider',
  'ino-practice-card',
  'ino-challenge-feed',
  'ino-learning-track-signup',
  'ino-participation-ladder',
  'ino-application-status',
  'ino-track-applications',
];

/** What a tag's widget is called everywhere else; paths relative to packages/widgets. */
export function widgetOf(tag) {
  const name = tag.replace(/^ino-/, '');
  return { tag, name, entry: `./src/${name}/${name}.ts`, component: `./src/${name}/${name}.component.ts` };
}

export const WIDGETS = TAGS.map(widgetOf);
