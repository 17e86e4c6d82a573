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
  @media (max-width: 30em) {
    .facts {
      grid-template-columns: 1fr;
    }
    .facts dd {
      margin-bottom: 0.35em;
    }
  }
`;
