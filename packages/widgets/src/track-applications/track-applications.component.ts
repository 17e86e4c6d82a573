import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ApiError, learningTracksOf, organiserApplicationsOf, type AdminAuth, type Decision, type LearningTrack, type OrganiserApplication } from '@ino/sdk';
import { InoElement } from '../shared/base-element.js';
import { contentLang } from '../shared/content-lang.js';
import { contentStyles } from '../shared/content-styles.js';
import { formatDateTime } from '../shared/format.js';
import { clampHeadingLevel, heading } from '../shared/heading.js';
import { emptyState, errorState, loadingState } from '../shared/states.js';
import { allowedDecisions, canMoveOthers } from './decisions.js';
import { csvFileName } from './csv-file-name.js';
import { OwnSignIn } from './own-sign-in.js';
import { seatCounts, seatsOutside } from './seat-counts.js';
import { DEFAULT_VIEW, shownPage, type ShownPage, type SortKey, type TableView } from './table-view.js';
import { trackApplicationsMessages, type TrackApplicationsMessages } from './track-applications.messages.js';
import { trackApplicationsStyles } from './track-applications.styles.js';

/** Detail of `ino-load`: the track and how many applications it has (no personal data). */
export interface TrackApplicationsLoadDetail {
  track: LearningTrack;
  applications: number;
}

/** Detail of `ino-decision`: the application as the server answered it after the decision. */
export interface DecisionDetail {
  application: OrganiserApplication;
  decision: Decision;
}

/**
 * The token was refused (401, 403), or the widget's own sign-in has none left: it expired and could not
 * be renewed. That NotSignedInError is known by its name: importing its class would share a module with
 * the sign-in's chunk, and rollup would then move this whole widget into a chunk behind its entry file.
 */
function refusesAccess(error: unknown): boolean {
  return (error instanceof ApiError && (error.status === 401 || error.status === 403)) || (error instanceof Error && error.name === 'NotSignedInError');
}

/** What the widget shows; the personal data is in the DOM only while `loaded`. */
type Phase = 'idle' | 'signed-out' | 'loading' | 'loaded' | 'error' | 'unauthorized' | 'forbidden';

/** The decision form open on one row. */
interface OpenDecision {
  id: string;
  decision?: Decision;
  note: string;
  /** Why the last attempt did not go through, in words. */
  problem?: string;
}

/** The attribute a token must never be in; observed only to warn (not a documented attribute). */
const TOKEN_ATTRIBUTE = 'access-token';
/** How long the search waits after the last keystroke, so a name is not searched letter by letter. */
const SEARCH_DELAY_MS = 300;
/** How long a downloaded CSV's object URL lives: long enough for the browser to start saving it. */
const DOWNLOAD_URL_LIFETIME_MS = 30_000;

const nameOf = (application: OrganiserApplication) => [application.givenName, application.familyName].filter(Boolean).join(' ');
/** A selector-safe id for a row's elements (application ids are the server's). */
const idFor = (prefix: string, application: OrganiserApplication) => `${prefix}-${application.id.replace(/[^A-Za-z0-9_-]/g, '_')}`;

