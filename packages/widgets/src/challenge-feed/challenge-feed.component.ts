import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import {
  CHALLENGE_STATUSES,
  challengesOf,
  ChallengeSchema,
  organisationsOf,
  pageOf,
  readTolerantly,
  themesOf,
  type Challenge,
  type ChallengeQuery,
  type Dropped,
  type Organisation,
  type Page,
  type Theme,
} from '@ino/sdk';
import { InoElement } from '../shared/base-element.js';
import { contentLang, fallbackNote } from '../shared/content-lang.js';
import { contentStyles } from '../shared/content-styles.js';
import { clampHeadingLevel, heading } from '../shared/heading.js';
import { emptyState, errorState, loadingState } from '../shared/states.js';
import { challengeItem } from './challenge-item.js';
import { challengeFeedMessages, type ChallengeFeedMessages } from './challenge-feed.messages.js';
import { challengeFeedStyles } from './challenge-feed.styles.js';
import { showEarlier, showMore, type FeedWindow } from './feed-window.js';

/** Detail of `ino-load`: the first page as shown. */
export interface ChallengeFeedLoadDetail {
  challenges: Challenge[];
  total?: number | null;
  /** How many items of the page broke the contract and were left out. */
  dropped: number;
}

/** Detail of `ino-select`: cancel the event (`preventDefault()`) to route instead of following the link. */
export interface ChallengeSelectDetail {
  challenge: Challenge;
}

const ALL_STATUSES = CHALLENGE_STATUSES.join(',');

/** Given challenges are read as one page, so that what is left out of them is reported as from the API (`items.3`). */
const GivenChallengesSchema = pageOf(ChallengeSchema);

/** How many whole challenges a page's drop report left out (`items.3`, not a field of one, `items.3.budget`). */
const challengesLeftOut = (dropped: Dropped[]) => dropped.filter((d) => /^items\.\d+$/.test(d.path)).length;

/**
 * The challenges that government bodies put to partners, as a list a municipality or an entity
 * embeds: filtered by status, theme, owner, municipality (NIS code) or programme, in pages.
 *
 * @tag ino-challenge-feed
 * @summary A list of challenges, filtered and paged.
 *
 * @slot - Fallback content shown before the widget loads, when JavaScript does not run, and beside an error (e.g. a link to the challenges on the network's site).
 *
 * @fires ino-load - The first page is shown. `detail: { challenges, total, dropped }`.
 * @fires ino-warning - Values that break the contract were left out of a page: whole challenges (`items.3`, also counted in a notice above the list) or fields of one (`items.2.budget`). `detail: { dropped }`, each with its `path`, `id` and `issues`; also logged as a console warning. Once per page loaded, and not when nothing was dropped.
 * @fires ino-error - The list could not be loaded or updated. `detail: { error }`, an `InoError`.
 * @fires ino-select - A person opens a challenge (plain click on its title). `detail: { challenge }`. Cancelable: `preventDefault()` keeps the browser on the page, so the host can route.
 *
 * @csspart base - The widget's outer box.
 * @csspart heading - The list's heading (with `heading`).
 * @csspart filters - The filter form (with `filters`).
 * @csspart list - The list.
 * @csspart item - Each challenge.
 * @csspart item-title - Each challenge's title.
 * @csspart badge - Each badge; also `status`, `joint`.
 * @csspart notice - A notice above the list (items left out, a failed refresh).
 * @csspart more-button - "Load more" and "Show earlier".
 * @csspart loading - The loading skeleton.
 * @csspart error - The error box.
 * @csspart error-message - The error's sentence.
 * @csspart retry-button - The retry button.
 * @csspart empty - The empty message.
 *
 * @cssprop --ino-font-family - Font stack. Default: the system font.
 * @cssprop --ino-color-accent - Accent (Flanders yellow). Default: #ffe615.
 * @cssprop --ino-color-link - Links. Default: #0050b3.
 */
export class InoChallengeFeed extends InoElement {
  static override styles = [...InoElement.styles, contentStyles, challengeFeedStyles];
  protected static override catalogues = [...InoElement.catalogues, challengeFeedMessages];

