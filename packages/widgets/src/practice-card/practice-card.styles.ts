import { css } from 'lit';

export const practiceCardStyles = css`
  .eyebrow {
    color: var(--ino-color-muted, #4d5560);
    font-size: 0.875em;
  }
  .title {
    font-size: 1.375em;
    line-height: 1.25;
    font-weight: 700;
  }
  .badges {
    margin-top: 0.6em;
  }
  .summary {
    font-size: 1.0625em;
  }
  /* What worked and what did not work get the same space, the same look and the same rank. */
  .outcomes {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16em), 1fr));
    gap: var(--ino-space, 1em);
  }
  .outcome {
    display: grid;
    align-content: start;
    gap: 0.5em;
    padding: 0.75em 1em;
    border-inline-start: 4px solid var(--ino-color-accent, #ffe615);
    background: var(--ino-color-surface, #f3f5f7);
  }
  .subheading {
    font-size: 1em;
    font-weight: 700;
  }
  .outcome p + p,
  .description p + p {
    margin-top: 0.75em;
  }
  :host([variant='compact']) .outcomes:not(.expanded) .outcome p:first-of-type {
    display: -webkit-box;
    -webkit-line-clamp: 4;
    -webkit-box-orient: vertical;
    overflow: hidden;
  }
  :host([variant='compact']) .outcomes:not(.expanded) .outcome p + p {
    display: none;
  }
  .lessons,
  .links {
    display: grid;
    gap: 0.35em;
    padding-inline-start: 1.25em;
  }
  .figures dd {
    font-weight: 700;
  }
  .not-described {
    color: var(--ino-color-muted, #4d5560);
    font-style: italic;
  }
  .updated {
    color: var(--ino-color-muted, #4d5560);
    font-size: 0.875em;
  }
  section {
    display: grid;
    gap: 0.5em;
  }
`;