/**
 * The organiser's view of one learning track: its seats, every application in an accessible table
 * (sorted, filtered, searched and paged in the browser), each one's answers on demand, the decisions
 * its status allows, and the CSV export. For intranets: it reads the organiser API with a token the
 * host hands it as a property, never as an attribute, and keeps no personal data in storage.
 *
 * @tag ino-track-applications
 * @summary The applications to one learning track, for its organisers.
 *
 * @slot - Shown beside an error (e.g. whom to ask for access).
 *
 * @fires ino-load - The track and its applications are shown. `detail: { track, applications }` (`applications`: how many; no personal data).
 * @fires ino-error - Loading, a decision or the CSV failed. `detail: { error }`.
 * @fires ino-decision - A decision was made. `detail: { application, decision }`, the application as the server answered it.
 * @fires ino-warning - Values that break the contract were left out of what the API answered. `detail: { dropped }`.
 *
 * @csspart base - The widget's outer box.
 * @csspart title - The heading with the track's title.
 * @csspart counts - The seats summary.
 * @csspart toolbar - The filter, the search and the CSV button.
 * @csspart table - The table of applications.
 * @csspart pagination - The page buttons.
 * @csspart decision - A row's decision form.
 * @csspart notice - A message about a decision or the download.
 * @csspart signed-out - What is needed to sign in, or that the sign-in ended.
 * @csspart sign-in-button - The button that signs in with the widget's own sign-in (`oidc-issuer`).
 * @csspart sign-out-button - The button that signs the widget's own sign-in out.
 * @csspart empty - No applications yet, or none that match the filter and the search.
 * @csspart loading - The loading skeleton.
 * @csspart error - The error box.
 */
export class InoTrackApplications extends InoElement {
  static override styles = [...InoElement.styles, contentStyles, trackApplicationsStyles];
  protected static override catalogues = [...InoElement.catalogues, trackApplicationsMessages];

