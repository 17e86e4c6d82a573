import { css } from 'lit';

/** The look content widgets share: the card's frame, badges, and term–value lists of facts. */
export const contentStyles = css`
  .card {
    display: grid;
    gap: var(--ino-space, 1em);
    padding: calc(var(--ino-space, 1em) * 1.25);
    border: 1px solid var(--ino-color-border, #cbd2da);
    border-top: 4px solid var(--ino-color-accent, #ffe615);
    border-radius: var(--ino-radius, 4px);
    background: var(--ino-color-background, #ffffff);
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
    padding: 0;
    list-style: none;
  }
  .badge {
    padding: 0.1em 0.6em;
    border: 1px solid var(--ino-color-border, #cbd2da);
    border-radius: 999px;
    background: var(--ino-color-surface, #f3f5f7);
    font-size: 0.8125em;
  }
  .facts {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.4em 1em;
  }
  .facts dt {
    color: var(--ino-color-muted, #4d5560);
  }
  .fallback-note {
    color: var(--ino-color-muted, #4d5560);
    font-size: 0.875em;
  }
  /* Something the person should know about the content or the form; a warning when it went wrong. */
  .notice {
    display: grid;
    gap: 0.5em;
    justify-items: start;
    padding: 0.75em 1em;
    border-inline-start: 4px solid var(--ino-color-link, #0050b3);
    background: var(--ino-color-surface, #f3f5f7);
  }
  .notice.warning {
    border-inline-start-color: var(--ino-color-error, #b00020);
  }
  /* Form controls look the same in every widget. */
  select,
  input[type='text'],
  input[type='email'],
  textarea {
    font: inherit;
    font-weight: 400;
    min-height: 2.75em;
    padding: 0.5em 0.6em;
    border: 2px solid var(--ino-color-text, #1d1d1b);
    border-radius: var(--ino-radius, 4px);
    background: var(--ino-color-background, #ffffff);
    color: var(--ino-color-text, #1d1d1b);
  }
  select:focus-visible,
  input:focus-visible,
  textarea:focus-visible {
    outline: 3px solid var(--ino-color-focus, #0050b3);
    outline-offset: 2px;
  }
  /* A row of buttons; the secondary ones are outlined, beside the one main action. */
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
  }
  button.secondary {
    background: var(--ino-color-background, #ffffff);
    color: var(--ino-color-text, #1d1d1b);
  }
  button.secondary:hover {
    background: var(--ino-color-surface, #f3f5f7);
  }
  @media (max-width: 30em) {
    .facts {
      grid-template-columns: 1fr;
    }
    .facts dd {
      margin-bottom: 0.35em;
    }
  }
`;
