import type { Challenge } from '@ino/sdk';
import { brusselsDaysBetween } from '../shared/format.js';

/** Statuses in which nobody can respond to a challenge any more. */
const FINISHED = new Set(['in-evaluation', 'awarded', 'closed', 'cancelled']);

export type Deadline =
  /** Open, no closing date. */
  | { kind: 'open-ended' }
  /** Announced, opening later. */
  | { kind: 'opens'; opensAt: string }
  /** No longer open: finished, or its closing moment has passed. */
  | { kind: 'closed' }
  /** Open until a moment `days` calendar days away in Brussels (0 today, 1 tomorrow). */
  | { kind: 'days'; days: number };

/** What a person should know about a challenge's timing, at `now`. */
export function deadlineOf(challenge: Pick<Challenge, 'status' | 'opensAt' | 'closesAt'>, now: Date): Deadline {
  if (FINISHED.has(challenge.status)) return { kind: 'closed' };
  if (challenge.closesAt && Date.parse(challenge.closesAt) <= now.getTime()) return { kind: 'closed' };
  if (challenge.status === 'announced' && challenge.opensAt && Date.parse(challenge.opensAt) > now.getTime())
    return { kind: 'opens', opensAt: challenge.opensAt };
  if (!challenge.closesAt) return { kind: 'open-ended' };
  return { kind: 'days', days: brusselsDaysBetween(now, new Date(challenge.closesAt)) };
}
