import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { Task, TaskStatus } from '@lit/task';
import { participationLadderOf, practicesOf, ValidationError, type LadderRung, type ParticipationLadder, type Practice } from '@ino/sdk';
import { InoElement } from '../shared/base-element.js';
import { contentLang } from '../shared/content-lang.js';
import { contentStyles } from '../shared/content-styles.js';
import { clampHeadingLevel, heading } from '../shared/heading.js';
import { safeHref } from '../shared/safe-url.js';
import { FIRST_QUESTION, FLOW, stepAfter, stepBefore, walk, withAnswer, type Answers, type QuestionId, type Recommendation, type Step } from './guided-flow.js';
import { ladderContent, rungAt } from './ladder-content.js';
import { participationLadderMessages, type ParticipationLadderMessages } from './participation-ladder.messages.js';
import { participationLadderStyles } from './participation-ladder.styles.js';

/** Detail of `ino-change`. */
export interface LadderChangeDetail {
  /** The chosen rung, 1–5. */
  level: number;
  /** The rung's key, e.g. `burgerparticipatie`. */
  key: string;
  /** Rung 2 only: the chosen gradation (`consultatie`, `advies`, `coproductie`), when one is chosen. */
  variant?: string;
  /** `pick`: chosen on the ladder itself; `guided`: a recommendation of the question flow, accepted. */
  source: 'pick' | 'guided';
}

/** A rung level from an attribute, a property or a saved form state; anything but 1–5 is no value. */
function toLevel(value: unknown): number | undefined {
  const level = typeof value === 'string' && value.trim() === '' ? NaN : Number(value);
  return Number.isInteger(level) && level >= 1 && level <= 5 ? level : undefined;
}

/** The ladder from the API is used only when it is whole: every rung 1–5 once, in order. */
function checkedLadder(ladder: ParticipationLadder): ParticipationLadder {
  const rungs = [...ladder.rungs].sort((a, b) => a.level - b.level);
  if (rungs.some((rung, i) => rung.level !== i + 1)) {
    throw new ValidationError('The participation ladder does not have rungs 1 to 5', [{ path: 'rungs', message: 'Every level 1–5 once' }]);
  }
  return { ...ladder, rungs };
}

/**
 * The Flemish participation ladder (Kenniscentrum Participatie) as a form control: choose how far
 * to involve citizens and partners, directly on the five rungs (`mode="pick"`) or through a few
 * plain questions that recommend a rung and say why (`mode="guided"`). The ladder's text is built
 * in (nl/fr/en), so it works without any network; with an API it refreshes that text and lists
 * practices at the chosen rung.
 *
 * In a `<form>` it submits the rung as `name=1…5`, and for rung 2 with a chosen gradation also
 * `name-variant=consultatie|advies|coproductie`.
 *
 * @tag ino-participation-ladder
 * @summary Choose a rung of the participation ladder, directly or guided by questions.
 *
 * @fires ino-change - A person chose a rung or a gradation of rung 2. `detail: { level, key, variant?, source: 'pick' | 'guided' }`.
 * @fires ino-warning - Values that break the contract were left out of what the widget loaded from the API: the ladder's text (a rung's example) or the practices at a rung (a practice, a field of one). `detail: { dropped }`, each with its `path`, `id` and `issues`; also logged as a console warning. Once per load, and not when nothing was dropped.
 * @fires ino-error - The ladder's text could not be refreshed from the API (the built-in text stays), or the practices at a rung could not be loaded. `detail: { error }`.
 *
 * @csspart base - The widget's outer box.
 * @csspart label - The ladder's label (the legend of its radio group).
 * @csspart rungs - The five rungs.
 * @csspart rung - Each rung's choice.
 * @csspart variants - The gradations of rung 2.
 * @csspart definition - The chosen rung's definition.
 * @csspart practices - The practices at a rung.
 * @csspart guided - The question flow.
 * @csspart question - The current question.
 * @csspart recommendation - The recommended rung, with the reasons.
 * @csspart error-message - The message shown when a required ladder has no value.
 *
 * @cssprop --ino-color-accent - Marks the chosen rung and the panels. Default: #ffe615.
 * @cssprop --ino-color-focus - Focus ring and radio buttons. Default: #0050b3.
 * @cssprop --ino-color-surface - The chosen rung's background. Default: #f3f5f7.
 */
