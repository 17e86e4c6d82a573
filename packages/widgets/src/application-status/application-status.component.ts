import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import {
  ApiError,
  createIdempotencyKey,
  learningTracksOf,
  myApplicationOf,
  NetworkError,
  TimeoutError,
  type LearningTrack,
  type MyApplication,
  type MyApplicationResource,
} from '@ino/sdk';
import { InoElement } from '../shared/base-element.js';
import { contactLine } from '../shared/contact.js';
import { contentLang, fallbackNote } from '../shared/content-lang.js';
import { contentStyles } from '../shared/content-styles.js';
import { formatDate, formatDateTime, formatSession } from '../shared/format.js';
import { clampHeadingLevel, heading } from '../shared/heading.js';
import { safeHref } from '../shared/safe-url.js';
import { errorState, loadingState } from '../shared/states.js';
import { statusMessages, type StatusMessages } from './application-status.messages.js';
import { statusStyles } from './application-status.styles.js';
import { forgetManageToken, takeManageToken } from './manage-token.js';

/** Detail of `ino-load` and `ino-change`: the application as it stands now. */
export interface ApplicationDetail {
  application: MyApplication;
}

type Action = 'cancel' | 'accept';
/** What the last action met, said in a sentence above the status. */
type Outcome = 'cancelled' | 'accepted' | 'offer-expired' | 'conflict' | 'network' | 'server';

/** What cancelling can still end: an application that is still in the running. */
const CANCELLABLE = new Set(['received', 'confirmed', 'waitlisted', 'offered']);

/** A load that found no application to show: no token, or one the server does not know (`401`). */
class NoValidLink {
  constructor(readonly hadToken: boolean) {}
}

interface Loaded {
  application: MyApplication;
  /** Undefined when the track could not be read: the status is what the person came for. */
  track?: LearningTrack;
}

const isUnauthorized = (error: unknown) => error instanceof ApiError && error.status === 401;

/**
 * One's own application to a learning track, on the page the manage link in the applicant's mails
 * opens (CONTRACT.md §3.7): its status in plain words, and cancel or accept. The manage token comes
 * from the address's fragment (`#token=…`), is removed from the address bar before any request, and is
 * kept for this tab only (sessionStorage), never in localStorage or a cookie.
 *
 * @tag ino-application-status
 * @summary One's own application to a learning track: its status, cancel and accept.
 *
 * @slot - Fallback content shown before the widget loads, when JavaScript does not run, and beside an error (e.g. whom to write to). Not beside the view for a missing or invalid link, which names whom to ask itself.
 *
 * @fires ino-load - The application is shown. `detail: { application }`.
 * @fires ino-change - The application changed after a cancel or an accept (also when the server answered that the offer had expired, or that it had changed meanwhile, with the application as it now stands). `detail: { application }`.
 * @fires ino-warning - Values that break the contract were left out of what the API answered. `detail: { dropped }`.
 * @fires ino-error - Loading or a cancel or accept failed (also a link that is no longer valid, `401`). `detail: { error }`.
 *
 * @csspart base - The widget's outer box.
 * @csspart card - The track and the application (an `<article>`).
 * @csspart title - The track's title.
 * @csspart facts - The track's sessions, place and organisers.
 * @csspart status - The application's status and what happens next.
 * @csspart notice - What the last cancel or accept met.
 * @csspart accept-button - Accept an offered place.
 * @csspart cancel-button - Cancel the application (asks first).
 * @csspart confirm - The confirmation dialog before cancelling.
 * @csspart invalid-link - The view for a missing link, or one that is no longer valid.
 * @csspart loading - The loading skeleton.
 * @csspart error - The error box.
 */
export class InoApplicationStatus extends InoElement {
  static override styles = [...InoElement.styles, contentStyles, statusStyles];
  protected static override catalogues = [...InoElement.catalogues, statusMessages];

  /**
   * Whom to write to when the link is not valid and the track (with its contact) is not known, e.g.
   * `inschrijvingen@example.org`. Without it, the widget says to ask the track's organisers.
   */
  @property({ attribute: 'contact-email' })
  contactEmail?: string;

  /** The level of the track's title (1–6); the status's heading is one lower. Default 2. */
  @property({ attribute: 'heading-level', type: Number })
  headingLevel = 2;

  /** The moment an offer's remaining time is counted from; default: now. For previews and tests. */
  @property({ attribute: false })
  now?: Date;

