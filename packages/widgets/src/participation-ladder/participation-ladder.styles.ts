import { css } from 'lit';

export const participationLadderStyles = css`
  .content,
  .guided {
    display: grid;
    gap: var(--ino-space, 1em);
  }
  fieldset {
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  legend {
    padding: 0;
    font-weight: 700;
    font-size: 1.125em;
  }
  .required {
    font-weight: 400;
  }
  .intro,
  .hint,
  .option-text {
    color: var(--ino-color-muted, #4d5560);
  }
  .intro,
  .hint {
    margin-top: 0.35em;
  }
  .options {
    display: grid;
    gap: 0.5em;
    margin-top: 0.75em;
  }
  /* Each choice is a box the whole of which selects it; the native radio stays visible. */
  .option {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: 0.75em;
    align-items: start;
    padding: 0.75em 1em;
    border: 1px solid var(--ino-color-border, #cbd2da);
    border-radius: var(--ino-radius, 4px);
    background: var(--ino-color-background, #ffffff);
    cursor: pointer;
  }
  .option:has(input:checked) {
    border-color: var(--ino-color-text, #1d1d1b);
    box-shadow: inset 4px 0 0 var(--ino-color-accent, #ffe615);
    background: var(--ino-color-surface, #f3f5f7);
  }
  .option:has(input:disabled) {
    cursor: not-allowed;
  }
  .option-text {
    grid-column: 2;
    font-size: 0.9375em;
  }
  .option-name {
    font-weight: 700;
  }
  input[type='radio'] {
    width: 1.25em;
    height: 1.25em;
    margin: 0.15em 0 0;
    accent-color: var(--ino-color-focus, #0050b3);
  }
  /* The gradations of rung 2 sit under it, indented as part of it. */
  .variants {
    margin: 0.5em 0 0 2em;
  }
  .variants legend {
    font-size: 1em;
  }
  .error {
    margin-top: 0.5em;
    padding-inline-start: 0.75em;
    border-inline-start: 4px solid currentColor;
    font-weight: 700;
  }
  .panel {
    display: grid;
    gap: 0.75em;
    padding: var(--ino-space, 1em);
    border: 1px solid var(--ino-color-border, #cbd2da);
    border-top: 4px solid var(--ino-color-accent, #ffe615);
    border-radius: var(--ino-radius, 4px);
    background: var(--ino-color-background, #ffffff);
  }
  .title {
    font-size: 1.25em;
    line-height: 1.25;
    font-weight: 700;
  }
  .subheading {
    font-size: 1em;
    font-weight: 700;
  }
  .title:focus-visible,
  .question-title:focus-visible {
    outline: 3px solid var(--ino-color-focus, #0050b3);
    outline-offset: 2px;
  }
  .question-title {
    font-size: 1em;
  }
  .reasons,
  .practice-list {
    display: grid;
    gap: 0.35em;
    padding-inline-start: 1.25em;
  }
  .muted {
    color: var(--ino-color-muted, #4d5560);
  }
  .answers {
    display: grid;
    gap: 0.5em;
    padding-inline-start: 0.75em;
    border-inline-start: 4px solid var(--ino-color-border, #cbd2da);
  }
  .answers dl {
    display: grid;
    gap: 0.15em;
  }
  .answers dt {
    color: var(--ino-color-muted, #4d5560);
    font-size: 0.9375em;
  }
  .answers dd + dt {
    margin-top: 0.35em;
  }
  .answers dd {
    font-weight: 700;
  }
  /* "Change" reads as a link beside the answer; it stays a button (it changes the step, not the page). */
  button.link {
    min-height: 1.5em;
    margin-inline-start: 0.5em;
    padding: 0.1em 0.25em;
    border: 0;
    background: none;
    color: var(--ino-color-link, #0050b3);
    font-weight: 400;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  button.link:hover {
    background: none;
    text-decoration-thickness: 2px;
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  .chosen {
    font-weight: 700;
  }
  @media (forced-colors: active) {
    .option:has(input:checked) {
      outline: 2px solid Highlight;
    }
  }
`;
