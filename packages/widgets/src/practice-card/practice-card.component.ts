import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { Task } from '@lit/task';
import { PracticeSchema, practicesOf, readTolerantly, type Contact, type Practice } from '@ino/sdk';
import { ladderContent, rungAt } from '../participation-ladder/ladder-content.js';
import { InoElement } from '../shared/base-element.js';
import { contentLang, fallbackNote } from '../shared/content-lang.js';
import { contentStyles } from '../shared/content-styles.js';
import { formatDate, formatDay } from '../shared/format.js';
import { contactLinks } from '../shared/contact.js';
import { clampHeadingLevel, heading } from '../shared/heading.js';
import { labelOf } from '../shared/messages.js';
import { safeHref } from '../shared/safe-url.js';
import { errorState, loadingState } from '../shared/states.js';
import { paragraphs } from '../shared/text.js';
import { practiceCardMessages, type PracticeCardMessages } from './practice-card.messages.js';
import { practiceCardStyles } from './practice-card.styles.js';

/** Detail of `ino-load`. */
export interface PracticeLoadDetail {
  practice: Practice;
}

/**
 * An innovative policy practice of the network: who did it, what it is, and — with equal weight —
 * what worked and what did not.
 *
 * @tag ino-practice-card
 * @summary One practice, fetched by id or given as data.
 *
 * @slot - Fallback content shown before the widget loads, when JavaScript does not run, and beside the error message (e.g. a link to the practice).
 *
 * @fires ino-load - The practice is shown. `detail: { practice }`.
 * @fires ino-warning - The practice is shown, but values that break the contract were left out of it (a `javascript:` link, a malformed date). `detail: { dropped }`, each with its `path`, `id` and `issues`; also logged as a console warning. Not fired when nothing was dropped.
 * @fires ino-error - It could not be shown. `detail: { error }`, an `InoError` (`ApiError`, `NetworkError`, `TimeoutError`, `ValidationError`, `ConfigurationError`).
 *
 * @csspart base - The widget's outer box.
 * @csspart card - The card (an `<article>`).
 * @csspart title - The practice's title.
 * @csspart badge - Each badge (ladder rung, stage).
 * @csspart summary - The summary.
 * @csspart outcome - Both "what worked" and "what did not work" boxes.
 * @csspart what-worked - The "what worked" box.
 * @csspart what-did-not-work - The "what did not work" box.
 * @csspart subheading - Section headings.
 * @csspart details - The list of facts (organisations, level, rung, facet, stage, themes, period) in the full variant.
 * @csspart loading - The loading skeleton.
 * @csspart error - The error box.
 * @csspart error-message - The error's sentence.
 * @csspart retry-button - The retry button.
 * @csspart more-button - The compact card's "show the whole text" button (without `practice-url`).
 *
 * @cssprop --ino-font-family - Font stack. Default: the system font.
 * @cssprop --ino-font-size - Base font size. Default: medium (the reader's default size, whatever the host's root font size).
 * @cssprop --ino-line-height - Default: 1.5.
 * @cssprop --ino-color-text - Text. Default: #1d1d1b.
 * @cssprop --ino-color-muted - Secondary text. Default: #4d5560.
 * @cssprop --ino-color-background - Card background. Default: #ffffff.
 * @cssprop --ino-color-surface - Boxes inside the card. Default: #f3f5f7.
 * @cssprop --ino-color-border - Borders. Default: #cbd2da.
 * @cssprop --ino-color-accent - Accent (Flanders yellow). Default: #ffe615.
 * @cssprop --ino-color-accent-text - Text on the accent. Default: #1d1d1b.
 * @cssprop --ino-color-link - Links. Default: #0050b3.
 * @cssprop --ino-color-focus - Focus ring. Default: #0050b3.
 * @cssprop --ino-radius - Corner radius. Default: 4px.
 * @cssprop --ino-space - Base spacing. Default: 1em.
 */
export class InoPracticeCard extends InoElement {
  static override styles = [...InoElement.styles, contentStyles, practiceCardStyles];
  protected static override catalogues = [...InoElement.catalogues, practiceCardMessages, ladderContent];

  /** The id of the practice to fetch. */
  @property({ attribute: 'practice-id' })
  practiceId?: string;

  /** `compact` (title, summary, what worked and what did not) or `full` (everything). */
  @property({ reflect: true })
  variant: 'compact' | 'full' = 'compact';