export class InoParticipationLadder extends InoElement {
  static override styles = [...InoElement.styles, contentStyles, participationLadderStyles];
  protected static override catalogues = [...InoElement.catalogues, participationLadderMessages, ladderContent];
  static formAssociated = true;

  /** `pick`: choose a rung directly. `guided`: answer a few questions that recommend one. */
  @property({ reflect: true })
  mode: 'pick' | 'guided' = 'pick';

  /** The form field's name. The rung is submitted as `name`, rung 2's gradation as `name-variant`. */
  @property()
  name = '';

  /**
   * The chosen rung, 1–5, or undefined. As with `<input>`, the `value` attribute is the initial
   * value, which a form reset restores.
   */
  @property({ converter: (value) => toLevel(value) })
  value?: number;

  /** Rung 2's gradation: `consultatie`, `advies` or `coproductie`; ignored for other rungs. */
  @property()
  variant?: string;

  /** A form with a required ladder cannot be submitted before a rung is chosen. */
  @property({ type: Boolean, reflect: true })
  required = false;

  /** No choosing; the value is not submitted. A disabled `<fieldset>` around it does the same. */
  @property({ type: Boolean, reflect: true })
  disabled = false;

  /** The question the ladder answers, as its label. Default: "How far do you involve citizens and partners?" in the UI language. */
  @property()
  label?: string;

  /** The level (1–6) of the widget's headings, so it fits the host page's outline. */
  @property({ attribute: 'heading-level', type: Number })
  headingLevel = 3;

  /**
   * Where a practice is read, with `{id}` for its id (e.g. `https://example.org/praktijken/{id}`).
   * With it, the practices at a rung are links; without it, plain titles.
   */
  @property({ attribute: 'practice-url' })
  practiceUrl?: string;

  @state() private formDisabled = false;
  @state() private answers: Answers = {};
  @state() private step: Step = FIRST_QUESTION;
  /** The answer selected on the current question, not yet confirmed with "Next". */
  @state() private draft?: string;
  @state() private missingAnswer = false;
  @state() private choosingOther = false;
  @state() private showInvalid = false;
  private readonly internals: ElementInternals;

  /** The ladder's text from the API, when one is configured and answers in the UI language. */
  private readonly refreshed = new Task(this, {
    task: async ([connection, lang], { signal }) => {
      if (!connection) return undefined;
      const { value, dropped } = await participationLadderOf(connection).read({ lang, signal });
      const ladder = checkedLadder(value);
      // A ladder that fell back to Dutch is worse than the built-in text in the asked language.
      return { ladder: ladder.lang === lang ? ladder : undefined, dropped };
    },
    args: () => [this.connection, this.uiLang] as const,
    onComplete: (refreshed) => refreshed && this.warnDropped(refreshed.dropped),
    onError: (error) => this.emitError(error),
  });

  private readonly practices = new Task(this, {
    task: async ([connection, lang, rung], { signal }) => {
      if (!connection || !rung) return undefined;
      return practicesOf(connection).list({ rung, limit: 3 }, { lang, signal });
    },
    args: () => [this.connection, this.uiLang, this.practicesLevel] as const,
    onComplete: (page) => page && this.warnDropped(page.dropped),
    onError: (error) => this.emitError(error),
  });

  constructor() {
    super();
    this.internals = this.attachInternals();
    // A form that would not submit because of this ladder: say why, beside the ladder too.
    this.addEventListener('invalid', () => {
      this.showInvalid = true;
    });
  }

  /** The form this ladder belongs to. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  get validity(): ValidityState {
    return this.internals.validity;
  }

  get validationMessage(): string {
    return this.internals.validationMessage;
  }

  get willValidate(): boolean {
    return this.internals.willValidate;
  }

  checkValidity(): boolean {
    return this.internals.checkValidity();
  }

  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  /** @internal A form reset: back to the `value` and `variant` attributes, and to the first question. */
  formResetCallback(): void {
    this.value = toLevel(this.getAttribute('value'));
    this.variant = this.getAttribute('variant') ?? undefined;
    this.answers = {};
    this.goTo(FIRST_QUESTION, false);
    this.choosingOther = false;
    this.showInvalid = false;
  }