  @state() private token?: string;
  /** The application as the last cancel or accept (or the reload after it) left it. */
  @state() private changed?: MyApplication;
  @state() private sending?: Action;
  @state() private outcome?: Outcome;
  /** The action that failed on the way and can be tried again, with its key. */
  private retryable?: { action: Action; idempotencyKey: string };
  /** The track of this token's application, once read: whom to ask when the link stops working. */
  private knownTrack?: LearningTrack;

  private readonly onHashChange = () => this.takeToken();

  private readonly load = new Task(this, {
    task: async ([token, connection, lang], { signal }): Promise<Loaded> => {
      if (!token) throw new NoValidLink(false);
      const api = this.requireConnection(connection);
      let mine: MyApplicationResource;
      try {
        mine = myApplicationOf(api, { token });
      } catch {
        // Not a token the server could have given (a space, a letter outside ASCII): no request is sent.
        forgetManageToken(token);
        throw new NoValidLink(true);
      }
      const { application, dropped } = await mine.get(signal);
      this.warnDropped(dropped);
      try {
        const read = await learningTracksOf(api).read(application.trackId, { lang, signal });
        this.warnDropped(read.dropped);
        return { application, track: read.value };
      } catch (error) {
        // Told to the host, not the person: their application is shown without the track's facts.
        this.emitError(error);
        return { application };
      }
    },
    args: () => [this.token, this.connection, this.uiLang] as const,
    onComplete: ({ application, track }) => {
      this.changed = undefined;
      this.knownTrack = track ?? this.knownTrack;
      this.emit<ApplicationDetail>('ino-load', { application });
    },
    onError: (error) => {
      if (isUnauthorized(error)) this.forget();
      if (!(error instanceof NoValidLink)) this.emitError(error);
    },
  });

