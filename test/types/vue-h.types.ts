// Type-level test of the generated Vue 3 typings (packages/widgets/types/vue.d.ts), run by
// `npm run typecheck`. Vue's template type checking (vue-tsc) reads a tag's props from the
// `$props` of its GlobalComponents entry and its events from `$emit`; `h()` reads the same `$props`.
// Correct props compile; each `@ts-expect-error` line must fail to compile.
/// <reference types="@ino/widgets/vue" />
import { h, type GlobalComponents } from 'vue';
import type { LadderChangeDetail } from '@ino/widgets';

// Types only: this file is compiled, never run.
declare const Feed: GlobalComponents['ino-challenge-feed'];
declare const Ladder: GlobalComponents['ino-participation-ladder'];
type FeedProps = InstanceType<typeof Feed>['$props'];
type LadderProps = InstanceType<typeof Ladder>['$props'];

export const feed = h(Feed, {
  apiBase: '/ino/v1',
  theme: 'mobiliteit',
  limit: 5,
  sort: 'closesAt',
  headingLevel: 3,
  filters: true,
  class: 'feed',
  onInoSelect: (event) => {
    event.preventDefault();
    return event.detail.challenge.title;
  },
});

export const ladder = h(Ladder, { mode: 'pick', name: 'rung', value: 2, required: true, onInoChange: (event) => event.detail.level });

// @ts-expect-error: `limit` is a number
export const wrongValue = h(Feed, { limit: 'five' });

// @ts-expect-error: `mode` is 'pick' or 'guided'
export const wrongUnion: LadderProps = { mode: 'choose' };

// @ts-expect-error: the feed has no `colour`
export const unknownProp: FeedProps = { colour: 'red' };

// @ts-expect-error: the prop for `ino-select` is `onInoSelect`
export const misspelledEvent: FeedProps = { onInoSlect: () => undefined };

// @ts-expect-error: `ino-select` carries a challenge, not a rung
export const wrongDetail: FeedProps = { onInoSelect: (event: CustomEvent<LadderChangeDetail>) => event.detail.level };

/** What vue-tsc checks `@ino-change="…"` against in a template. */
type LadderEmit = InstanceType<typeof Ladder>['$emit'];
declare const emit: LadderEmit;
emit('ino-change', new CustomEvent<LadderChangeDetail>('ino-change', { detail: { level: 2, key: 'raadplegen', source: 'pick' } }));
// @ts-expect-error: the ladder fires no `ino-select`
emit('ino-select', new CustomEvent('ino-select'));