  /** One status or several, comma-separated (`open`, `announced`, `in-evaluation`, `awarded`, `closed`, `cancelled`). Default: open. */
  @property({ reflect: true })
  status?: string;

  /** A theme id, e.g. `mobiliteit`. */
  @property({ reflect: true })
  theme?: string;

  /** An organisation id: only its challenges. */
  @property({ reflect: true })
  owner?: string;

  /** A municipality's NIS code, e.g. `44021` (Gent): challenges it owns or that apply to it. */
  @property({ reflect: true })
  nis?: string;

  /** A programme id, e.g. `sandbox-vlaanderen`. */
  @property({ reflect: true })
  programme?: string;

  /** Challenges per page, 1–100. Default 10. */
  @property({ type: Number })
  limit = 10;

  /** `closesAt` (soonest deadline first, the default) or `updatedAt` (newest first). */
  @property()
  sort?: 'closesAt' | 'updatedAt';

  /** A visible heading above the list; without it the list is labelled "Uitdagingen". */
  @property()
  heading?: string;

  /** The level of the heading (1–6); each challenge's title is one lower. Default 2. */
  @property({ attribute: 'heading-level', type: Number })
  headingLevel = 2;

  /** Shows filter controls (status, theme, owner) that update the list and these attributes. */
  @property({ type: Boolean, reflect: true })
  filters = false;

  /** Challenges to show without fetching, `limit` at a time. Each is checked against the contract. */
  @property({ attribute: false })
  challenges?: Challenge[];

  /** The moment deadlines are counted from; default: now. For previews and tests. */
  @property({ attribute: false })
  now?: Date;

  /** Every loaded challenge; the rendered ones are `items.slice(window.start, window.end)`. */
  @state() private items?: Challenge[];
  @state() private window: FeedWindow = { start: 0, end: 0 };
  @state() private nextCursor: string | null = null;
  @state() private total?: number | null;
  @state() private dropped = 0;
  @state() private loadingMore = false;
  @state() private moreFailed = false;
  private filteredByPerson = false;
  /** The "load more" request on its way; a new first page (another filter, language) cancels it. */
  private moreRequest?: AbortController;

  private readonly firstPage = new Task(this, {
    task: async ([connection, query, lang, given], { signal }): Promise<Page<Challenge>> => {
      if (given) {
        const { value, dropped } = readTolerantly(GivenChallengesSchema, { items: given, nextCursor: null, total: given.length }, 'The challenges');
        return { ...value, dropped };
      }
      return challengesOf(this.requireConnection(connection)).list(JSON.parse(query) as ChallengeQuery, { lang, signal });
    },
    // The query as a string: the task re-runs when its value changes, not when a new object is made.
    args: () => [this.connection, JSON.stringify(this.query()), this.uiLang, this.challenges] as const,
    onComplete: (page) => this.showFirstPage(page),
    onError: (error) => this.emitError(error),
  });

  /** Themes, and the organisations that own a challenge in the chosen status, for the filter controls once `filters` is on. */
  private readonly filterOptions = new Task(this, {
    task: async ([connection, lang, filters, status], { signal }): Promise<{ themes: Theme[]; organisations: Organisation[] }> => {
      if (!filters || !connection) return { themes: [], organisations: [] };
      const [themes, organisations] = await Promise.all([
        themesOf(connection).list({ lang, signal }),
        organisationsOf(connection).list({ limit: 100, challengeStatus: status }, { lang, signal }),
      ]);
      return { themes, organisations: organisations.items };
    },
    args: () => [this.connection, this.uiLang, this.filters, this.status || 'open'] as const,
  });

  private query(): ChallengeQuery {
    return {
      status: this.status ? this.status.split(',').map((s) => s.trim()) : undefined,
      theme: this.theme || undefined,
      owner: this.owner || undefined,
      nis: this.nis || undefined,
      programme: this.programme || undefined,
      sort: this.sort,
      limit: Math.min(100, Math.max(1, Math.trunc(this.limit) || 10)),
    };
  }

  private get m(): ChallengeFeedMessages {
    return challengeFeedMessages.in(this.uiLang);
  }

