import { css } from 'lit';

export const signupStyles = css`
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
  .summary {
    font-size: 1.0625em;
    margin-top: 0.4em;
  }
  .description p + p {
    margin-top: 0.75em;
  }
  .sessions {
    display: grid;
    gap: 0.2em;
    padding: 0;
    list-style: none;
  }
  .seats {
    font-weight: 700;
  }
  .form,
  .result,
  .closed {
    display: grid;
    gap: var(--ino-space, 1em);
    padding-top: var(--ino-space, 1em);
    border-top: 1px solid var(--ino-color-border, #cbd2da);
  }
  .field {
    display: grid;
    gap: 0.3em;
  }
  .field.has-error,
  .consent.has-error {
    padding-inline-start: 0.9em;
    border-inline-start: 4px solid var(--ino-color-error, #b00020);
  }
  label,
  legend {
    font-weight: 700;
  }
  .help,
  .count,
  .intro {
    color: var(--ino-color-muted, #4d5560);
    font-size: 0.9375em;
  }
  .count.over {
    color: var(--ino-color-error, #b00020);
  }
  .error {
    color: var(--ino-color-error, #b00020);
    font-weight: 700;
  }
  input[type='text'],
  input[type='email'],
  textarea {
    width: 100%;
    max-width: 36em;
  }
  textarea {
    resize: vertical;
  }
  [aria-invalid='true'] {
    border-color: var(--ino-color-error, #b00020);
  }
  .error-summary:focus-visible,
  .result:focus-visible {
    outline: 3px solid var(--ino-color-focus, #0050b3);
    outline-offset: 2px;
  }
  .consent {
    display: grid;
    gap: 0.5em;
    margin: 0;
    padding: 0;
    border: 0;
  }
  .check {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.6em;
    align-items: start;
  }
  .check input {
    width: 1.5em;
    height: 1.5em;
    margin: 0.1em 0 0;
    accent-color: var(--ino-color-text, #1d1d1b);
  }
  .check label {
    font-weight: 400;
  }
  .error-summary {
    display: grid;
    gap: 0.5em;
    padding: 1em;
    border: 4px solid var(--ino-color-error, #b00020);
    border-radius: var(--ino-radius, 4px);
  }
  .error-summary ul {
    display: grid;
    gap: 0.3em;
    padding-inline-start: 1.25em;
  }
  .error-summary a {
    color: var(--ino-color-error, #b00020);
    font-weight: 700;
  }
  button[aria-disabled='true'] {
    opacity: 0.7;
    cursor: progress;
  }
`;
