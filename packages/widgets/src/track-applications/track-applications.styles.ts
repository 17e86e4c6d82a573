import { css } from 'lit';

export const trackApplicationsStyles = css`
  .applications {
    display: grid;
    gap: var(--ino-space, 1em);
  }
  .title {
    font-size: 1.5em;
    line-height: 1.25;
    font-weight: 700;
  }
  .subheading {
    font-size: 1.125em;
    font-weight: 700;
  }
  .counts {
    display: grid;
    gap: 0.4em;
    padding: var(--ino-space, 1em);
    border: 1px solid var(--ino-color-border, #cbd2da);
    border-radius: var(--ino-radius, 4px);
    background: var(--ino-color-surface, #f3f5f7);
  }
  .seats {
    font-weight: 700;
  }
  .counts dl {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em 1.5em;
  }
  .counts dl div {
    display: flex;
    gap: 0.4em;
  }
  .counts dt::after {
    content: ':';
  }
  .counts dd {
    font-weight: 700;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.75em 1.5em;
  }
  .control {
    display: grid;
    gap: 0.3em;
  }
  label {
    font-weight: 700;
  }
  input[type='search'] {
    font: inherit;
    min-height: 2.75em;
    min-width: 16em;
    padding: 0.5em 0.6em;
    border: 2px solid var(--ino-color-text, #1d1d1b);
    border-radius: var(--ino-radius, 4px);
    background: var(--ino-color-background, #ffffff);
    color: var(--ino-color-text, #1d1d1b);
  }
  .matching,
  .status-extra {
    color: var(--ino-color-muted, #4d5560);
  }
  /* Wide tables scroll inside the widget rather than the host's page. */
  .table-wrap {
    overflow-x: auto;
  }
  table {
    width: 100%;
    border-collapse: collapse;
  }
  caption {
    text-align: start;
    font-weight: 700;
    padding-bottom: 0.5em;
  }
  th,
  td {
    padding: 0.5em 0.6em;
    border-bottom: 1px solid var(--ino-color-border, #cbd2da);
    text-align: start;
    vertical-align: top;
  }
  thead th {
    border-bottom-width: 2px;
    border-bottom-color: var(--ino-color-text, #1d1d1b);
    white-space: nowrap;
  }
  tbody th {
    font-weight: 700;
  }
  tbody th:focus-visible {
    outline: 3px solid var(--ino-color-focus, #0050b3);
    outline-offset: -3px;
  }
  /* A sortable header's button reads as the header itself. */
  button.sort {
    padding: 0.2em 0.3em;
    border: 0;
    background: none;
    font-weight: 700;
    color: inherit;
  }
  button.sort:hover {
    text-decoration: underline;
    background: none;
  }
  .arrow {
    margin-inline-start: 0.3em;
  }
  td .actions {
    gap: 0.5em;
  }
  .status {
    display: block;
    font-weight: 700;
  }
  .status-extra {
    display: block;
    font-size: 0.9375em;
  }
  .details td {
    background: var(--ino-color-surface, #f3f5f7);
  }
  .answers {
    display: grid;
    gap: 0.6em;
    margin-top: 0.5em;
  }
  .answers dt {
    font-weight: 700;
  }
  .answers dd {
    white-space: pre-line;
  }
  .decision {
    display: grid;
    gap: 0.75em;
    justify-items: start;
  }
  .decision textarea {
    width: 100%;
    max-width: 36em;
    resize: vertical;
  }
  .buttons,
  .pagination {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75em;
  }
  button[aria-disabled='true'] {
    opacity: 0.6;
    cursor: not-allowed;
  }
`;
