// Type-level test of the generated React 19 typings (packages/widgets/types/jsx.d.ts), run by
// `npm run typecheck`: every tag with correct props compiles, and each `@ts-expect-error` line must
// fail to compile (else tsc reports the directive as unused), which proves the types are enforced.
// TypeScript lets JSX pass any undeclared attribute with a hyphen (`data-x`, and so a misspelled
// `onino-slect`), so a misspelled event is caught only in the camelCase form people write out of habit.
/// <reference types="@ino/widgets/jsx" />
import type { Challenge } from '@ino/sdk';
import type { LadderChangeDetail } from '@ino/widgets';

declare const challenges: Challenge[];

export const everyTag = (
  <ino-provider api-base="/ino/v1" lang="nl" theme="dark">
    <ino-challenge-feed
      api-base="/ino/v1"
      nis="44021"
      theme="mobiliteit"
      status="open,announced"
      limit={5}
      sort="updatedAt"
      heading="Uitdagingen voor Gent"
      heading-level={3}
      filters
      challenges={challenges}
      now={new Date('2027-01-01')}
      className="feed"
      id="feed"
      onino-load={(event) => event.detail.challenges.length}
      onino-select={(event) => {
        event.preventDefault();
        return event.detail.challenge.title;
      }}
      onino-error={(event) => event.detail.error.message}
    >
      <a href="https://www.vlaanderen.be/innovatienetwerk-overheid">Uitdagingen op de website van het netwerk</a>
    </ino-challenge-feed>
    <ino-practice-card
      practice-id="work-out-room"
      variant="full"
      heading-level={2}
      onino-load={(event) => event.detail.practice.title}
      onino-warning={(event) => event.detail.dropped.map((d) => d.path)}
    />
    <ino-learning-track-signup track-id="lerend-netwerk-participatie-2027" onino-submitted={(event) => event.detail.replayed} />
    <ino-participation-ladder
      mode="pick"
      name="rung"
      value={3}
      required
      label="Betrokkenheid"
      onino-change={(event: CustomEvent<LadderChangeDetail>) => event.detail.level}
      ref={(ladder) => {
        ladder?.checkValidity();
      }}
    />
    {/* properties by their own names, which React 19 sets as properties */}
    <ino-challenge-feed apiBase="/ino/v1" headingLevel={2} />
  </ino-provider>
);

export const wrongValue = (
  // @ts-expect-error: `limit` is a number
  <ino-challenge-feed limit="five" />
);

export const wrongUnion = (
  // @ts-expect-error: `variant` is 'compact' or 'full'
  <ino-practice-card variant="wide" />
);

export const wrongAttributeValue = (
  // @ts-expect-error: `heading-level` is a number
  <ino-practice-card heading-level={{ level: 2 }} />
);

export const unknownAttribute = (
  // @ts-expect-error: the feed has no `colour`
  <ino-challenge-feed colour="red" />
);

export const reactStyleEventName = (
  // @ts-expect-error: React 19 would listen to an event named "InoSelect"; the prop is `onino-select`
  <ino-challenge-feed onInoSelect={() => undefined} />
);

export const eventOfAnotherWidget = (
  // @ts-expect-error: `ino-select` carries a challenge, not a rung
  <ino-challenge-feed onino-select={(event: CustomEvent<LadderChangeDetail>) => event.detail.level} />
);

export const readOnlyProperty = (
  // @ts-expect-error: `validity` is read-only, not a prop
  <ino-participation-ladder validity={undefined} />
);
