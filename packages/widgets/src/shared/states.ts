import { html, nothing, type TemplateResult } from 'lit';
import { errorKind } from './errors.js';
import type { SharedMessages } from './messages.js';

/**
 * Loading: a skeleton of the content's shape, busy for assistive technology, and "Loading…" for a
 * screen reader that reads it. Not a live region: the widget's one announcer says what changes.
 */
export function loadingState(messages: SharedMessages, lines = 4): TemplateResult {
  return html`<div class="state loading" part="loading" aria-busy="true">
    <span class="visually-hidden">${messages.loading}</span>
    <div class="skeleton" aria-hidden="true">${Array.from({ length: lines }, () => html`<span></span>`)}</div>
  </div>`;
}

/**
 * Error: what went wrong in plain words, a retry button when trying again can help, and the host's
 * own light-DOM fallback content (a link to the content elsewhere) so that nobody meets a dead end.
 */
export function errorState(error: unknown, messages: SharedMessages, retry: (() => void) | undefined, notFound: string): TemplateResult {
  const kind = errorKind(error);
  const text = kind === 'not-found' ? notFound : messages.errors[kind];
  // Retrying cannot bring back what does not exist or fix a missing setting; anything else may pass.
  const canRetry = retry && kind !== 'not-found' && kind !== 'config';
  return html`<div class="state error" part="error">
    <p role="alert" part="error-message">${text}</p>
    ${canRetry ? html`<button type="button" part="retry-button" @click=${retry}>${messages.retry}</button>` : nothing}
    <slot></slot>
  </div>`;
}

/** Empty: a sentence that says what was looked for (a widget announces it where a person's search led to it). */
export function emptyState(message: string): TemplateResult {
  return html`<div class="state empty" part="empty"><p>${message}</p></div>`;
}
