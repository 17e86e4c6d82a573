import { expect } from '@open-wc/testing';
import {
  FIRST_QUESTION,
  FLOW,
  stepAfter,
  stepBefore,
  walk,
  withAnswer,
  type Answers,
  type QuestionId,
  type Recommendation,
} from '../src/participation-ladder/guided-flow.js';

/**
 * Every path through the questions of DOMAIN.md §2.5 and the rung the ladder's definitions imply
 * (§2.2): who takes the initiative, whether others' input counts, who decides and bears final
 * responsibility, and what government does in a bottom-up initiative. A path is its answers in order.
 */
const PATHS: [string[], Recommendation][] = [
  // Involving others adds nothing in proportion: government steering, a legitimate choice.
  [['no'], { level: 1 }],
  ...(['yes', 'unsure'] as const).flatMap((worth): [string[], Recommendation][] => [
    // Government takes the initiative and only informs: steering.
    [[worth, 'government', 'inform-only'], { level: 1 }],
    // Government takes others' input, but decides and stays responsible: rung 2, in three gradations.
    [[worth, 'government', 'yes', 'government', 'consultatie'], { level: 2, variant: 'consultatie' }],
    [[worth, 'government', 'yes', 'government', 'advies'], { level: 2, variant: 'advies' }],
    [[worth, 'government', 'yes', 'government', 'coproductie'], { level: 2, variant: 'coproductie' }],
    // Final responsibility shared by equal partners: co-creation, even when government started it.
    [[worth, 'government', 'yes', 'partners'], { level: 3 }],
    // Several parties start together; who decides in the end settles the rung.
    [[worth, 'together', 'partners'], { level: 3 }],
    [[worth, 'together', 'government', 'consultatie'], { level: 2, variant: 'consultatie' }],
    [[worth, 'together', 'government', 'advies'], { level: 2, variant: 'advies' }],
    [[worth, 'together', 'government', 'coproductie'], { level: 2, variant: 'coproductie' }],
    // Bottom-up: government joins (reactively or by creating room) or stays out.
    [[worth, 'society', 'when-asked'], { level: 4, stance: 'reactive' }],
    [[worth, 'society', 'active'], { level: 4, stance: 'active' }],
    [[worth, 'society', 'none'], { level: 5 }],
  ]),
];

/** Every path the flow allows, found by following every answer of every question. */
function enumerate(question: QuestionId = FIRST_QUESTION, answers: string[] = []): [string[], Recommendation][] {
  return FLOW[question].flatMap((option) => {
    const path = [...answers, option.key];
    return 'recommend' in option ? [[path, option.recommend] as [string[], Recommendation]] : enumerate(option.next, path);
  });
}

/** The answers of a path, by question, as walk() takes them. */
function answersOf(keys: string[]): Answers {
  const answers: Answers = {};
  for (const key of keys) answers[walk(answers).current!] = key;
  return answers;
}

describe('guided flow', () => {
  it('has exactly the paths of the table, no more and no fewer', () => {
    const found = enumerate()
      .map(([path]) => path.join(' → '))
      .sort();
    expect(found).to.deep.equal(PATHS.map(([path]) => path.join(' → ')).sort());
    expect(found.length).to.equal(25);
  });

  for (const [path, expected] of PATHS) {
    it(`${path.join(' → ')} recommends rung ${expected.level}${expected.variant ? ` (${expected.variant})` : ''}${expected.stance ? ` (${expected.stance})` : ''}`, () => {
      const result = walk(answersOf(path));
      expect(result.recommendation).to.deep.equal(expected);
      expect(result.current).to.be.undefined;
      expect(result.path.length).to.equal(path.length);
    });
  }

  it('asks at most six questions, and a rung-2 recommendation always has a gradation', () => {
    for (const [path, recommendation] of enumerate()) {
      expect(path.length).to.be.at.most(6);
      expect(recommendation.variant !== undefined).to.equal(recommendation.level === 2);
      expect(recommendation.stance !== undefined).to.equal(recommendation.level === 4);
    }
  });

  it('without answers, asks the first question', () => {
    expect(walk({})).to.deep.equal({ path: ['worth'], current: 'worth' });
  });

  it('stops at the first unanswered question', () => {
    expect(walk({ worth: 'yes', initiative: 'government' })).to.deep.equal({ path: ['worth', 'initiative', 'input'], current: 'input' });
  });

  it('changing an earlier answer drops only the answers that no longer apply', () => {
    const before = answersOf(['yes', 'government', 'yes', 'government', 'advies']);
    // Starting together skips the input question; who decides and when others join still apply.
    const together = withAnswer(before, 'initiative', 'together');
    expect(together).to.deep.equal({ worth: 'yes', initiative: 'together', decision: 'government', involvement: 'advies' });
    expect(walk(together).recommendation).to.deep.equal({ level: 2, variant: 'advies' });
    // A bottom-up initiative leaves none of them on the way.
    expect(withAnswer(before, 'initiative', 'society')).to.deep.equal({ worth: 'yes', initiative: 'society' });
    // "Not worth it" ends the flow at once.
    expect(withAnswer(before, 'worth', 'no')).to.deep.equal({ worth: 'no' });
  });

  it('steps forward along the answers, and back', () => {
    const answers = answersOf(['yes', 'together', 'government', 'coproductie']);
    expect(stepAfter(answers, 'worth')).to.equal('initiative');
    expect(stepAfter(answers, 'initiative')).to.equal('decision');
    expect(stepAfter(answers, 'involvement')).to.equal('result');
    expect(stepBefore(answers, 'result')).to.equal('involvement');
    expect(stepBefore(answers, 'decision')).to.equal('initiative');
    expect(stepBefore(answers, 'worth')).to.be.undefined;
  });
});
