// The person's unsent application, kept in their own browser (localStorage) per track, so that a
// reload, a crash or a lost connection loses nothing. Never the consent tick: consent is given
// again, knowingly, for each attempt. Cleared only when the server has accepted the application.
import { createIdempotencyKey } from '@ino/sdk';

/** The field values as typed, by field path (`givenName`, `answers.bring`, …). */
export type DraftValues = Record<string, string>;

/** An attempt sent (or about to be) but not known to have been accepted: its key must be reused. */
export interface PendingAttempt {
  idempotencyKey: string;
  /** The exact body sent, as JSON: the same body again goes with the same key. */
  body: string;
}

export interface Draft {
  values: DraftValues;
  attempt?: PendingAttempt;
  /** When it was last saved (ISO 8601). */
  savedAt: string;
}

const PREFIX = 'ino-widgets:signup-draft:';
const VERSION = 1;

/** localStorage that may be missing or refuse (private mode, quota, a blocked storage policy). */
function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

export class DraftStore {
  readonly trackId: string;
  readonly #key: string;

  constructor(trackId: string) {
    this.trackId = trackId;
    this.#key = `${PREFIX}${trackId}`;
  }

  /** The saved draft, or undefined when there is none or it cannot be read. */
  load(): Draft | undefined {
    try {
      const raw = storage()?.getItem(this.#key);
      if (!raw) return undefined;
      const saved = JSON.parse(raw) as { version?: number; draft?: Draft };
      if (saved.version !== VERSION || !saved.draft || typeof saved.draft.values !== 'object') return undefined;
      const values: DraftValues = {};
      for (const [field, value] of Object.entries(saved.draft.values)) if (typeof value === 'string') values[field] = value;
      const attempt = saved.draft.attempt;
      const validAttempt = attempt && typeof attempt.idempotencyKey === 'string' && typeof attempt.body === 'string' ? attempt : undefined;
      return { values, attempt: validAttempt, savedAt: String(saved.draft.savedAt) };
    } catch {
      return undefined;
    }
  }

  /** Saves; returns false when this browser does not keep it (the form then says so). */
  save(values: DraftValues, attempt: PendingAttempt | undefined): boolean {
    const draft: Draft = { values, attempt, savedAt: new Date().toISOString() };
    try {
      const store = storage();
      if (!store) return false;
      store.setItem(this.#key, JSON.stringify({ version: VERSION, draft }));
      return true;
    } catch {
      return false;
    }
  }

  clear(): void {
    try {
      storage()?.removeItem(this.#key);
    } catch {
      // Nothing to clear in a browser that keeps nothing.
    }
  }
}

/** The key for sending `body`: the pending attempt's when it is the same body, else a new one. */
export function attemptFor(body: string, pending: PendingAttempt | undefined): PendingAttempt {
  return pending?.body === body ? pending : { idempotencyKey: createIdempotencyKey(), body };
}
