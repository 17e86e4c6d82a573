import { css } from 'lit';

/**
 * The look every widget shares. Hosts theme through the documented `--ino-*` custom properties
 * (docs/theming.md); the defaults follow the Flemish government's look: dark text, Flanders yellow
 * as accent, the system font stack. The text properties are set on the inner `.base` element, not
 * on :host, because a host page's own rules (`* { color: white }`) beat :host rules.
 */
export const baseStyles = css`
  :host {
    display: block;
    contain: content;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .base {
    /* The widget paints its own canvas: a host's background never shows through (a dark page
       behind dark text), and the widget looks the same on every page. */
    background: var(--ino-color-background, #ffffff);
    font-family: var(--ino-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif);
    font-size: var(--ino-font-size, medium);
    font-weight: 400;
    font-style: normal;
    line-height: var(--ino-line-height, 1.5);
    color: var(--ino-color-text, #1d1d1b);
    text-align: start;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-indent: 0;
    white-space: normal;
    overflow-wrap: anywhere;
    /* Inherited text properties a host page may set on the widget's element. */
    text-shadow: none;
    font-variant: normal;
    font-stretch: normal;
    font-feature-settings: normal;
    font-kerning: auto;
    hyphens: manual;
    cursor: auto;
    visibility: visible;
    direction: ltr;
  }
  a {
    color: var(--ino-color-link, #0050b3);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  a:hover {
    text-decoration-thickness: 2px;
  }
  a:focus-visible,
  button:focus-visible {
    outline: 3px solid var(--ino-color-focus, #0050b3);
    outline-offset: 2px;
    border-radius: 2px;
  }
  button {
    font: inherit;
    line-height: 1.25;
    min-height: 2.75em;
    padding: 0.5em 1em;
    border: 2px solid var(--ino-color-text, #1d1d1b);
    border-radius: var(--ino-radius, 4px);
    background: var(--ino-color-accent, #ffe615);
    color: var(--ino-color-accent-text, #1d1d1b);
    cursor: pointer;
  }
  button:hover {
    background: var(--ino-color-accent-hover, #f5d800);
  }
  h1, h2, h3, h4, h5, h6, p, ul, ol, dl, dd, figure {
    margin: 0;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  .state {
    display: grid;
    gap: 0.75em;
    justify-items: start;
    padding: var(--ino-space, 1em);
    border: 1px solid var(--ino-color-border, #cbd2da);
    border-radius: var(--ino-radius, 4px);
    background: var(--ino-color-background, #ffffff);
  }
  .skeleton {
    display: grid;
    gap: 0.6em;
    width: 100%;
  }
  .skeleton span {
    display: block;
    height: 1em;
    border-radius: 2px;
    background: var(--ino-color-skeleton, #e8ebee);
  }
  .skeleton span:first-child {
    height: 1.5em;
    width: 70%;
  }
  .skeleton span:last-child {
    width: 40%;
  }
  @media (prefers-reduced-motion: no-preference) {
    .skeleton span {
      animation: ino-pulse 1.5s ease-in-out infinite;
    }
  }
  @keyframes ino-pulse {
    50% {
      opacity: 0.5;
    }
  }
  @media (forced-colors: active) {
    .skeleton span {
      background: GrayText;
    }
    button {
      border-color: ButtonText;
    }
  }
`;
