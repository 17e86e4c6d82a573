import { css } from 'lit';

export const statusStyles = css`
  .title {
    font-size: 1.5em;
    line-height: 1.25;
    font-weight: 700;
  }
  .subheading {
    font-size: 1.25em;
    line-height: 1.3;
    font-weight: 700;
  }
  .sessions {
    display: grid;
    gap: 0.2em;
    padding: 0;
    list-style: none;
  }
  .status {
    display: grid;
    gap: 0.75em;
    padding-top: var(--ino-space, 1em);
    border-top: 1px solid var(--ino-color-border, #cbd2da);
  }
  .status-title {
    font-size: 1.125em;
  }
  .offer {
    padding: 0.75em 1em;
    border-inline-start: 4px solid var(--ino-color-accent, #ffe615);
    background: var(--ino-color-surface, #f3f5f7);
  }
  .applicant {
    color: var(--ino-color-muted, #4d5560);
    font-size: 0.9375em;
  }
  .status:focus-visible {
    outline: 3px solid var(--ino-color-focus, #0050b3);
    outline-offset: 2px;
  }
  button.accept {
    font-size: 1.125em;
    font-weight: 700;
  }
  button[aria-disabled='true'] {
    opacity: 0.7;
    cursor: progress;
  }
  .confirm {
    max-width: min(32em, calc(100vw - 2em));
    padding: var(--ino-space, 1em) calc(var(--ino-space, 1em) * 1.5);
    border: 2px solid var(--ino-color-text, #1d1d1b);
    border-radius: var(--ino-radius, 4px);
    background: var(--ino-color-background, #ffffff);
    color: var(--ino-color-text, #1d1d1b);
    font: inherit;
  }
  .confirm[open] {
    display: grid;
    gap: var(--ino-space, 1em);
  }
  .confirm::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
  /* The page's background as text on the error colour: light on dark red, dark on the dark theme's light red. */
  button.danger {
    background: var(--ino-color-error, #b00020);
    border-color: var(--ino-color-error, #b00020);
    color: var(--ino-color-background, #ffffff);
  }
  button.danger:hover {
    text-decoration: underline;
  }
  .invalid-link {
    justify-items: stretch;
  }
`;
