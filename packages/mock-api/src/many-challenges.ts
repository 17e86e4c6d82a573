import { rfc3339, type ChallengeRecord, type Content } from '@ino/contract';

const SIX_HOURS = 6 * 60 * 60 * 1000;

/**
 * The content with `count` open challenges instead of its own: copies of the real open ones,
 * numbered, closing every six hours from a day after `from` (so that the clock closes none of them).
 * For long-list tests, stories and benchmarks. The copies are Dutch only.
 */
export function withManyChallenges(base: Content, count: number, from = new Date()): Content {
  const models = base.challenges.filter((c) => c.status === 'open');
  const firstDeadline = from.getTime() + 4 * SIX_HOURS;
  const challenges = Array.from({ length: count }, (_, i): ChallengeRecord => {
    const model = models[i % models.length]!;
    const number = i + 1;
    const { translations: _dropped, ...dutch } = model;
    return {
      ...dutch,
      id: `${String(number).padStart(5, '0')}-${model.id}`.slice(0, 80).replace(/-+$/, ''),
      title: `${model.title} (${number})`.slice(0, 160),
      closesAt: rfc3339(new Date(firstDeadline + i * SIX_HOURS)),
      updatedAt: rfc3339(new Date(from.getTime() - 30 * 4 * SIX_HOURS + i * 60_000)),
    };
  });
  return { ...base, challenges };
}