  /** The level of the card's title (1–6), to fit the page's outline; section headings are one lower. */
  @property({ attribute: 'heading-level', type: Number })
  headingLevel = 3;

  /** A practice to show without fetching. It is read against the contract like fetched data: what breaks it is left out and reported. */
  @property({ attribute: false })
  practice?: Practice;

  /**
   * Where the whole practice is read, with `{id}` for its id (e.g. `https://example.org/praktijken/{id}`).
   * With it, the compact card's title is a link there; without it, a compact card whose text is cut
   * offers a button that shows the whole text in place.
   */
  @property({ attribute: 'practice-url' })
  practiceUrl?: string;

  /** The compact card shows its whole text (after "show the whole text"). */
  @state() private expanded = false;
  /** The compact card's text is cut now: some of it is hidden or clamped. */
  @state() private truncated = false;

  private readonly data = new Task(this, {
    task: async ([practiceId, given, connection, lang], { signal }) => {
      if (given) return readTolerantly(PracticeSchema, given, 'The practice');
      if (!practiceId) return undefined;
      return practicesOf(this.requireConnection(connection)).read(practiceId, { lang, signal });
    },
    args: () => [this.practiceId, this.practice, this.connection, this.uiLang] as const,
    onComplete: (read) => {
      if (!read) return;
      this.emit<PracticeLoadDetail>('ino-load', { practice: read.value });
      this.warnDropped(read.dropped);
    },
    onError: (error) => this.emitError(error),
  });

  protected renderContent(): unknown {
    const messages = practiceCardMessages.in(this.uiLang);
    return this.data.render({
      pending: () => loadingState(this.messages, this.variant === 'full' ? 8 : 4),
      complete: (read) => (read ? this.renderPractice(read.value, messages) : nothing),
      error: (error) => errorState(error, this.messages, () => void this.data.run(), messages.notFound),
    });
  }

  private renderPractice(p: Practice, m: PracticeCardMessages): TemplateResult {
    const full = this.variant === 'full';
    const level = clampHeadingLevel(this.headingLevel);
    // Sections are not named: five named regions per card would flood a screen reader's landmark
    // list on a page of cards; their headings give the structure.
    // Text that came back in another language than the UI's (Dutch fallback) is marked as such, so
    // that screen readers pronounce it right.
    const textLang = contentLang(p.lang, this.uiLang);
    const href = !full && this.practiceUrl ? safeHref(this.practiceUrl.replaceAll('{id}', encodeURIComponent(p.id))) : undefined;
    const title = href ? html`<a href=${href} lang=${ifDefined(textLang)}>${p.title}</a>` : html`<span lang=${ifDefined(textLang)}>${p.title}</span>`;
    return html`<article class="card" part="card" aria-labelledby="title">
      <header>
        <p class="eyebrow">${p.organisations.map((o) => o.name).join(', ')} · ${labelOf(this.messages.levels, p.level)}</p>
        ${heading(level, title, 'title', 'title')}
        ${this.renderBadges(p, m)}
      </header>
      ${fallbackNote(Boolean(textLang), this.messages)}
      <p class="summary" part="summary" lang=${ifDefined(textLang)}>${p.summary}</p>
      ${full && p.description ? html`<div class="description" lang=${ifDefined(textLang)}>${paragraphs(p.description)}</div>` : nothing}
      <div class="outcomes ${this.expanded ? 'expanded' : ''}" id="outcomes">
        ${this.renderOutcome('what-worked', m.whatWorked, p.whatWorked, level, m, textLang)}
        ${this.renderOutcome('what-did-not-work', m.whatDidNotWork, p.whatDidNotWork, level, m, textLang)}
      </div>
      ${
        !full && !href && (this.truncated || this.expanded)
          ? html`<div><button type="button" class="secondary" part="more-button" aria-controls="outcomes" aria-expanded=${this.expanded ? 'true' : 'false'}
            @click=${() => (this.expanded = !this.expanded)}>${this.expanded ? m.showLess : m.showWholeText}</button></div>`
          : nothing
      }
      ${full ? this.renderDetails(p, m, level, textLang) : nothing}
    </article>`;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    // Another practice starts cut again.
    if (changed.has('practiceId') || changed.has('practice')) this.expanded = false;
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    // Whether the compact card cut its text: a paragraph hidden, or one clamped to fewer lines than it has.
    const cut =
      this.variant === 'compact' &&
      !this.expanded &&
      [...this.renderRoot.querySelectorAll<HTMLElement>('.outcome p')].some((p) => !p.getClientRects().length || p.scrollHeight > p.clientHeight + 1);
    if (!this.expanded && cut !== this.truncated) this.truncated = cut;
  }

