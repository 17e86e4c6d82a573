import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import {
  ApiError,
  APPLICABLE_TRACK_STATUSES,
  learningTracksOf,
  trackStatusAt,
  NetworkError,
  TimeoutError,
  type ApplicationRequest,
  type ApplyResult,
  type LearningTrack,
} from '@ino/sdk';
import { InoElement } from '../shared/base-element.js';
import { contentLang, fallbackNote } from '../shared/content-lang.js';
import { contentStyles } from '../shared/content-styles.js';
import { formatDate, formatDateTime } from '../shared/format.js';
import { contactLine } from '../shared/contact.js';
import { clampHeadingLevel, heading } from '../shared/heading.js';
import { safeHref } from '../shared/safe-url.js';
import { errorState, loadingState } from '../shared/states.js';
import { paragraphs } from '../shared/text.js';
import { attemptFor, DraftStore, type DraftValues, type PendingAttempt } from './draft-store.js';
import { bodyOf, CONSENT, fieldsOf, serverFieldErrors, validateApplication, type FieldErrors, type FieldSpec } from './fields.js';
import { fieldError, fieldId, formField } from './form-field.js';
import { signupMessages, type SignupMessages } from './learning-track-signup.messages.js';
import { signupStyles } from './learning-track-signup.styles.js';
import { trackDetails } from './track-details.js';

/** Detail of `ino-load`. */
export interface TrackLoadDetail {
  track: LearningTrack;
}

/** Detail of `ino-submitted`: the server accepted the application (`replayed`: it had already, this was a retry). */
export type SubmittedDetail = ApplyResult;

type Phase = 'editing' | 'waiting-online' | 'submitting' | 'failed' | 'done';
type Failure = 'network' | 'server' | 'duplicate' | 'too-many' | 'closed' | 'forbidden-origin';

/**
 * Signing up for a learning track (a cohort with limited seats, first-come or with selection),
 * without ever losing what was typed: the draft is kept in the person's own browser until the
 * server has accepted the application, and a retried attempt never signs anyone up twice.
 *
 * @tag ino-learning-track-signup
 * @summary The facts of a learning track and its signup form.
 *
 * @slot - Fallback content shown before the widget loads, when JavaScript does not run, and beside an error (e.g. a link to sign up by e-mail).
 *
 * @fires ino-load - The track is shown. `detail: { track }`.
 * @fires ino-warning - The track is shown (or the application accepted), but values that break the contract were left out of what the API answered (a session, a theme, a malformed URL). `detail: { dropped }`, each with its `path`, `id` and `issues`; also logged as a console warning. Not fired when nothing was dropped. (A broken question is never left out: the track is then an error, as a signup without it would be refused.)
 * @fires ino-error - Loading the track or sending the application failed. `detail: { error }`.
 * @fires ino-submitted - The server accepted the application. `detail: { application, replayed, dropped }`.
 *
 * @csspart base - The widget's outer box.
 * @csspart card - The track and its form (an `<article>`).
 * @csspart title - The track's title.
 * @csspart facts - The track's facts.
 * @csspart form - The signup form.
 * @csspart error-summary - The list of problems, shown on submit.
 * @csspart notice - Notices (draft restored, offline, sending failed).
 * @csspart submit-button - The submit button.
 * @csspart discard-button - The button that discards the draft.
 * @csspart result - What happens next, once the application is accepted.
 * @csspart closed - Why no signup is possible now.
 * @csspart loading - The loading skeleton.
 * @csspart error - The error box.
 */
export class InoLearningTrackSignup extends InoElement {
  static override styles = [...InoElement.styles, contentStyles, signupStyles];
  protected static override catalogues = [...InoElement.catalogues, signupMessages];

  /** The id of the learning track. */
  @property({ attribute: 'track-id' })
  trackId?: string;

  /** The level of the track's title (1–6); the form's and result's headings are one lower. Default 2. */
  @property({ attribute: 'heading-level', type: Number })
  headingLevel = 2;