  override connectedCallback(): void {
    // Before anything else, so that no request leaves while the token is still in the address.
    this.takeToken();
    super.connectedCallback();
    addEventListener('hashchange', this.onHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('hashchange', this.onHashChange);
  }

  /** A new link opened in the same tab (only the fragment changed) shows its application. */
  private takeToken(): void {
    const token = takeManageToken();
    if (token === this.token) return;
    this.token = token;
    this.changed = undefined;
    this.knownTrack = undefined;
    this.outcome = undefined;
    this.retryable = undefined;
  }

  /** The server does not know the token: it is of no use any more, in this tab or a reload of it. */
  private forget(): void {
    if (this.token) forgetManageToken(this.token);
  }

  private get m(): StatusMessages {
    return statusMessages.in(this.uiLang);
  }

  /** Sends a cancel or an accept, once: the SDK retries it with the same key; a click while it is on its way does nothing. */
  private async send(action: Action): Promise<void> {
    const token = this.token;
    if (this.sending || !token) return;
    const idempotencyKey = this.retryable?.action === action ? this.retryable.idempotencyKey : createIdempotencyKey();
    this.retryable = undefined;
    this.sending = action;
    this.outcome = undefined;
    try {
      const api = this.requireConnection(this.connection);
      const { application, dropped } = await myApplicationOf(api, { token })[action]({ idempotencyKey });
      if (token !== this.token) return;
      this.warnDropped(dropped);
      this.show(application, action === 'cancel' ? 'cancelled' : 'accepted');
    } catch (error) {
      this.emitError(error);
      if (token !== this.token) return;
      await this.failed(token, action, idempotencyKey, error);
    } finally {
      this.sending = undefined;
    }
  }

  private async failed(token: string, action: Action, idempotencyKey: string, error: unknown): Promise<void> {
    if (isUnauthorized(error)) {
      this.forget();
      void this.load.run();
      return;
    }
    const kind = error instanceof ApiError ? error.kind : undefined;
    const refused = kind === 'offer-expired' ? 'offer-expired' : kind === 'conflict' ? 'conflict' : undefined;
    if (refused) {
      // The answer says the application is not what the page shows: show it as it is now.
      try {
        this.show((await myApplicationOf(this.requireConnection(this.connection), { token }).get()).application, refused);
      } catch (reloadError) {
        this.emitError(reloadError);
        this.outcome = refused;
        this.announce(this.outcomeText(refused));
      }
      return;
    }
    // The attempt may have reached the server: trying again sends the same key, so it never counts twice.
    this.retryable = { action, idempotencyKey };
    // Said as an alert; focus stays on the button, which now says "Try again".
    this.outcome = error instanceof NetworkError || error instanceof TimeoutError ? 'network' : 'server';
  }

  /** Shows the application after an action, says what changed, and tells the host. */
  private show(application: MyApplication, outcome: Outcome): void {
    this.changed = application;
    this.outcome = outcome;
    const m = this.m;
    // "Cancelled." and "Accepted." say the new status; a refusal says why, then where it stands now.
    const refused = outcome === 'offer-expired' || outcome === 'conflict';
    const title = m.statuses[application.status]?.title;
    const status = title ? `${title}.` : m.unknownStatus(application.status);
    this.announce(refused ? `${this.outcomeText(outcome)} ${status}` : this.outcomeText(outcome));
    void this.focusAfterUpdate('.status');
    this.emit<ApplicationDetail>('ino-change', { application });
  }

  private outcomeText(outcome: Outcome): string {
    const m = this.m;
    return {
      cancelled: m.cancelled,
      accepted: m.accepted,
      'offer-expired': m.offerExpired,
      conflict: m.conflict,
      network: m.failedNetwork,
      server: m.failedServer,
    }[outcome];
  }

  private get dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  /** Asks before cancelling: a modal dialog takes focus, and Escape or "No" closes it. */
  private askToCancel(): void {
    const dialog = this.dialog;
    if (this.sending || !dialog) return;
    dialog.returnValue = '';
    dialog.showModal();
  }

  /** Back from the dialog without cancelling: focus returns to the button that opened it. */
  private onDialogClosed(): void {
    if (this.dialog?.returnValue !== 'confirm') void this.focusAfterUpdate('[part="cancel-button"]');
  }

  private confirmCancel(): void {
    this.dialog?.close('confirm');
    void this.send('cancel');
  }

  protected renderContent(): unknown {
    return this.load.render({
      pending: () => loadingState(this.messages, 6),
      complete: (loaded) => this.renderApplication(this.changed ?? loaded.application, loaded.track),
      error: (error) =>
        error instanceof NoValidLink || isUnauthorized(error)
          ? this.renderInvalidLink(error instanceof NoValidLink && !error.hadToken)
          : errorState(error, this.messages, () => void this.load.run(), this.m.invalidLink),
    });
  }

  private renderInvalidLink(noToken: boolean): TemplateResult {
    const m = this.m;
    const level = clampHeadingLevel(this.headingLevel, 2);
    const email = this.contactEmail && safeHref(`mailto:${this.contactEmail}`);
    const contact = this.knownTrack?.contact;
    return html`<section class="state invalid-link" part="invalid-link" aria-labelledby="invalid-title">
      ${heading(level, noToken ? m.noLinkTitle : m.invalidLinkTitle, 'subheading', 'invalid-title')}
      <p>${noToken ? m.noLink : m.invalidLink}</p>
      <p>
        ${
          contact
            ? html`${m.askContact} ${contactLine(contact, this.messages)}`
            : email
              ? html`${m.askContactEmail} <a href=${email}>${this.contactEmail}</a>.`
              : m.askOrganisers
        }
      </p>
    </section>`;
  }

  private renderApplication(application: MyApplication, track: LearningTrack | undefined): TemplateResult {
    const m = this.m;
    const level = clampHeadingLevel(this.headingLevel, 2);
    const textLang = track && contentLang(track.lang, this.uiLang);
    return html`<article class="card" part="card" aria-labelledby=${track ? 'track-title' : 'status-title'}>
      ${
        track
          ? html`<header>${heading(level, html`<span lang=${textLang ?? nothing}>${track.title}</span>`, 'title', 'track-title')}</header>
            ${fallbackNote(Boolean(textLang), this.messages)} ${this.renderFacts(track)}`
          : nothing
      }
      ${this.renderStatus(application, track ? level + 1 : level)} ${this.renderActions(application)}
      ${track?.contact ? html`<p class="contact">${m.askContact} ${contactLine(track.contact, this.messages)}</p>` : nothing}
    </article>`;
  }

  private renderFacts(track: LearningTrack): TemplateResult {
    const m = this.m;
    return html`<dl class="facts" part="facts">
      <dt>${m.organisers}</dt>
      <dd>${track.organisers.map((o) => o.name).join(', ')}</dd>
      ${
        track.sessions.length
          ? html`<dt>${m.sessions}</dt>
            <dd>
              <ul class="sessions">
                ${track.sessions.map(
                  (s) => html`<li><time datetime=${s.startsAt}>${formatSession(s.startsAt, s.endsAt, this.uiLang)}</time>, ${s.location ?? m.online}</li>`,
                )}
              </ul>
            </dd>`
          : nothing
      }
    </dl>`;
  }

  private renderStatus(application: MyApplication, level: number): TemplateResult {
    const m = this.m;
    const words = m.statuses[application.status];
    const name = `${application.givenName} ${application.familyName}`;
    return html`<section class="status" part="status" tabindex="-1" aria-labelledby="status-title">
      ${heading(level, m.yourApplication, 'subheading', 'status-title')}
      ${
        this.outcome
          ? this.retryable
            ? html`<p class="notice warning" part="notice" role="alert">${this.outcomeText(this.outcome)}</p>`
            : html`<p class="notice" part="notice">${this.outcomeText(this.outcome)}</p>`
          : nothing
      }
      <p class="status-title"><strong>${words?.title ?? m.unknownStatus(application.status)}</strong></p>
      ${application.status === 'waitlisted' && application.waitlistPosition ? html`<p><strong>${m.waitlistPosition(application.waitlistPosition)}</strong></p>` : nothing}
      ${application.status === 'offered' && application.offerExpiresAt ? this.renderOffer(application.offerExpiresAt) : nothing}
      ${words ? html`<p>${words.next}</p>` : nothing}
      <p class="applicant">${m.appliedAs(name, application.organisation, application.email)} ${m.receivedOn(formatDate(application.receivedAt, this.uiLang))}</p>
    </section>`;
  }

  private renderOffer(expiresAt: string): TemplateResult {
    const m = this.m;
    const hoursLeft = Math.floor((Date.parse(expiresAt) - (this.now ?? new Date()).getTime()) / 3_600_000);
    // Past the deadline by this clock, the server decides: it answers the accept with offer-expired.
    const left = hoursLeft >= 1 ? m.offerEndsIn(hoursLeft) : hoursLeft === 0 ? m.offerEndsSoon : '';
    return html`<p class="offer">
      <strong>${m.offeredUntil(formatDateTime(expiresAt, this.uiLang))}</strong>
      ${left}
    </p>`;
  }

  private renderActions(application: MyApplication): TemplateResult | typeof nothing {
    const m = this.m;
    const canAccept = application.status === 'offered';
    const canCancel = CANCELLABLE.has(application.status);
    if (!canAccept && !canCancel) return nothing;
    const busy = this.sending ? 'true' : 'false';
    return html`<div class="actions">
        ${
          canAccept
            ? html`<button type="button" class="accept" part="accept-button" aria-disabled=${busy} @click=${() => void this.send('accept')}>
                ${this.sending === 'accept' ? m.accepting : this.retryable?.action === 'accept' ? m.tryAgain : m.accept}
              </button>`
            : nothing
        }
        ${
          canCancel
            ? html`<button
                type="button"
                class=${canAccept ? 'secondary' : ''}
                part="cancel-button"
                aria-disabled=${busy}
                aria-haspopup=${this.retryable?.action === 'cancel' ? nothing : 'dialog'}
                @click=${() => (this.retryable?.action === 'cancel' ? void this.send('cancel') : this.askToCancel())}
              >
                ${this.sending === 'cancel' ? m.cancelling : this.retryable?.action === 'cancel' ? m.tryAgain : m.cancel}
              </button>`
            : nothing
        }
      </div>
      ${canCancel ? this.renderConfirm(application) : nothing}`;
  }

  private renderConfirm(application: MyApplication): TemplateResult {
    const m = this.m;
    return html`<dialog class="confirm" part="confirm" aria-labelledby="confirm-title" aria-describedby="confirm-means" @close=${() => this.onDialogClosed()}>
      <p class="subheading" id="confirm-title"><strong>${m.confirmTitle}</strong></p>
      <p id="confirm-means">${m.cancelMeans[application.status] ?? ''}</p>
      <div class="actions">
        <button type="button" class="danger" @click=${() => this.confirmCancel()}>${m.confirmCancel}</button>
        <button type="button" class="secondary" autofocus @click=${() => this.dialog?.close()}>${m.keep}</button>
      </div>
    </dialog>`;
  }
}