  private renderBadges(p: Practice, m: PracticeCardMessages): TemplateResult | typeof nothing {
    const badges: string[] = [];
    if (p.ladderRung) badges.push(this.rungLabel(p.ladderRung));
    if (p.stage) badges.push(`${m.stage}${this.messages.colon}${labelOf(m.stages, p.stage)}`);
    if (!badges.length) return nothing;
    return html`<ul class="badges">${badges.map((b) => html`<li class="badge" part="badge">${b}</li>`)}</ul>`;
  }

  /** "Trede 3: Cocreatie", with the name from the ladder's built-in content. */
  private rungLabel(level: number): string {
    return this.messages.rung(level, rungAt(ladderContent.in(this.uiLang), level)?.name ?? '');
  }

  private renderOutcome(part: string, title: string, text: string, level: number, m: PracticeCardMessages, textLang?: string): TemplateResult {
    const body = paragraphs(text);
    return html`<section class="outcome" part="outcome ${part}">
      ${heading(level + 1, title, 'subheading')}
      ${body.length ? html`<div lang=${ifDefined(textLang)}>${body}</div>` : html`<p class="not-described">${m.notDescribed}</p>`}
    </section>`;
  }

  private renderDetails(p: Practice, m: PracticeCardMessages, level: number, textLang?: string): TemplateResult {
    const sub = level + 1;
    const facts: [string, unknown][] = [
      [m.organisations, p.organisations.map((o) => o.name).join(', ')],
      [m.level, labelOf(this.messages.levels, p.level)],
    ];
    if (p.ladderRung) facts.push([m.ladder, this.rungLabel(p.ladderRung)]);
    if (p.facet) facts.push([m.facet, labelOf(m.facets, p.facet)]);
    if (p.stage) facts.push([m.stage, labelOf(m.stages, p.stage)]);
    if (p.themes.length) facts.push([m.themes, p.themes.map((t) => t.label).join(', ')]);
    const period = this.period(p, m);
    if (period) facts.push([m.period, period]);
    return html`
      ${
        p.lessons.length
          ? html`<section>${heading(sub, m.lessons, 'subheading')}
            <ul class="lessons" lang=${ifDefined(textLang)}>${p.lessons.map((l) => html`<li>${l}</li>`)}</ul></section>`
          : nothing
      }
      ${
        p.figures.length
          ? html`<section>${heading(sub, m.figures, 'subheading')}
            <dl class="facts figures" lang=${ifDefined(textLang)}>${p.figures.map((f) => html`<dt>${f.label}</dt><dd>${f.value}</dd>`)}</dl></section>`
          : nothing
      }
      <dl class="facts details" part="details">${facts.map(([term, value]) => html`<dt>${term}</dt><dd>${value}</dd>`)}</dl>
      ${p.contact ? this.renderContact(p.contact, m, sub) : nothing}
      ${this.renderLinks(p, m, sub, textLang)}
      <p class="updated">${m.updated(formatDate(p.updatedAt, this.uiLang))}</p>
    `;
  }

  private period(p: Practice, m: PracticeCardMessages): string | undefined {
    if (p.startedOn && p.endedOn) return m.fromTo(formatDay(p.startedOn, this.uiLang), formatDay(p.endedOn, this.uiLang));
    if (p.startedOn) return m.since(formatDay(p.startedOn, this.uiLang));
    return undefined;
  }

  private renderContact(contact: Contact, m: PracticeCardMessages, level: number): TemplateResult {
    return html`<section class="contact" part="contact">
      ${heading(level, m.contact, 'subheading')}
      <p>${contact.name}${contact.role ? html`, ${contact.role}` : nothing}</p>
      ${contactLinks(contact, this.messages).map((link) => html`<p>${link}</p>`)}
    </section>`;
  }

  private renderLinks(p: Practice, m: PracticeCardMessages, level: number, textLang?: string): TemplateResult | typeof nothing {
    const links = p.links.flatMap((link) => {
      const href = safeHref(link.url);
      return href ? [{ href, label: link.label }] : [];
    });
    if (!links.length) return nothing;
    return html`<section>${heading(level, m.links, 'subheading')}
      <ul class="links" part="links">${links.map((l) => html`<li><a href=${l.href} lang=${ifDefined(textLang)}>${l.label}</a></li>`)}</ul>
    </section>`;
  }
}
