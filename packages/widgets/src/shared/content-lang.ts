import { html, nothing, type TemplateResult } from 'lit';
import type { SharedMessages } from './messages.js';

/**
 * The `lang` API text needs: its own language when the API fell back to Dutch for a widget that
 * speaks French or English (so screen readers pronounce it as Dutch); undefined when it is the
 * widget's own language, which the text inherits.
 */
export function contentLang(textLang: string, uiLang: string): string | undefined {
  return textLang !== uiLang ? textLang : undefined;
}

/** "This content is only available in Dutch.", when some of the shown text is a Dutch fallback. */
export function fallbackNote(fallback: boolean, messages: SharedMessages): TemplateResult | typeof nothing {
  return fallback && messages.onlyInDutch ? html`<p class="fallback-note" part="fallback-note">${messages.onlyInDutch}</p>` : nothing;
}