  /** The moment the application window is judged at; default: now. For previews and tests. */
  @property({ attribute: false })
  now?: Date;

  @state() private values: DraftValues = {};
  @state() private consent = false;
  @state() private errors: FieldErrors = {};
  @state() private showSummary = false;
  @state() private phase: Phase = 'editing';
  @state() private failure?: Failure;
  @state() private result?: ApplyResult;
  @state() private notices: string[] = [];
  @state() private online = navigator.onLine;

  private drafts?: DraftStore;
  private pending?: PendingAttempt;
  private countTimer?: ReturnType<typeof setTimeout>;

  private readonly track = new Task(this, {
    task: async ([trackId, connection, lang], { signal }) => {
      if (!trackId) return undefined;
      return learningTracksOf(this.requireConnection(connection)).read(trackId, { lang, signal });
    },
    args: () => [this.trackId, this.connection, this.uiLang] as const,
    onComplete: (read) => {
      if (!read) return;
      this.restoreDraft(read.value);
      this.emit<TrackLoadDetail>('ino-load', { track: read.value });
      this.warnDropped(read.dropped);
    },
    onError: (error) => this.emitError(error),
  });

  private readonly onOnline = () => {
    this.online = true;
    if (this.phase === 'waiting-online') void this.send();
  };
  private readonly onOffline = () => {
    this.online = false;
  };

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('online', this.onOnline);
    addEventListener('offline', this.onOffline);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('online', this.onOnline);
    removeEventListener('offline', this.onOffline);
    clearTimeout(this.countTimer);
  }

  private get m(): SignupMessages {
    return signupMessages.in(this.uiLang);
  }

  private specs(track: LearningTrack): FieldSpec[] {
    return fieldsOf(track, this.m);
  }

  /** Brings back what this person typed for this track before, once per track. */
  private restoreDraft(track: LearningTrack): void {
    if (this.drafts?.trackId === track.id) return;
    // Another track (a single-page app reusing the element): nothing of the previous one carries over.
    this.resetForm();
    this.drafts = new DraftStore(track.id);
    const draft = this.drafts.load();
    if (!draft || !Object.values(draft.values).some((v) => v.trim())) return;
    this.values = draft.values;
    this.pending = draft.attempt;
    this.notices = [this.m.restored(formatDateTime(draft.savedAt, this.uiLang)), ...(draft.attempt ? [this.m.pendingAttempt] : [])];
  }

  private saveDraft(): void {
    if (this.drafts && !this.drafts.save(this.values, this.pending) && !this.notices.includes(this.m.notStored)) {
      this.notices = [...this.notices, this.m.notStored];
    }
  }

  /** What was typed, checked with the server's rules: the body to send, or the errors by field. */
  private check(track: LearningTrack) {
    return validateApplication(track, this.specs(track), bodyOf(track, this.values, this.consent, this.uiLang), this.m);
  }

  /** Re-checks one field (on blur, or while it shows an error) with the same rules as on submit. */
  private recheck(track: LearningTrack, path: string): void {
    const { errors } = this.check(track);
    const next = { ...this.errors };
    if (errors[path]) next[path] = errors[path];
    else delete next[path];
    this.errors = next;
  }

  private onInput(track: LearningTrack, path: string, value: string): void {
    this.values = { ...this.values, [path]: value };
    this.saveDraft();
    if (this.errors[path]) this.recheck(track, path);
    const spec = this.specs(track).find((s) => s.path === path);
    if (spec?.kind === 'textarea') this.announceCount(spec, value);
  }

  /** Says how many characters are left once the typing pauses (every keystroke would be noise). */
  private announceCount(spec: FieldSpec, value: string): void {
    clearTimeout(this.countTimer);
    this.countTimer = setTimeout(() => {
      const left = spec.maxLength - value.length;
      this.announce(left < 0 ? this.m.countOver(-left) : this.m.countLeft(left));
    }, 1000);
  }

  /** On blur, a field with something in it is checked; an empty one waits for submit. */
  private onBlur(track: LearningTrack, path: string): void {
    if ((this.values[path] ?? '').trim() || this.errors[path]) this.recheck(track, path);
  }

  private onConsent(track: LearningTrack, checked: boolean): void {
    this.consent = checked;
    if (this.errors[CONSENT]) this.recheck(track, CONSENT);
  }

  private async onSubmit(event: Event, track: LearningTrack): Promise<void> {
    event.preventDefault();
    // One application per attempt: a second click or Enter while one is on its way does nothing.
    if (this.phase === 'submitting' || this.phase === 'waiting-online' || this.phase === 'done') return;
    const { body, errors } = this.check(track);
    this.errors = errors;
    if (!body) {
      this.showSummary = true;
      void this.focusAfterUpdate('.error-summary');
      return;
    }
    this.showSummary = false;
    this.pending = attemptFor(JSON.stringify(body), this.pending);
    this.saveDraft();
    if (!navigator.onLine) {
      this.phase = 'waiting-online';
      return;
    }
    await this.send();
  }

  /** Sends the pending attempt, with its key; the SDK retries network errors, 429 and 503. */
  private async send(): Promise<void> {
    const track = this.track.value?.value;
    const attempt = this.pending;
    const drafts = this.drafts;
    if (!track || !attempt) return;
    this.phase = 'submitting';
    this.failure = undefined;
    try {
      const body = JSON.parse(attempt.body) as ApplicationRequest;
      const result = await learningTracksOf(this.requireConnection(this.connection)).apply(track.id, body, { idempotencyKey: attempt.idempotencyKey });
      drafts?.clear();
      // The element moved on to another track meanwhile: this answer is not about what it shows.
      if (this.drafts !== drafts) return;
      this.pending = undefined;
      this.result = result;
      this.phase = 'done';
      void this.focusAfterUpdate('.result');
      this.emit<SubmittedDetail>('ino-submitted', result);
      this.warnDropped(result.dropped);
    } catch (error) {
      this.emitError(error);
      // The attempt stays in that track's draft, to be sent when the person comes back to it.
      if (this.drafts === drafts) this.handleFailure(track, error);
    }
  }

  private handleFailure(track: LearningTrack, error: unknown): void {
    this.phase = 'failed';
    if (error instanceof NetworkError || error instanceof TimeoutError) {
      this.failure = 'network';
      // Back online, the same attempt goes again by itself.
      if (!navigator.onLine) this.phase = 'waiting-online';
      return;
    }
    if (!(error instanceof ApiError)) {
      this.failure = 'server';
      return;
    }
    if (error.status === 422 && error.kind === 'validation') {
      // Nothing was created: the corrected body goes with a new key.
      this.pending = undefined;
      this.errors = serverFieldErrors(error.fieldErrors, this.specs(track), this.m);
      this.phase = 'editing';
      this.showSummary = true;
      void this.focusAfterUpdate('.error-summary');
    } else if (error.status === 409 && error.kind === 'too-many-applications') {
      // The cap per track and network address: sending again cannot help; the organisers can sign them up.
      this.failure = 'too-many';
    } else if (error.status === 409) {
      // Already signed up: nothing of this person needs to stay on this (perhaps shared) computer.
      this.drafts?.clear();
      this.resetForm();
      this.phase = 'failed';
      this.failure = 'duplicate';
      return;
    } else if (error.status === 403 && error.kind === 'forbidden-origin') {
      // The operator has not allowed this site yet: sending again cannot help; the host's own way can.
      this.failure = 'forbidden-origin';
    } else if (error.status === 410) {
      this.failure = 'closed';
    } else {
      if (error.kind === 'idempotency-mismatch') this.pending = undefined;
      this.failure = 'server';
    }
    this.saveDraft();
  }

  private discard(): void {
    this.drafts?.clear();
    this.resetForm();
    this.announce(this.m.discarded);
  }

  /** An empty form, as for a track never seen before. */
  private resetForm(): void {
    this.values = {};
    this.consent = false;
    this.errors = {};
    this.pending = undefined;
    this.showSummary = false;
    this.failure = undefined;
    this.result = undefined;
    this.phase = 'editing';
    this.notices = [];
  }

  protected renderContent(): unknown {
    return this.track.render({
      pending: () => loadingState(this.messages, 8),
      complete: (read) => (read ? this.renderTrack(read.value) : nothing),
      error: (error) => errorState(error, this.messages, () => void this.track.run(), this.m.notFound),
    });
  }

  private renderTrack(track: LearningTrack): TemplateResult {
    const m = this.m;
    const level = clampHeadingLevel(this.headingLevel, 2);
    const textLang = contentLang(track.lang, this.uiLang);
    // The status the clock gives it: a stale answer never shows the form after the window closed.
    const status = trackStatusAt(track, this.now ?? new Date());
    const open = APPLICABLE_TRACK_STATUSES.includes(status);
    const done = this.phase === 'done' && this.result;
    // Named once: where no form follows (closed, or the application accepted), the contact moves
    // from the facts to the invitation to ask, which is what a person reads there next.
    const contactBelow = Boolean(done || !open);
    return html`<article class="card" part="card" aria-labelledby="track-title">
      <header>
        ${heading(level, html`<span lang=${textLang ?? nothing}>${track.title}</span>`, 'title', 'track-title')}
        <p class="summary" lang=${textLang ?? nothing}>${track.summary}</p>
      </header>
      ${fallbackNote(Boolean(textLang), this.messages)}
      ${track.description ? html`<div class="description" lang=${textLang ?? nothing}>${paragraphs(track.description)}</div>` : nothing}
      ${trackDetails(track, m, this.messages, this.uiLang, textLang, !contactBelow)}
      ${done ? this.renderResult(track, done, level + 1) : open ? this.renderForm(track, level + 1, status) : this.renderClosed(track, status)}
    </article>`;
  }

  private renderClosed(track: LearningTrack, status: string): TemplateResult {
    const m = this.m;
    const why =
      status === 'announced' && track.applicationOpensAt
        ? m.opensOn(formatDate(track.applicationOpensAt, this.uiLang))
        : (m.closedStatuses[status] ?? m.closedStatuses.closed!);
    return html`<div class="closed" part="closed">
      <p><strong>${why}</strong></p>
      ${track.contact ? html`<p>${m.askContact} ${contactLine(track.contact, this.messages)}</p>` : nothing}
    </div>`;
  }

  private renderResult(track: LearningTrack, { application }: ApplyResult, level: number): TemplateResult {
    const m = this.m;
    const words = m.results[application.status];
    return html`<section class="result" part="result" tabindex="-1" aria-labelledby="result-title">
      ${heading(level, words?.title ?? m.resultFallback(application.status), 'subheading', 'result-title')}
      ${words ? html`<p>${words.next}</p>` : nothing}
      ${application.status === 'waitlisted' && application.waitlistPosition ? html`<p><strong>${m.waitlistPosition(application.waitlistPosition)}</strong></p>` : nothing}
      ${track.contact ? html`<p>${m.askContact} ${contactLine(track.contact, this.messages)}</p>` : nothing}
    </section>`;
  }

  private renderNotices(): TemplateResult[] {
    const m = this.m;
    const notices = this.notices.map((text) => html`<p class="notice" part="notice">${text}</p>`);
    if (!this.online || this.phase === 'waiting-online') notices.push(html`<p class="notice warning" part="notice" role="alert">${m.offline}</p>`);
    else if (this.phase === 'failed' && this.failure) {
      const text = {
        network: m.failedNetwork,
        server: m.failedServer,
        duplicate: m.duplicate,
        'too-many': m.tooManyFromAddress,
        closed: m.closedNow,
        'forbidden-origin': m.forbiddenOrigin,
      }[this.failure];
      notices.push(html`<p class="notice warning" part="notice" role="alert">${text}</p>`);
      // The host's fallback (a link to sign up another way) is the way on from here.
      if (this.failure === 'forbidden-origin') notices.push(html`<div class="fallback"><slot></slot></div>`);
    }
    return notices;
  }

  private renderSummary(specs: FieldSpec[]): TemplateResult | typeof nothing {
    const order = [...specs.map((s) => s.path), CONSENT];
    const entries = order.filter((path) => this.errors[path]).map((path) => [path, this.errors[path]!] as const);
    if (!this.showSummary || !entries.length) return nothing;
    const focusField = (event: Event, path: string) => {
      event.preventDefault();
      void this.focusAfterUpdate(`#${fieldId(path)}`);
    };
    // Focused when it appears (GOV.UK's pattern), so a screen reader reads it; not also an alert,
    // which some screen readers would read a second time.
    return html`<div class="error-summary" part="error-summary" tabindex="-1" aria-labelledby="summary-title">
      <p class="summary-title" id="summary-title"><strong>${this.m.summaryHeading(entries.length)}</strong></p>
      <ul>${entries.map(([path, text]) => html`<li><a href="#${fieldId(path)}" @click=${(e: Event) => focusField(e, path)}>${text}</a></li>`)}</ul>
    </div>`;
  }

  private renderForm(track: LearningTrack, level: number, status: string): TemplateResult {
    const m = this.m;
    const specs = this.specs(track);
    const sending = this.phase === 'submitting' || this.phase === 'waiting-online';
    const hasDraft = Object.values(this.values).some((v) => v.trim());
    const consentError = this.errors[CONSENT];
    const privacy = safeHref(track.consent.privacyUrl);
    return html`<form class="form" part="form" novalidate aria-labelledby="form-title" @submit=${(e: Event) => void this.onSubmit(e, track)}>
      ${heading(level, m.formHeading, 'subheading', 'form-title')}
      ${status === 'waitlist' ? html`<p class="notice" part="notice">${m.fullWaitlist}</p>` : nothing}
      <p class="intro">${m.formIntro} ${m.savedLocally}</p>
      ${this.renderNotices()}
      ${this.renderSummary(specs)}
      ${specs.map((spec) =>
        formField({
          spec,
          value: this.values[spec.path] ?? '',
          error: this.errors[spec.path],
          messages: m,
          onInput: (path, value) => this.onInput(track, path, value),
          onBlur: (path) => this.onBlur(track, path),
        }),
      )}
      <fieldset class="consent ${consentError ? 'has-error' : ''}">
        <legend>${m.consentHeading}<span aria-hidden="true"> *</span></legend>
        ${consentError ? fieldError('field-consent-error', consentError, m) : nothing}
        <div class="check">
          <input type="checkbox" id=${fieldId(CONSENT)} .checked=${this.consent} required aria-invalid=${consentError ? 'true' : 'false'}
            aria-describedby=${consentError ? 'field-consent-error' : nothing} @change=${(e: Event) => this.onConsent(track, (e.target as HTMLInputElement).checked)} />
          <label for=${fieldId(CONSENT)} lang=${contentLang(track.lang, this.uiLang) ?? nothing}>${track.consent.text}</label>
        </div>
        ${privacy ? html`<p><a href=${privacy}>${m.privacy}</a></p>` : nothing}
      </fieldset>
      <div class="actions">
        <button type="submit" part="submit-button" aria-disabled=${sending ? 'true' : 'false'}>
          ${sending ? m.submitting : this.phase === 'failed' ? m.tryAgain : m.submit}
        </button>
        ${hasDraft && !sending ? html`<button type="button" class="secondary" part="discard-button" @click=${() => this.discard()}>${m.discard}</button>` : nothing}
      </div>
    </form>`;
  }
}