  /** @internal The browser restores a value (back/forward navigation, autofill): `"2"` or `"2:coproductie"`. */
  formStateRestoreCallback(state: string | File | FormData | null): void {
    const [level, variant] = typeof state === 'string' ? state.split(':') : [];
    this.value = toLevel(level);
    this.variant = variant || undefined;
  }

  /** @internal A disabled `<fieldset>` around the ladder disables it. */
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  private get ladder(): ParticipationLadder {
    const fromApi = this.refreshed.status === TaskStatus.COMPLETE ? this.refreshed.value?.ladder : undefined;
    return fromApi?.lang === this.uiLang ? fromApi : ladderContent.in(this.uiLang);
  }

  private get m(): ParticipationLadderMessages {
    return participationLadderMessages.in(this.uiLang);
  }

  private get headingRank(): number {
    return clampHeadingLevel(this.headingLevel);
  }

  private get isDisabled(): boolean {
    return this.disabled || this.formDisabled;
  }

  private get currentStep(): Step {
    const { path, current, recommendation } = walk(this.answers);
    if (this.step === 'result') return recommendation ? 'result' : current!;
    return path.includes(this.step) ? this.step : (current ?? 'result');
  }

  /** The rung whose practices are on screen: the chosen one, or in the guided flow the recommended one. */
  private get practicesLevel(): number | undefined {
    if (this.mode !== 'guided' || this.choosingOther) return this.value;
    return this.currentStep === 'result' ? walk(this.answers).recommendation?.level : undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('value') && toLevel(this.value) !== this.value) this.value = toLevel(this.value);
    const variants = rungAt(this.ladder, 2)?.variants ?? [];
    if (this.variant !== undefined && (this.value !== 2 || !variants.some((v) => v.key === this.variant))) this.variant = undefined;
  }

  protected override updated(): void {
    this.syncForm();
  }

  /** The form value, the state the browser may restore, and the validity, from value and variant. */
  private syncForm(): void {
    const level = this.value;
    let entries: FormData | null = null;
    if (level && this.name) {
      entries = new FormData();
      entries.append(this.name, String(level));
      if (this.variant) entries.append(`${this.name}-variant`, this.variant);
    }
    this.internals.setFormValue(entries, level ? [level, this.variant].filter(Boolean).join(':') : null);
    if (this.required && !level) {
      const anchor = this.renderRoot.querySelector<HTMLElement>('[data-anchor]') ?? undefined;
      this.internals.setValidity({ valueMissing: true }, this.m.required, anchor);
    } else {
      this.internals.setValidity({});
    }
  }

  /** "Trede 2: Burger- of beleidsparticipatie (Coproductie)". */
  private rungLabel(level: number, variant?: string): string {
    const rung = rungAt(this.ladder, level);
    const label = this.messages.rung(level, rung?.name ?? '');
    const variantName = variant && (rung?.variants ?? []).find((v) => v.key === variant)?.name;
    return variantName ? this.m.withVariant(label, variantName) : label;
  }

  private choose(level: number, variant: string | undefined, source: LadderChangeDetail['source']): void {
    this.value = level;
    this.variant = level === 2 ? variant : undefined;
    this.showInvalid = false;
    // At once, not after the next render: a form submitted in the same task sends the new value.
    this.syncForm();
    // In the guided flow the choice is made away from the ladder (Accept, or the picker below the
    // recommendation): the line that shows it is said too. On the ladder itself the radio says it.
    if (this.mode === 'guided') this.announce(this.m.chosen(this.rungLabel(level, this.variant)));
    const key = rungAt(this.ladder, level)?.key ?? String(level);
    this.emit<LadderChangeDetail>('ino-change', { level, key, ...(this.variant ? { variant: this.variant } : {}), source });
  }

  private goTo(step: Step, focus = true): void {
    this.step = step;
    this.draft = step === 'result' ? undefined : this.answers[step];
    this.missingAnswer = false;
    // The new step's heading, so a screen reader reads the question (or the recommendation).
    if (focus) void this.focusAfterUpdate('#step-title');
  }

  private next(question: QuestionId): void {
    if (!this.draft) {
      this.missingAnswer = true;
      return;
    }
    this.answers = withAnswer(this.answers, question, this.draft);
    this.goTo(stepAfter(this.answers, question));
  }

  private back(): void {
    const previous = stepBefore(this.answers, this.currentStep);
    if (previous) this.goTo(previous);
  }

  private restart(): void {
    this.answers = {};
    this.choosingOther = false;
    this.goTo(FIRST_QUESTION);
  }

  /** Home and End on a radio button choose the first or last of its group (arrow keys are native). */
  private onKeydown(event: KeyboardEvent): void {
    const radio = event.target;
    if ((event.key !== 'Home' && event.key !== 'End') || !(radio instanceof HTMLInputElement) || radio.type !== 'radio') return;
    const group = [...this.renderRoot.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${radio.name}"]:not(:disabled)`)];
    const target = event.key === 'Home' ? group[0] : group.at(-1);
    if (!target) return;
    event.preventDefault();
    target.focus();
    target.click();
  }

  protected renderContent(): unknown {
    return html`<div class="content" @keydown=${this.onKeydown}>
      ${this.mode === 'guided' ? this.renderGuided() : this.renderPicker(this.label || this.m.label)}
    </div>`;
  }

  private renderPicker(label: string): TemplateResult {
    const m = this.m;
    const invalid = this.showInvalid && !this.value;
    return html`<fieldset class="ladder" aria-describedby=${invalid ? 'ladder-intro ladder-error' : 'ladder-intro'}>
        <legend part="label">${label}${this.required ? html` <span class="required">${m.requiredNote}</span>` : nothing}</legend>
        <p class="intro" id="ladder-intro">${m.intro}</p>
        <div class="options" part="rungs">${this.ladder.rungs.map((rung) => this.renderRung(rung))}</div>
        ${invalid ? html`<p class="error" id="ladder-error" part="error-message">${m.required}</p>` : nothing}
      </fieldset>
      ${this.value ? this.renderDefinition(this.value, this.variant) : nothing}`;
  }

  private renderRung(rung: LadderRung): TemplateResult {
    const { level } = rung;
    const variants = level === 2 && this.value === 2 ? (rung.variants ?? []) : [];
    return html`<div class="rung">
      <label class="option" part="rung">
        <input
          type="radio"
          name="rung"
          .value=${String(level)}
          .checked=${live(this.value === level)}
          ?disabled=${this.isDisabled}
          ?required=${this.required}
          ?data-anchor=${level === 1}
          aria-labelledby="rung-${level}-name"
          aria-describedby="rung-${level}-summary"
          @change=${() => this.choose(level, undefined, 'pick')}
        />
        <span class="option-name" id="rung-${level}-name">${this.messages.rung(level, rung.name)}</span>
        <span class="option-text" id="rung-${level}-summary">${rung.summary}</span>
      </label>
      ${
        variants.length
          ? html`<fieldset class="variants" part="variants">
            <legend>${this.m.variantsLabel}</legend>
            <div class="options">
              ${variants.map((v) => {
                const description = this.m.variantDescriptions[v.key];
                return html`<label class="option">
                  <input
                    type="radio"
                    name="variant"
                    .value=${v.key}
                    .checked=${live(this.variant === v.key)}
                    ?disabled=${this.isDisabled}
                    aria-labelledby="variant-${v.key}-name"
                    aria-describedby=${ifDefined(description ? `variant-${v.key}-text` : undefined)}
                    @change=${() => this.choose(2, v.key, 'pick')}
                  />
                  <span class="option-name" id="variant-${v.key}-name">${v.name}</span>
                  ${description ? html`<span class="option-text" id="variant-${v.key}-text">${description}</span>` : nothing}
                </label>`;
              })}
            </div>
          </fieldset>`
          : nothing
      }
    </div>`;
  }

  /** A rung's definition: who takes the initiative, decides and bears responsibility; its examples; its practices. */
  private renderDefinition(level: number, variant: string | undefined): TemplateResult {
    return html`<section class="panel" part="definition" aria-labelledby="definition-title">
      ${heading(this.headingRank, this.rungLabel(level, variant), 'title', 'definition-title')}
      ${this.renderFacts(level, variant)} ${this.renderPractices()}
    </section>`;
  }

  private renderFacts(level: number, variant: string | undefined): TemplateResult {
    const m = this.m;
    const rung = rungAt(this.ladder, level)!;
    const facts: [string, string][] = [
      [m.initiative, rung.initiative],
      [m.decision, rung.decision],
      [m.responsibility, rung.responsibility],
    ];
    const variantName = rung.variants?.find((v) => v.key === variant)?.name;
    if (variant && variantName) facts.push([m.form, [variantName, this.m.variantDescriptions[variant]].filter(Boolean).join(': ')]);
    if (rung.examples.length) facts.push([m.examples, rung.examples.join(', ')]);
    return html`<dl class="facts">${facts.filter(([, text]) => text).map(([term, text]) => html`<dt>${term}</dt><dd>${text}</dd>`)}</dl>`;
  }

  /** Practices at the rung on screen, when an API is configured; nothing at all when not. */
  private renderPractices(): TemplateResult | typeof nothing {
    if (!this.connection || !this.practicesLevel) return nothing;
    const m = this.m;
    const body = this.practices.render({
      pending: () => html`<p class="muted">${this.messages.loading}</p>`,
      complete: (page) =>
        page?.items.length
          ? html`<ul class="practice-list">${page.items.map((p) => this.renderPractice(p))}</ul>`
          : html`<p class="muted">${m.practicesNone}</p>`,
      error: () => html`<p role="alert">${m.practicesError}</p>
        <div><button type="button" class="secondary" @click=${() => void this.practices.run()}>${this.messages.retry}</button></div>`,
    });
    return html`<section class="practices" part="practices" aria-labelledby="practices-title" aria-busy=${this.practices.status === TaskStatus.PENDING ? 'true' : 'false'}>
      ${heading(this.headingRank + 1, m.practices, 'subheading', 'practices-title')} ${body}
    </section>`;
  }

  private renderPractice(p: Practice): TemplateResult {
    // A title that fell back to Dutch is marked as Dutch, for screen readers.
    const lang = contentLang(p.lang, this.uiLang);
    const href = this.practiceUrl ? safeHref(this.practiceUrl.replaceAll('{id}', encodeURIComponent(p.id))) : undefined;
    return html`<li>
      ${href ? html`<a href=${href} lang=${ifDefined(lang)}>${p.title}</a>` : html`<span lang=${ifDefined(lang)}>${p.title}</span>`}
      <span class="muted">(${p.organisations.map((o) => o.name).join(', ')})</span>
    </li>`;
  }

  private renderGuided(): TemplateResult {
    const m = this.m;
    const step = this.currentStep;
    const { path, recommendation } = walk(this.answers);
    const answered = path.slice(0, step === 'result' ? path.length : path.indexOf(step));
    return html`<div class="guided" part="guided">
      <p class="intro">${m.guidedIntro}</p>
      ${answered.length ? this.renderAnswers(answered) : nothing}
      ${step === 'result' && recommendation ? this.renderResult(recommendation, path) : this.renderQuestion(step as QuestionId, path.indexOf(step as QuestionId) + 1)}
      ${this.showInvalid && !this.value && !this.choosingOther ? html`<p class="error" part="error-message">${m.required}</p>` : nothing}
      ${this.value ? html`<p class="chosen">${m.chosen(this.rungLabel(this.value, this.variant))}</p>` : nothing}
    </div>`;
  }

  private answerWords(question: QuestionId, key: string | undefined): { label: string; reason: string } | undefined {
    return key === undefined ? undefined : (this.m.questions[question].answers as Record<string, { label: string; reason: string }>)[key];
  }

  private renderAnswers(questions: QuestionId[]): TemplateResult {
    const m = this.m;
    return html`<section class="answers" aria-labelledby="answers-title">
      ${heading(this.headingRank, m.yourAnswers, 'subheading', 'answers-title')}
      <dl>
        ${questions.map((q) => {
          const text = m.questions[q].text;
          return html`<dt>${text}</dt>
            <dd>
              ${this.answerWords(q, this.answers[q])?.label}
              <button type="button" class="link" aria-label=${m.changeAnswer(text)} ?disabled=${this.isDisabled} @click=${() => this.goTo(q)}>${m.change}</button>
            </dd>`;
        })}
      </dl>
    </section>`;
  }

  private renderQuestion(question: QuestionId, number: number): TemplateResult {
    const m = this.m;
    const words = m.questions[question];
    const describedBy = [words.hint && 'step-hint', this.missingAnswer && 'step-error'].filter(Boolean).join(' ');
    return html`<fieldset class="question" part="question" aria-describedby=${ifDefined(describedBy || undefined)}>
        <legend>${heading(this.headingRank, m.question(number, words.text), 'question-title', 'step-title')}</legend>
        ${words.hint ? html`<p class="hint" id="step-hint">${words.hint}</p>` : nothing}
        <div class="options">
          ${FLOW[question].map(
            ({ key }, i) => html`<label class="option">
              <input
                type="radio"
                name="answer"
                .value=${key}
                .checked=${live(this.draft === key)}
                ?disabled=${this.isDisabled}
                ?data-anchor=${i === 0}
                @change=${() => {
                  this.draft = key;
                  this.missingAnswer = false;
                }}
              />
              <span>${this.answerWords(question, key)?.label}</span>
            </label>`,
          )}
        </div>
        ${this.missingAnswer ? html`<p class="error" id="step-error" role="alert">${m.chooseAnswer}</p>` : nothing}
      </fieldset>
      <div class="actions">
        <button type="button" ?disabled=${this.isDisabled} @click=${() => this.next(question)}>${m.next}</button>
        ${number > 1 ? html`<button type="button" class="secondary" ?disabled=${this.isDisabled} @click=${this.back}>${m.back}</button>` : nothing}
      </div>`;
  }

  private renderResult(recommendation: Recommendation, path: QuestionId[]): TemplateResult {
    const m = this.m;
    const { level, variant, stance } = recommendation;
    const rung = rungAt(this.ladder, level)!;
    const disabled = this.isDisabled;
    return html`<section class="panel" part="recommendation" aria-labelledby="step-title">
        ${heading(this.headingRank, m.recommendation(this.rungLabel(level, variant)), 'title', 'step-title')}
        <p>${rung.summary}</p>
        ${heading(this.headingRank + 1, m.why, 'subheading')}
        <ul class="reasons">${path.map((q) => html`<li>${this.answerWords(q, this.answers[q])?.reason}</li>`)}</ul>
        <p>${m.conclusions[level]}</p>
        ${variant === 'coproductie' ? html`<p>${m.coproductionNote}</p>` : nothing}
        ${stance ? html`<p>${m.stances[stance]}</p>` : nothing}
        ${this.renderFacts(level, variant)}
        <p class="muted">${m.tailorMade}</p>
        ${this.choosingOther ? nothing : this.renderPractices()}
        <div class="actions">
          <button type="button" data-anchor ?disabled=${disabled} @click=${() => this.choose(level, variant, 'guided')}>${m.accept}</button>
          <button
            type="button"
            class="secondary"
            ?disabled=${disabled}
            aria-expanded=${this.choosingOther ? 'true' : 'false'}
            @click=${() => {
              this.choosingOther = true;
              void this.focusAfterUpdate('input[name="rung"]:checked', 'input[name="rung"]');
            }}
          >
            ${m.chooseOther}
          </button>
          <button type="button" class="secondary" ?disabled=${disabled} @click=${this.back}>${m.back}</button>
          <button type="button" class="secondary" ?disabled=${disabled} @click=${this.restart}>${m.restart}</button>
        </div>
      </section>
      ${this.choosingOther ? this.renderPicker(m.otherLabel) : nothing}`;
  }
}
