import { LitElement, html, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { ValidationError, type Dropped, type InoConnection, type InoError } from '@ino/sdk';
import { connectionFor } from './connections.js';
import { configContext, type InoConfig } from './config-context.js';
import { asInoError, ConfigurationError } from './errors.js';
import { DocumentLangController, resolveLang, type UiLang } from './locale.js';
import type { Catalogue } from './catalogue.js';
import { sharedMessages, type SharedMessages } from './messages.js';
import { baseStyles } from './base-styles.js';
import { errorState } from './states.js';

/** How long the announcer stays empty before it says the next message (screen-reader libraries use about this). */
const ANNOUNCE_DELAY_MS = 100;

/** Detail of `ino-error`. */
export interface InoErrorDetail {
  error: InoError;
}

/** Detail of `ino-warning`: what the widget left out of the data it loaded, because it broke the contract. */
export interface InoWarningDetail {
  dropped: Dropped[];
}

/**
 * What every INO widget shares: `api-base` and `lang` of its own or from <ino-provider>, the
 * resolved UI language, typed events, and a render that never lets an exception escape to the host.
 */
export abstract class InoElement extends LitElement {
  static override styles = [baseStyles];

  /** The texts this widget speaks: the shared words, then its own. Each must be here before it renders. */
  protected static catalogues: readonly Catalogue<unknown>[] = [sharedMessages];

  /** The INO content API this widget reads, e.g. `https://api.example.org/ino/v1`. Overrides the provider's. */
  @property({ attribute: 'api-base' })
  apiBase?: string;

  /** The widget's language (`nl`, `fr`, `en`). Default: the provider's, else the page's, else Dutch. */
  @property()
  override lang!: string;

  @consume({ context: configContext, subscribe: true })
  @state()
  protected config?: InoConfig;

  /** What the announcer says now; empty between two announcements. */
  @state() private spoken = '';
  @state() private spokenAssertive = false;
  private speakTimer?: ReturnType<typeof setTimeout>;

  constructor() {
    super();
    new DocumentLangController(this);
  }

  /** The language this widget speaks now. */
  get uiLang(): UiLang {
    return resolveLang(this.lang, this.config?.lang, this);
  }

  protected get messages(): SharedMessages {
    return sharedMessages.in(this.uiLang);
  }

  /**
   * Holds each render until this widget's texts are here in its language (Lit's documented hook for
   * waiting before an update), so a French page never shows Dutch first. Dutch is built in and
   * renders at once; `updateComplete` includes the wait.
   */
  protected override async scheduleUpdate(): Promise<void> {
    const { catalogues } = this.constructor as typeof InoElement;
    let lang: UiLang;
    do {
      // Again if the language changed while its texts were on their way.
      lang = this.uiLang;
      const loading = catalogues.map((catalogue) => catalogue.load(lang)).filter(Boolean);
      if (loading.length) await Promise.all(loading);
    } while (lang !== this.uiLang);
    super.scheduleUpdate();
  }

  /** This widget's API: its own `api-base`, else the provider's. */
  protected get connection(): InoConnection | undefined {
    return this.apiBase ? connectionFor(this.apiBase) : this.config?.connection;
  }

  protected requireConnection(connection: InoConnection | undefined): InoConnection {
    if (!connection) throw new ConfigurationError('No api-base attribute and no <ino-provider> around the widget.');
    return connection;
  }

  /**
   * Says `text` to screen readers through the widget's one live region, politely (after what they are
   * reading) unless `assertive` (only for what must interrupt). The region is emptied first and the
   * text set a moment later, so the same message said twice is read twice: a live region that keeps
   * its text announces nothing. A newer announcement replaces one still waiting.
   */
  protected announce(text: string, { assertive = false } = {}): void {
    clearTimeout(this.speakTimer);
    this.spoken = '';
    this.spokenAssertive = assertive;
    // Long enough for the empty region to reach the accessibility tree before the text does.
    this.speakTimer = setTimeout(() => {
      this.spoken = text;
    }, ANNOUNCE_DELAY_MS);
  }

  /**
   * The one way a widget moves focus after it changes what it shows: once the update is rendered,
   * to the first of `selectors` that matches in the shadow root. An element that is not focusable
   * by itself (a heading, a section) gets `tabindex="-1"`, so a script can focus it and Tab cannot.
   */
  protected async focusAfterUpdate(...selectors: string[]): Promise<void> {
    await this.updateComplete;
    const target = selectors.map((selector) => this.renderRoot.querySelector<HTMLElement>(selector)).find(Boolean);
    if (!target) return;
    if (target.tabIndex < 0 && !target.hasAttribute('tabindex')) target.tabIndex = -1;
    target.focus();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.speakTimer);
  }

  /** Fires a bubbling, composed CustomEvent; false when it was cancelable and a listener cancelled it. */
  protected emit<T>(name: string, detail: T, { cancelable = false } = {}): boolean {
    return this.dispatchEvent(new CustomEvent<T>(name, { detail, bubbles: true, composed: true, cancelable }));
  }

  protected emitError(error: unknown): void {
    this.emit<InoErrorDetail>('ino-error', { error: asInoError(error) });
  }

  /**
   * Tells the host what was left out of one load (CONTRACT.md §1: never silently lost): one
   * `ino-warning` and one console warning, and nothing at all when nothing was dropped.
   */
  protected warnDropped(dropped: Dropped[]): void {
    if (!dropped.length) return;
    console.warn(`<${this.localName}> left out ${dropped.length} value(s) that break the INO API contract:`, dropped);
    this.emit<InoWarningDetail>('ino-warning', { dropped });
  }

  protected override render(): TemplateResult {
    let content: unknown;
    try {
      content = this.renderContent();
    } catch (error) {
      // Data that passed the schema should never break a template; if it does, the host page keeps
      // working and the person sees the error state instead of a broken or blank widget.
      console.error(error);
      const failure = new ValidationError('The widget could not show this data.', [], { cause: error });
      content = errorState(failure, this.messages, undefined, '');
      // Not from inside render: listeners would run in the middle of an update.
      queueMicrotask(() => this.emitError(failure));
    }
    // The language the widget's own words are in, so that screen readers pronounce them right even
    // when the host page is in another language (or has none). Dutch if the others did not load.
    const { catalogues } = this.constructor as typeof InoElement;
    const shown = catalogues.every((catalogue) => catalogue.has(this.uiLang)) ? this.uiLang : 'nl';
    // The announcer: one live region per widget, always there (a region added with its text is often
    // not read), and inside the base so that it speaks the widget's language.
    return html`<div class="base" part="base" lang=${shown}>
      ${content}
      <div class="visually-hidden announcer" aria-live=${this.spokenAssertive ? 'assertive' : 'polite'} aria-atomic="true">${this.spoken}</div>
    </div>`;
  }

  protected abstract renderContent(): unknown;
}