  private showFirstPage(page: Page<Challenge>): void {
    this.moreRequest?.abort();
    this.items = page.items;
    // Given data may be longer than a page: it opens with one page too.
    this.window = { start: 0, end: Math.min(page.items.length, this.query().limit!) };
    this.nextCursor = page.nextCursor;
    this.total = page.total;
    this.dropped = challengesLeftOut(page.dropped);
    this.moreFailed = false;
    if (this.filteredByPerson) this.announce(this.m.found(page.total ?? page.items.length));
    this.filteredByPerson = false;
    this.emit<ChallengeFeedLoadDetail>('ino-load', { challenges: page.items, total: page.total, dropped: this.dropped });
    this.warnDropped(page.dropped);
  }

  /** "Load more": shows the next loaded items, fetching the next page when needed. */
  private async loadMore(): Promise<void> {
    const items = this.items ?? [];
    const step = this.query().limit!;
    const firstNew = this.window.end;
    if (this.window.end >= items.length && this.nextCursor) {
      const request = (this.moreRequest = new AbortController());
      this.loadingMore = true;
      this.moreFailed = false;
      try {
        const page = await challengesOf(this.requireConnection(this.connection)).list(
          { ...this.query(), cursor: this.nextCursor },
          { lang: this.uiLang, signal: request.signal },
        );
        this.items = [...items, ...page.items];
        this.nextCursor = page.nextCursor;
        this.total = page.total ?? this.total;
        this.dropped += challengesLeftOut(page.dropped);
        this.warnDropped(page.dropped);
      } catch (error) {
        // Cancelled because a new first page replaced the list: nothing failed, and nothing is added.
        if (request.signal.aborted) return;
        this.moreFailed = true;
        this.emitError(error);
        return;
      } finally {
        this.loadingMore = false;
      }
    }
    this.window = showMore(this.window, step, this.items!.length);
    const added = this.window.end - firstNew;
    this.announce(this.m.loaded(added, this.window.end, this.total));
    void this.focusItem(firstNew);
  }

  private showEarlier(): void {
    this.window = showEarlier(this.window, this.query().limit!);
    void this.focusItem(this.window.start);
  }

  /** After "load more" / "show earlier": the item's title link, so Enter opens it; the item when it has none. */
  private focusItem(index: number): Promise<void> {
    return this.focusAfterUpdate(`[data-index="${index}"] .item-title a`, `[data-index="${index}"]`);
  }

  /** A person changed a filter: update the attribute (which refetches) and announce the result. */
  private changeFilter(name: 'status' | 'theme' | 'owner', value: string): void {
    this.filteredByPerson = true;
    this[name] = value || undefined;
  }

  /** True when the host cancelled ino-select to route itself instead of following the link. */
  private select = (challenge: Challenge): boolean => !this.emit<ChallengeSelectDetail>('ino-select', { challenge }, { cancelable: true });

  protected renderContent(): unknown {
    const m = this.m;
    const level = clampHeadingLevel(this.headingLevel, 2);
    const headingId = 'feed-heading';
    return html`
      ${this.heading ? heading(level, this.heading, 'heading', headingId) : nothing}
      ${this.filters ? this.renderFilters(m) : nothing}
      ${this.renderBody(m, level, this.heading ? headingId : undefined)}
    `;
  }

  private renderBody(m: ChallengeFeedMessages, level: number, headingId?: string): unknown {
    const status = this.firstPage.status;
    const items = this.items;
    if (status === TaskStatus.ERROR && !items) {
      return errorState(this.firstPage.error, this.messages, () => void this.firstPage.run(), this.messages.errors.server);
    }
    if (!items) return loadingState(this.messages, 6);
    const notices: TemplateResult[] = [];
    if (status === TaskStatus.ERROR) {
      notices.push(html`<div class="notice warning" part="notice" role="alert">
        <p>${m.refreshFailed}</p>
        <button type="button" part="retry-button" @click=${() => void this.firstPage.run()}>${this.messages.retry}</button>
      </div>`);
    }
    if (this.dropped) notices.push(html`<p class="notice" part="notice">${m.dropped(this.dropped)}</p>`);
    if (!items.length) return html`${notices}${emptyState(this.emptyMessage(m))}`;
    return html`${notices}${this.renderList(items, m, level, headingId, status === TaskStatus.PENDING)}`;
  }

