import { literal, html, type StaticValue } from 'lit/static-html.js';
import { nothing, type TemplateResult } from 'lit';

const TAGS: StaticValue[] = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** Clamps a `heading-level` attribute to 1–6 (default 3), so a widget fits the host page's outline. */
export function clampHeadingLevel(level: number | undefined, fallback = 3): number {
  return Number.isInteger(level) ? Math.min(6, Math.max(1, level!)) : fallback;
}

/** A real heading element of the given level (no unsafe HTML: the tags are fixed literals). */
export function heading(level: number, content: unknown, part: string, id?: string): TemplateResult {
  const tag = TAGS[clampHeadingLevel(level) - 1]!;
  // lit/static-html's `html` takes a `literal` as a tag name; eslint-plugin-lit reads every template as lit's plain `html`.
  // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html
  return html`<${tag} part=${part} class=${part} id=${id ?? nothing}>${content}</${tag}>`;
}
