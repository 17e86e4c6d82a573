import { html, type TemplateResult } from 'lit';

/** Plain text with blank-line paragraphs (CONTRACT.md §1) as <p> elements; always as text, never HTML. */
export function paragraphs(text: string | null | undefined): TemplateResult[] {
  return (text ?? '')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => html`<p>${p}</p>`);
}