  private renderList(items: Challenge[], m: ChallengeFeedMessages, level: number, headingId: string | undefined, refreshing: boolean): TemplateResult {
    const { start, end } = this.window;
    const context = { messages: m, shared: this.messages, lang: this.uiLang, now: this.now ?? new Date(), headingLevel: level + 1, select: this.select };
    const hasMore = end < items.length || Boolean(this.nextCursor);
    const shown = items.slice(start, end);
    return html`
      ${fallbackNote(
        shown.some((challenge) => contentLang(challenge.lang, this.uiLang)),
        this.messages,
      )}
      ${start > 0 ? html`<button type="button" class="more" part="more-button" @click=${() => this.showEarlier()}>${m.showEarlier}</button>` : nothing}
      <ul class="list" part="list" role="list" aria-busy=${refreshing ? 'true' : 'false'}
        aria-labelledby=${headingId ?? nothing} aria-label=${headingId ? nothing : m.defaultHeading}>
        ${shown.map(
          (
            challenge,
            i,
          ) => html`<li data-index=${start + i} tabindex="-1" aria-posinset=${start + i + 1} aria-setsize=${this.total ?? (this.nextCursor ? -1 : items.length)}>
            ${challengeItem(challenge, context)}
          </li>`,
        )}
      </ul>
      ${this.moreFailed ? html`<p class="notice warning" part="notice" role="alert">${m.moreFailed}</p>` : nothing}
      ${
        hasMore
          ? html`<button type="button" class="more" part="more-button" @click=${() => void this.loadMore()} ?disabled=${this.loadingMore} aria-busy=${this.loadingMore ? 'true' : 'false'}>
            ${this.moreFailed ? this.messages.retry : m.loadMore}
          </button>`
          : nothing
      }
    `;
  }

  private emptyMessage(m: ChallengeFeedMessages): string {
    const statuses = this.status ? this.status.split(',') : ['open'];
    const options = this.filterOptions.value;
    const described: string[] = [];
    if (this.theme) described.push(m.filterTheme(options?.themes.find((t) => t.id === this.theme)?.label ?? this.theme));
    if (this.owner) described.push(m.filterOwner(options?.organisations.find((o) => o.id === this.owner)?.name ?? this.owner));
    if (this.programme) described.push(m.filterProgramme(this.programme));
    if (this.nis) described.push(m.filterNis(this.nis));
    return m.empty(m.emptyWhat(statuses), described);
  }

  private renderFilters(m: ChallengeFeedMessages): TemplateResult {
    const options = this.filterOptions.value ?? { themes: [], organisations: [] };
    const status = this.status ?? 'open';
    const option = (value: string, label: string, selected: boolean) => html`<option value=${value} ?selected=${selected}>${label}</option>`;
    const onChange = (name: 'status' | 'theme' | 'owner') => (event: Event) => this.changeFilter(name, (event.target as HTMLSelectElement).value);
    return html`<form class="filters" part="filters" role="search" aria-label=${m.filtersLabel} @submit=${(e: Event) => e.preventDefault()}>
      <label>${m.status}
        <select name="status" @change=${onChange('status')}>
          ${CHALLENGE_STATUSES.map((s) => option(s, m.statuses[s]!, status === s))}
          ${option(ALL_STATUSES, m.any, status === ALL_STATUSES)}
        </select>
      </label>
      ${
        options.themes.length
          ? html`<label>${m.theme}
            <select name="theme" @change=${onChange('theme')}>
              ${option('', m.any, !this.theme)}${options.themes.map((t) => option(t.id, t.label, t.id === this.theme))}
            </select>
          </label>`
          : nothing
      }
      ${
        options.organisations.length || this.owner
          ? html`<label>${m.owner}
            <select name="owner" @change=${onChange('owner')}>
              ${option('', m.any, !this.owner)}${options.organisations.map((o) => option(o.id, o.name, o.id === this.owner))}
              ${this.owner && !options.organisations.some((o) => o.id === this.owner) ? option(this.owner, this.owner, true) : nothing}
            </select>
          </label>`
          : nothing
      }
    </form>`;
  }
}
