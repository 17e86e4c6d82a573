import type { Decision } from '@ino/sdk';

/**
 * The decisions each status allows (CONTRACT.md §4.2), so the table offers only those the server
 * would accept. The same rules as the contract's cohort machine, which the widgets may not import
 * (it is server-side code); a status this version does not know offers nothing, and the server stays
 * the judge: anything else answers `409 conflict`.
 */
const ALLOWED: Record<string, readonly Decision[]> = {
  received: ['select', 'waitlist', 'decline', 'cancel'],
  waitlisted: ['select', 'decline', 'cancel'],
  offered: ['select', 'cancel'],
  confirmed: ['cancel'],
};

export function allowedDecisions(status: string): readonly Decision[] {
  return ALLOWED[status] ?? [];
}

/**
 * Whether a decision on an application in `status` can change other applications too: a seat freed
 * goes to the first on the waitlist, and positions in the line move up. Only a `received` one stands
 * apart from the line and holds no seat.
 */
export function canMoveOthers(status: string): boolean {
  return status !== 'received';
}
