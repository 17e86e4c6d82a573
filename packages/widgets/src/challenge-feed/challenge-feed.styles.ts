import { css } from 'lit';

export const challengeFeedStyles = css`
  .base {
    display: grid;
    gap: var(--ino-space, 1em);
  }
  .heading {
    font-size: 1.5em;
    line-height: 1.25;
    font-weight: 700;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em 1.25em;
    padding: 0.75em 1em;
    border: 1px solid var(--ino-color-border, #cbd2da);
    border-radius: var(--ino-radius, 4px);
    background: var(--ino-color-surface, #f3f5f7);
  }
  .filters label {
    display: grid;
    gap: 0.25em;
    font-weight: 700;
    font-size: 0.875em;
  }
  select {
    max-width: 18em;
  }
  li:focus-visible {
    outline: 3px solid var(--ino-color-focus, #0050b3);
    outline-offset: 2px;
  }
  .list {
    display: grid;
    gap: var(--ino-space, 1em);
    padding: 0;
    list-style: none;
  }
  .list[aria-busy='true'] {
    opacity: 0.6;
  }
  .challenge {
    display: grid;
    gap: 0.4em;
    padding: var(--ino-space, 1em) calc(var(--ino-space, 1em) * 1.25);
    border: 1px solid var(--ino-color-border, #cbd2da);
    border-inline-start: 4px solid var(--ino-color-accent, #ffe615);
    border-radius: var(--ino-radius, 4px);
    background: var(--ino-color-background, #ffffff);
  }
  .item-title {
    font-size: 1.125em;
    line-height: 1.3;
    font-weight: 700;
  }
  .owners,
  .deadline,
  .budget {
    font-size: 0.9375em;
  }
  .owners {
    color: var(--ino-color-muted, #4d5560);
  }
  .status {
    font-weight: 700;
    border-color: var(--ino-color-text, #1d1d1b);
  }
  .status-open {
    background: var(--ino-color-accent, #ffe615);
    color: var(--ino-color-accent-text, #1d1d1b);
  }
  .joint {
    border-style: dashed;
    border-color: var(--ino-color-text, #1d1d1b);
  }
  .more {
    justify-self: start;
  }
  .more[disabled] {
    opacity: 0.6;
    cursor: progress;
  }
`;
