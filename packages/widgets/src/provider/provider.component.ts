import { LitElement, css, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { provide } from '@lit/context';
import { connectionFor } from '../shared/connections.js';
import { configContext, type InoConfig } from '../shared/config-context.js';

/**
 * Gives every INO widget inside it one API and one language, so a page sets them once.
 * It renders its children as they are (`display: contents`) and adds no box of its own.
 *
 * @tag ino-provider
 * @slot - The widgets (and any other content).
 */
export class InoProvider extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
    /* A built-in dark theme; hosts may set any --ino-* token themselves instead (docs/theming.md). */
    :host([theme='dark']) {
      --ino-color-text: #f3f4f6;
      --ino-color-muted: #c4cad3;
      --ino-color-background: #16181d;
      --ino-color-surface: #23262d;
      --ino-color-border: #4a505c;
      --ino-color-link: #8ec5ff;
      --ino-color-focus: #ffe615;
      --ino-color-skeleton: #2f333b;
      --ino-color-error: #ff9e9e;
    }
  `;

  /** The INO content API, e.g. `https://api.example.org/ino/v1`. */
  @property({ attribute: 'api-base' })
  apiBase?: string;

  /** The language for the widgets inside (`nl`, `fr`, `en`); default: the page's. */
  @property()
  override lang!: string;

  /** `light` (default) or `dark`: a set of --ino-* tokens for the widgets inside. */
  @property({ reflect: true })
  theme?: 'light' | 'dark';

  @provide({ context: configContext })
  protected config: InoConfig = {};

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('apiBase') || changed.has('lang')) {
      this.config = { connection: this.apiBase ? connectionFor(this.apiBase) : undefined, lang: this.lang || undefined };
    }
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
