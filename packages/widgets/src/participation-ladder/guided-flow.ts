// The guided question flow of the participation-ladder picker (DOMAIN.md §2.5): up to six plain
// questions, each answer leading to the next question or to a recommended rung. Pure data and pure
// functions, so that every path can be enumerated and tested; the wording of the questions, the
// answers and the reasons is in participation-ladder.messages.ts.

/**
 * The questions, named by what they ask (DOMAIN.md's numbers in brackets):
 * `worth` (Q0, the proportionality guard), `initiative` (Q1), `input` (Q2), `decision` (Q3),
 * `involvement` (Q4, the gradation of rung 2), `role` (Q5, government's role in a bottom-up initiative).
 */
export type QuestionId = 'worth' | 'initiative' | 'input' | 'decision' | 'involvement' | 'role';

/** The gradations of rung 2, from least to most influence (the ladder's variant keys). */
export type Rung2Variant = 'consultatie' | 'advies' | 'coproductie';

export interface Recommendation {
  level: 1 | 2 | 3 | 4 | 5;
  /** Rung 2 only: consultation, advice or co-production. */
  variant?: Rung2Variant;
  /** Rung 4 only: government supports when asked (`reactive`) or creates room itself (`active`). */
  stance?: 'reactive' | 'active';
}

type Option = { readonly key: string; readonly next: QuestionId } | { readonly key: string; readonly recommend: Recommendation };

export const FIRST_QUESTION: QuestionId = 'worth';

/** Every question's answers, in the order they are offered, and where each one leads. */
export const FLOW = {
  worth: [
    // Not worth it: government steering is a legitimate choice (with transparent information).
    { key: 'no', recommend: { level: 1 } },
    { key: 'yes', next: 'initiative' },
    { key: 'unsure', next: 'initiative' },
  ],
  initiative: [
    { key: 'government', next: 'input' },
    { key: 'society', next: 'role' },
    // A rung-3 candidate; who decides in the end settles it.
    { key: 'together', next: 'decision' },
  ],
  input: [
    { key: 'inform-only', recommend: { level: 1 } },
    { key: 'yes', next: 'decision' },
  ],
  decision: [
    // The primacy of politics: rung 2, whose gradation the next question asks.
    { key: 'government', next: 'involvement' },
    // Shared final responsibility is what makes co-creation.
    { key: 'partners', recommend: { level: 3 } },
  ],
  involvement: [
    { key: 'consultatie', recommend: { level: 2, variant: 'consultatie' } },
    { key: 'advies', recommend: { level: 2, variant: 'advies' } },
    { key: 'coproductie', recommend: { level: 2, variant: 'coproductie' } },
  ],
  role: [
    { key: 'none', recommend: { level: 5 } },
    { key: 'when-asked', recommend: { level: 4, stance: 'reactive' } },
    { key: 'active', recommend: { level: 4, stance: 'active' } },
  ],
} as const satisfies Record<QuestionId, readonly Option[]>;

/** The answers a question offers. */
export type AnswerKey<Q extends QuestionId> = (typeof FLOW)[Q][number]['key'];

/** A person's answers so far, by question. */
export type Answers = Partial<Record<QuestionId, string>>;

/** Where a set of answers leads. */
export interface Walk {
  /** The questions on the way, in order: each answered one, then the one to answer now (if any). */
  path: QuestionId[];
  /** The question to answer now; absent once the answers lead to a recommendation. */
  current?: QuestionId;
  recommendation?: Recommendation;
}

/** One step of the flow on screen: a question, or the recommendation. */
export type Step = QuestionId | 'result';

/** Follows the answers from the first question until one is missing or a rung is reached. */
export function walk(answers: Answers): Walk {
  const path: QuestionId[] = [];
  let question: QuestionId = FIRST_QUESTION;
  for (;;) {
    path.push(question);
    const options: readonly Option[] = FLOW[question];
    const chosen = options.find((option) => option.key === answers[question]);
    if (!chosen) return { path, current: question };
    if ('recommend' in chosen) return { path, recommendation: chosen.recommend };
    question = chosen.next;
  }
}

/**
 * The answers with one answer set or changed. Answers to questions that the new answer takes off
 * the path are dropped; every other answer is kept, so changing an early answer loses nothing that
 * still applies.
 */
export function withAnswer(answers: Answers, question: QuestionId, key: string): Answers {
  const next: Answers = { ...answers, [question]: key };
  return Object.fromEntries(walk(next).path.flatMap((q) => (next[q] === undefined ? [] : [[q, next[q]]])));
}

/** The step after a question: the next question on the path, or the result once a rung is reached. */
export function stepAfter(answers: Answers, question: QuestionId): Step {
  const { path, recommendation } = walk(answers);
  return path[path.indexOf(question) + 1] ?? (recommendation ? 'result' : question);
}

/** The step before one on screen, or undefined at the first question. */
export function stepBefore(answers: Answers, step: Step): QuestionId | undefined {
  const { path } = walk(answers);
  return step === 'result' ? path.at(-1) : path[path.indexOf(step) - 1];
}