  /** Noticed only to warn: a token in an attribute would be in the page's HTML, its logs and caches. */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, TOKEN_ATTRIBUTE];
  }

  /** The id of the learning track. */
  @property({ attribute: 'track-id' })
  trackId?: string;

  /** The OpenID Connect issuer to sign in with when the host gives no token. */
  @property({ attribute: 'oidc-issuer' })
  oidcIssuer?: string;

  /** The public client's id at `oidc-issuer`. */
  @property({ attribute: 'oidc-client-id' })
  oidcClientId?: string;

  /** The level of the widget's heading (1–6); the seats summary's is one lower. Default 2. */
  @property({ attribute: 'heading-level', type: Number })
  headingLevel = 2;

  /** An organiser API token (scopes `applications:read`, `applications:decide`). A property only, never an attribute. */
  @property({ attribute: false })
  accessToken?: string;

  /** Called before each request for the current token (e.g. from the host's own sign-in); wins over `accessToken`. */
  @property({ attribute: false })
  getAccessToken?: () => string | Promise<string>;

  /** The clock: the date in the CSV's file name when the server names none. Default: now. For previews and tests. */
  @property({ attribute: false })
  now?: Date;

  @state() private phase: Phase = 'idle';
  @state() private failure?: unknown;
  @state() private track?: LearningTrack;
  @state() private applications: OrganiserApplication[] = [];
  /** Seats taken that no application holds (seat-counts.ts), fixed at each load. */
  private outside = 0;
  @state() private view: TableView = DEFAULT_VIEW;
  @state() private expanded = new Set<string>();
  @state() private deciding?: OpenDecision;
  @state() private busy = false;
  @state() private downloading = false;
  @state() private downloadProblem?: string;

  /** The ETag of each application read one by one; the list carries none. Fetched when a decision starts. */
  private etags = new Map<string, string>();
  private loading?: AbortController;
  private loadedFor?: string;
  private searchTimer?: ReturnType<typeof setTimeout>;
  private warnedTokenAttribute = false;
  /** The widget's own OpenID Connect sign-in, used when the host gives no token (own-sign-in.ts). */
  private readonly ownSignIn = new OwnSignIn(this);

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (name !== TOKEN_ATTRIBUTE) return super.attributeChangedCallback(name, old, value);
    // Ignored, and its value never echoed: it may already be in a log.
    if (value !== null && !this.warnedTokenAttribute) {
      this.warnedTokenAttribute = true;
      console.warn(
        `<${this.localName}> ignores its access-token attribute: a token in HTML leaks. Set the accessToken or getAccessToken property from a script.`,
      );
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.loading?.abort();
    clearTimeout(this.searchTimer);
  }

  private get m(): TrackApplicationsMessages {
    return trackApplicationsMessages.in(this.uiLang);
  }

  /**
   * Where the organiser API's token comes from: the host's `getAccessToken`, else its `accessToken`,
   * each read at every request so a token the host refreshes is used from the next one on. Undefined:
   * nobody is signed in. Without either, the widget's own OpenID Connect sign-in, when it has one
   * (`oidc-issuer` and `oidc-client-id`) and someone signed in with it.
   */
  private tokenSource(): AdminAuth | undefined {
    if (!this.hostGivesToken()) return this.ownSignIn.auth();
    return { getToken: () => (this.getAccessToken ? this.getAccessToken() : (this.accessToken ?? '')) };
  }

  private hostGivesToken(): boolean {
    return Boolean(this.getAccessToken || this.accessToken);
  }

  /** The widget signs in by itself: the host gives no token, but names an issuer and a client. */
  private signsInItself(): boolean {
    return !this.hostGivesToken() && Boolean(this.oidcIssuer && this.oidcClientId);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const key = JSON.stringify([this.trackId, this.connection?.baseUrl, this.uiLang]);
    if (key !== this.loadedFor) {
      // Another track: nothing chosen for the one before carries over.
      if (changed.has('trackId') && this.loadedFor) [this.view, this.expanded, this.deciding] = [DEFAULT_VIEW, new Set(), undefined];
      this.loadedFor = key;
      void this.load();
      return;
    }
    // A token given or taken away: signing in (again, after a refused one) loads; signing out forgets.
    // A token replaced while the table is shown (a refresh) is simply used from the next request on.
    if (changed.has('accessToken') || changed.has('getAccessToken') || changed.has('oidcIssuer') || changed.has('oidcClientId')) {
      if (!this.tokenSource() || (this.phase !== 'loaded' && this.phase !== 'loading')) void this.load();
    }
  }

  /** Loads the track and every application; `quietly` keeps the table on screen meanwhile (after a decision). */
  private async load({ quietly = false } = {}): Promise<void> {
    this.loading?.abort();
    if (!this.trackId) return;
    const loading = new AbortController();
    this.loading = loading;
    const { signal } = loading;
    if (this.signsInItself()) await this.ownSignIn.restore(this.oidcIssuer!, this.oidcClientId!);
    if (signal.aborted) return;
    const auth = this.tokenSource();
    if (!auth) return this.forget('signed-out');
    if (!quietly) this.phase = 'loading';
    try {
      const connection = this.requireConnection(this.connection);
      const [track, all] = await Promise.all([
        learningTracksOf(connection).read(this.trackId, { lang: this.uiLang, signal }),
        organiserApplicationsOf(connection, auth).all(this.trackId, {}, signal),
      ]);
      if (signal.aborted) return;
      this.track = track.value;
      this.applications = all.items;
      this.outside = seatsOutside(track.value, all.items);
      // Others may have moved since: each decision reads its row's version afresh.
      this.etags.clear();
      this.phase = 'loaded';
      if (!quietly) this.emit<TrackApplicationsLoadDetail>('ino-load', { track: track.value, applications: all.items.length });
      this.warnDropped([...track.dropped, ...all.dropped]);
    } catch (error) {
      if (signal.aborted) return;
      this.emitError(error);
      this.fail(error);
    }
  }

  /** A refused token ends what is shown; anything else is an error state with a retry. */
  private fail(error: unknown): void {
    if (error instanceof ApiError && error.status === 403) return this.forget('forbidden');
    if (refusesAccess(error)) {
      if (!this.hostGivesToken()) void this.ownSignIn.end();
      return this.forget('unauthorized');
    }
    this.failure = error;
    this.phase = 'error';
  }

  /** Takes every application out of memory and the DOM (signed out, or not allowed). */
  private forget(phase: Phase): void {
    this.applications = [];
    this.track = undefined;
    this.etags.clear();
    this.expanded = new Set();
    this.deciding = undefined;
    this.phase = phase;
  }

  private replaceRow(application: OrganiserApplication): void {
    this.applications = this.applications.map((a) => (a.id === application.id ? application : a));
  }

  private changeView(change: Partial<TableView>, { announce = true } = {}): void {
    this.view = { ...this.view, ...change };
    if (announce) this.announce(this.m.matching(this.shown().matching));
  }

  private sortBy(sort: SortKey): void {
    const direction = this.view.sort === sort && this.view.direction === 'ascending' ? 'descending' : 'ascending';
    this.changeView({ sort, direction, page: 1 }, { announce: false });
  }

  private onSearch(query: string): void {
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => this.changeView({ query, page: 1 }), SEARCH_DELAY_MS);
  }

  private goToPage(page: number, pages: number): void {
    if (page < 1 || page > pages || page === this.view.page) return;
    this.changeView({ page }, { announce: false });
    this.announce(this.m.pageOf(page, pages));
  }

  private toggleAnswers(application: OrganiserApplication): void {
    const expanded = new Set(this.expanded);
    if (!expanded.delete(application.id)) expanded.add(application.id);
    this.expanded = expanded;
  }

  /** Opens a row's decision form, and reads the row's version (its ETag) meanwhile. */
  private openDecision(application: OrganiserApplication): void {
    if (this.deciding?.id === application.id) return this.closeDecision();
    this.deciding = { id: application.id, decision: allowedDecisions(application.status)[0], note: '' };
    void this.focusAfterUpdate(`#${idFor('choice', application)}`, `#${idFor('decision', application)}`);
    void this.readVersion(application.id).catch(() => {
      // A decision reads it again, and says what went wrong then.
    });
  }

  private closeDecision(): void {
    const application = this.applications.find((a) => a.id === this.deciding?.id);
    this.deciding = undefined;
    if (application) void this.focusAfterUpdate(`#${idFor('decide', application)}`);
  }

  /** One application as it stands now, with its ETag; the row shows it. */
  private async readVersion(id: string): Promise<string> {
    const auth = this.tokenSource();
    if (!auth) throw new Error('Not signed in.');
    const { application, etag, dropped } = await organiserApplicationsOf(this.requireConnection(this.connection), auth).get(id);
    this.warnDropped(dropped);
    this.etags.set(id, etag);
    this.replaceRow(application);
    // The status moved: what was chosen may not be allowed any more.
    if (this.deciding?.id === id && !allowedDecisions(application.status).includes(this.deciding.decision!)) {
      this.deciding = { ...this.deciding, decision: allowedDecisions(application.status)[0] };
    }
    return etag;
  }

  private async submitDecision(event: Event, application: OrganiserApplication): Promise<void> {
    event.preventDefault();
    const open = this.deciding;
    const auth = this.tokenSource();
    if (this.busy || !open?.decision || !auth) return;
    const m = this.m;
    const { id } = application;
    const decision = open.decision;
    const name = nameOf(application) || m.erased;
    this.busy = true;
    this.deciding = { ...open, problem: undefined };
    try {
      const etag = this.etags.get(id) ?? (await this.readVersion(id));
      const before = this.applications.find((a) => a.id === id)?.status ?? application.status;
      const note = open.note.trim() || undefined;
      const result = await organiserApplicationsOf(this.requireConnection(this.connection), auth).decide(id, { decision, ...(note ? { note } : {}) }, etag);
      this.warnDropped(result.dropped);
      this.etags.set(id, result.etag);
      this.replaceRow(result.application);
      this.deciding = undefined;
      this.announce(m.decided(name, (m.statuses[result.application.status] ?? result.application.status).toLowerCase()));
      // The row may have left the view (filtered out, another page): then the count of what is shown.
      void this.focusAfterUpdate(`#${idFor('row', result.application)} th`, '.matching', '.empty', '#title');
      this.emit<DecisionDetail>('ino-decision', { application: result.application, decision });
      // A seat freed goes to the next in line, and the line's positions move: the others are read again.
      if (canMoveOthers(before)) void this.load({ quietly: true });
    } catch (error) {
      this.emitError(error);
      await this.decisionFailed(error, id, name);
    } finally {
      this.busy = false;
    }
  }

  /** Says why a decision did not go through; a 412 or 409 shows the row as it stands now. The decision is never resent. */
  private async decisionFailed(error: unknown, id: string, name: string): Promise<void> {
    const m = this.m;
    // A 403 here is a token that may read but not decide: the table it just read stays.
    const mayNotDecide = error instanceof ApiError && error.status === 403;
    if (refusesAccess(error) && !mayNotDecide) return this.fail(error);
    let problem = m.decisionFailed;
    let reread = false;
    if (mayNotDecide) problem = m.mayNotDecide;
    else if (error instanceof ApiError && error.status === 412) [problem, reread] = [m.changedElsewhere(name), true];
    else if (error instanceof ApiError && error.status === 409 && error.kind === 'seats-exhausted') problem = m.trackFull;
    else if (error instanceof ApiError && error.status === 409) [problem, reread] = [m.notAllowed(name), true];
    if (reread) {
      this.etags.delete(id);
      try {
        await this.readVersion(id);
      } catch (again) {
        if (refusesAccess(again)) return this.fail(again);
      }
    }
    if (this.deciding?.id === id) this.deciding = { ...this.deciding, problem };
  }

  /** The §4.2 CSV as a file download: a Blob behind an `<a download>`, so the token never goes in a URL. */
  private async download(): Promise<void> {
    const auth = this.tokenSource();
    const track = this.track;
    if (this.downloading || !auth || !track) return;
    this.downloading = true;
    this.downloadProblem = undefined;
    try {
      const csv = await organiserApplicationsOf(this.requireConnection(this.connection), auth).csv(track.id);
      const fileName = csvFileName(csv.fileName, track.title, this.now ?? new Date());
      // The byte order mark tells spreadsheet programs it is UTF-8; reading the answer as text drops it.
      const text = csv.text.startsWith('\uFEFF') ? csv.text : `\uFEFF${csv.text}`;
      const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
      const link = Object.assign(document.createElement('a'), { href: url, download: fileName, hidden: true });
      this.renderRoot.appendChild(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), DOWNLOAD_URL_LIFETIME_MS);
      this.announce(this.m.downloaded(fileName));
    } catch (error) {
      this.emitError(error);
      if (refusesAccess(error)) this.fail(error);
      else this.downloadProblem = this.m.downloadFailed;
    } finally {
      this.downloading = false;
    }
  }

  protected renderContent(): unknown {
    const m = this.m;
    switch (this.phase) {
      case 'idle':
        return nothing;
      case 'signed-out':
        return this.renderSignedOut(m.signInHelp);
      case 'unauthorized':
        return this.renderSignedOut(m.signedOut);
      case 'forbidden':
        return html`<div class="state error" part="error"><p role="alert" part="error-message">${m.forbidden}</p><slot></slot></div>`;
      case 'loading':
        return loadingState(this.messages, 10);
      case 'error':
        return errorState(this.failure, this.messages, () => void this.load(), m.notFound);
      case 'loaded':
        return this.track ? this.renderLoaded(this.track) : nothing;
    }
  }

  private renderSignedOut(text: string): TemplateResult {
    const m = this.m;
    if (!this.signsInItself()) {
      return html`<div class="state signed-out" part="signed-out">
        <p><strong>${m.signInNeeded}</strong></p>
        <p>${text}</p>
        <slot></slot>
      </div>`;
    }
    const { problem, available } = this.ownSignIn;
    return html`<div class="state signed-out" part="signed-out">
      <p><strong>${m.signInNeeded}</strong></p>
      <p>${this.phase === 'unauthorized' ? m.signedOut : m.signInWithIssuer}</p>
      ${problem ? html`<p class="notice warning" part="notice" role="alert">${m.signInProblems[problem]}</p>` : nothing}
      ${available ? html`<button type="button" part="sign-in-button" @click=${() => void this.ownSignIn.start()}>${m.signIn}</button>` : nothing}
      <slot></slot>
    </div>`;
  }

  /** Who is signed in through the widget's own sign-in, and the way out; nothing when the host gives the token. */
  private renderSignedIn(): unknown {
    if (this.hostGivesToken() || !this.ownSignIn.signedIn) return nothing;
    const name = this.ownSignIn.userName();
    return html`<div class="control signed-in">
      ${name ? html`<p>${this.m.signedInAs(name)}</p>` : nothing}
      <button type="button" class="secondary" part="sign-out-button" @click=${() => void this.signOut()}>${this.m.signOut}</button>
    </div>`;
  }

  private async signOut(): Promise<void> {
    this.loading?.abort();
    await this.ownSignIn.end();
    this.forget('signed-out');
    this.announce(this.m.signedOutNow);
  }

  private shownFor?: { applications: readonly OrganiserApplication[]; view: TableView; shown: ShownPage };

  /**
   * The page of rows shown: filtered, searched and sorted again only when the applications or the view
   * changed, not at every render (a letter typed in a decision's note renders the widget too).
   */
  private shown(): ShownPage {
    const last = this.shownFor;
    if (last?.applications === this.applications && last.view === this.view) return last.shown;
    const shown = shownPage(this.applications, this.view);
    this.shownFor = { applications: this.applications, view: this.view, shown };
    return shown;
  }

  private renderLoaded(track: LearningTrack): TemplateResult {
    const m = this.m;
    const level = clampHeadingLevel(this.headingLevel, 2);
    const textLang = contentLang(track.lang, this.uiLang);
    const title = html`<span lang=${textLang ?? nothing}>${track.title}</span>`;
    const shown = this.shown();
    return html`<section class="applications" aria-labelledby="title">
      ${heading(level, html`${m.headingPrefix}${title}`, 'title', 'title')} ${this.renderCounts(track, level + 1)} ${this.renderToolbar()}
      ${
        this.applications.length === 0
          ? emptyState(m.empty)
          : shown.matching === 0
            ? emptyState(m.noMatch)
            : html`<p class="matching">${m.matching(shown.matching)}</p>
              <div class="table-wrap">
                <table part="table">
                  <caption>
                    ${m.captionPrefix}${title}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">${m.name}</th>
                      <th scope="col">${m.organisation}</th>
                      <th scope="col">${m.role}</th>
                      ${this.renderSortHeader('status', m.status)} ${this.renderSortHeader('receivedAt', m.received)}
                      <th scope="col">${m.actions}</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${shown.rows.map((application) => this.renderRow(track, application))}
                  </tbody>
                </table>
              </div>
              ${this.renderPagination(shown.page, shown.pages)}`
      }
    </section>`;
  }

  private renderCounts(track: LearningTrack, level: number): TemplateResult {
    const m = this.m;
    const counts = seatCounts(track, this.applications, this.outside);
    return html`<section class="counts" part="counts" aria-labelledby="counts-title">
      ${heading(level, m.seatsHeading, 'subheading', 'counts-title')}
      <p class="seats">${counts.seats === undefined ? m.seatsNoLimit(counts.taken) : m.seatsTaken(counts.taken, counts.seats)}</p>
      <dl>
        <div><dt>${m.offeredCount}</dt><dd>${counts.offered}</dd></div>
        <div><dt>${m.waitlistedCount}</dt><dd>${counts.waitlisted}</dd></div>
        <div><dt>${m.toReviewCount}</dt><dd>${counts.toReview}</dd></div>
        <div><dt>${m.totalCount}</dt><dd>${counts.total}</dd></div>
      </dl>
    </section>`;
  }

  private renderToolbar(): TemplateResult {
    const m = this.m;
    // The statuses there are, in the order the table sorts them, plus any this version does not know.
    const present = new Set(this.applications.map((a) => a.status));
    const statuses = [...Object.keys(m.statuses).filter((s) => present.has(s)), ...[...present].filter((s) => !(s in m.statuses))];
    return html`<div class="toolbar" part="toolbar">
      <div class="control">
        <label for="status-filter">${m.filterLabel}</label>
        <select id="status-filter" @change=${(e: Event) => this.changeView({ status: (e.target as HTMLSelectElement).value, page: 1 })}>
          <option value="" ?selected=${!this.view.status}>${m.allStatuses}</option>
          ${statuses.map((s) => html`<option value=${s} ?selected=${this.view.status === s}>${m.statuses[s] ?? s}</option>`)}
        </select>
      </div>
      <div class="control">
        <label for="search">${m.searchLabel}</label>
        <input id="search" type="search" autocomplete="off" .value=${this.view.query} @input=${(e: Event) => this.onSearch((e.target as HTMLInputElement).value)} />
      </div>
      <div class="control download">
        <button type="button" class="secondary" aria-disabled=${this.downloading ? 'true' : 'false'} @click=${() => void this.download()}>
          ${this.downloading ? m.downloading : m.download}
        </button>
        ${this.downloadProblem ? html`<p class="notice warning" part="notice" role="alert">${this.downloadProblem}</p>` : nothing}
      </div>
      ${this.renderSignedIn()}
    </div>`;
  }

  private renderSortHeader(key: SortKey, label: string): TemplateResult {
    const sorted = this.view.sort === key ? this.view.direction : 'none';
    return html`<th scope="col" aria-sort=${sorted}>
      <button type="button" class="sort" @click=${() => this.sortBy(key)}>
        ${label}<span class="arrow" aria-hidden="true">${sorted === 'ascending' ? '▲' : sorted === 'descending' ? '▼' : '↕'}</span>
      </button>
    </th>`;
  }

  private renderStatus(application: OrganiserApplication): TemplateResult {
    const m = this.m;
    const words = m.statuses[application.status] ?? application.status;
    const extra =
      application.status === 'waitlisted' && application.waitlistPosition
        ? m.position(application.waitlistPosition)
        : application.status === 'offered' && application.offerExpiresAt
          ? m.offeredUntil(formatDateTime(application.offerExpiresAt, this.uiLang))
          : undefined;
    return html`<span class="status status-${application.status}">${words}</span>${extra ? html`<span class="status-extra">${extra}</span>` : nothing}`;
  }

  private renderRow(track: LearningTrack, application: OrganiserApplication): TemplateResult {
    const m = this.m;
    const name = nameOf(application);
    const answersOpen = this.expanded.has(application.id);
    const deciding = this.deciding?.id === application.id;
    const canDecide = allowedDecisions(application.status).length > 0;
    const who = name || m.erased;
    return html`<tr id=${idFor('row', application)}>
        <th scope="row" tabindex="-1">${name || html`<em>${m.erased}</em>`}</th>
        <td>${application.organisation ?? ''}</td>
        <td>${application.role ?? ''}</td>
        <td>${this.renderStatus(application)}</td>
        <td>${formatDateTime(application.receivedAt, this.uiLang)}</td>
        <td>
          <div class="actions">
          ${
            application.answers && track.questions.length
              ? html`<button
                type="button"
                class="secondary"
                aria-expanded=${answersOpen ? 'true' : 'false'}
                aria-controls=${answersOpen ? idFor('answers', application) : nothing}
                @click=${() => this.toggleAnswers(application)}
              >
                ${m.showAnswers}<span class="visually-hidden"> ${who}</span>
              </button>`
              : nothing
          }
          ${
            canDecide || deciding
              ? html`<button
                type="button"
                id=${idFor('decide', application)}
                aria-expanded=${deciding ? 'true' : 'false'}
                aria-controls=${deciding ? idFor('decision', application) : nothing}
                @click=${() => this.openDecision(application)}
              >
                ${m.decide}<span class="visually-hidden"> ${who}</span>
              </button>`
              : nothing
          }
          </div>
        </td>
      </tr>
      ${answersOpen ? this.renderAnswers(track, application, who) : nothing} ${deciding ? this.renderDecision(application, who) : nothing}`;
  }

  private renderAnswers(track: LearningTrack, application: OrganiserApplication, who: string): TemplateResult {
    const m = this.m;
    const textLang = contentLang(track.lang, this.uiLang);
    return html`<tr class="details">
      <td colspan="6" id=${idFor('answers', application)}>
        <p class="details-title"><strong>${m.answersOf(who)}</strong></p>
        <dl class="answers">
          ${track.questions.map(
            (question) =>
              html`<div>
                <dt lang=${textLang ?? nothing}>${question.label}</dt>
                <dd>${application.answers?.[question.id]?.trim() || m.noAnswer}</dd>
              </div>`,
          )}
        </dl>
      </td>
    </tr>`;
  }

  private renderDecision(application: OrganiserApplication, who: string): TemplateResult {
    const m = this.m;
    const open = this.deciding!;
    const allowed = allowedDecisions(application.status);
    const titleId = idFor('decision-title', application);
    const noteId = idFor('note', application);
    return html`<tr class="details">
      <td colspan="6">
        <form
          class="decision"
          part="decision"
          id=${idFor('decision', application)}
          tabindex="-1"
          aria-labelledby=${titleId}
          aria-busy=${this.busy ? 'true' : 'false'}
          @submit=${(e: Event) => void this.submitDecision(e, application)}
          @keydown=${(e: KeyboardEvent) => {
            if (e.key === 'Escape') this.closeDecision();
          }}
        >
          <p id=${titleId} class="details-title"><strong>${m.decideFor(who)}</strong></p>
          ${open.problem ? html`<p class="notice warning" part="notice" role="alert">${open.problem}</p>` : nothing}
          ${
            allowed.length
              ? html`<div class="control">
                  <label for=${idFor('choice', application)}>${m.decisionLabel}</label>
                  <select
                    id=${idFor('choice', application)}
                    @change=${(e: Event) => (this.deciding = { ...open, decision: (e.target as HTMLSelectElement).value as Decision })}
                  >
                    ${allowed.map((d) => html`<option value=${d} ?selected=${open.decision === d}>${m.decisions[d] ?? d}</option>`)}
                  </select>
                </div>
                <div class="control">
                  <label for=${noteId}>${m.noteLabel}</label>
                  <textarea
                    id=${noteId}
                    rows="2"
                    maxlength="1000"
                    .value=${open.note}
                    @input=${(e: Event) => (this.deciding = { ...this.deciding!, note: (e.target as HTMLTextAreaElement).value })}
                  ></textarea>
                </div>`
              : nothing
          }
          <div class="buttons">
            ${
              allowed.length
                ? html`<button type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>${this.busy ? m.deciding : m.confirmDecision}</button>`
                : nothing
            }
            <button type="button" class="secondary" @click=${() => this.closeDecision()}>${m.closeDecision}</button>
          </div>
        </form>
      </td>
    </tr>`;
  }

  private renderPagination(page: number, pages: number): TemplateResult | typeof nothing {
    if (pages <= 1) return nothing;
    const m = this.m;
    return html`<nav class="pagination" part="pagination" aria-label=${m.pages}>
      <button type="button" class="secondary" aria-disabled=${page <= 1 ? 'true' : 'false'} @click=${() => this.goToPage(page - 1, pages)}>
        ${m.previous}
      </button>
      <span>${m.pageOf(page, pages)}</span>
      <button type="button" class="secondary" aria-disabled=${page >= pages ? 'true' : 'false'} @click=${() => this.goToPage(page + 1, pages)}>
        ${m.next}
      </button>
    </nav>`;
  }
}
