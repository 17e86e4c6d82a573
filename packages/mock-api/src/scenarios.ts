// Faults a story, a test or the offline demo switches on, to show every state a widget has.
import { delay, HttpResponse } from 'msw';
import { problem } from './problems.js';

export type FaultKind =
  /** 500 with an `internal` problem. */
  | 'server-error'
  /** 429 with Retry-After. */
  | 'rate-limited'
  /** 503 with Retry-After. */
  | 'unavailable'
  /** The connection fails: no answer at all. */
  | 'network-error'
  /** 200 with a body that is cut off mid-JSON. */
  | 'malformed-json'
  /** 200 with JSON that breaks the schema (a required field missing, a wrong type). */
  | 'invalid-items'
  /** Every list is empty. */
  | 'empty';

export const FAULT_KINDS: readonly FaultKind[] = ['server-error', 'rate-limited', 'unavailable', 'network-error', 'malformed-json', 'invalid-items', 'empty'];

export interface Scenario {
  /** Extra time before every answer, in ms. */
  latencyMs?: number;
  fault?: FaultKind;
  /** The fault hits only the first N requests, then the API answers normally (a retry succeeds). */
  times?: number;
  /** Seconds in Retry-After for `rate-limited` and `unavailable`; default 1. */
  retryAfter?: number;
  /** Only requests whose path (after the base) starts with this are affected, e.g. `/practices`. */
  path?: string;
}

/** Decides, request by request, whether the scenario's fault applies. */
export class ScenarioState {
  #scenario: Scenario = {};
  #hits = 0;

  set(scenario: Scenario): void {
    this.#scenario = scenario;
    this.#hits = 0;
  }

  /** Waits the scenario's latency, for requests under its path (all, without one). */
  async delay(path: string): Promise<void> {
    const { latencyMs, path: only } = this.#scenario;
    if (latencyMs && (!only || path.startsWith(only))) await delay(latencyMs);
  }

  /** The fault for this request, if any; counts the hit. */
  faultFor(path: string): FaultKind | undefined {
    const { fault, times, path: only } = this.#scenario;
    if (!fault || (only && !path.startsWith(only))) return undefined;
    if (times !== undefined && this.#hits >= times) return undefined;
    this.#hits++;
    return fault;
  }

  /** The answer for a fault that does not need the real body. */
  transportFault(fault: FaultKind): Response | undefined {
    const retryAfter = this.#scenario.retryAfter ?? 1;
    switch (fault) {
      case 'server-error':
        return problem(500, 'internal', { detail: 'A fault scenario of the mock API.' });
      case 'rate-limited':
        return problem(429, 'rate-limited', { retryAfter });
      case 'unavailable':
        return problem(503, 'unavailable', { retryAfter });
      case 'network-error':
        return HttpResponse.error();
      case 'malformed-json':
        return new HttpResponse('{"items": [{"id": "cut-off", "title": "Hal', { headers: { 'content-type': 'application/json' } });
      default:
        return undefined;
    }
  }
}

/** Breaks a resource the way a faulty server might: a required field gone, another of the wrong type. */
export function breakResource(resource: object): object {
  const broken: Record<string, unknown> = { ...resource };
  delete broken.whatDidNotWork;
  delete broken.title;
  if ('organisations' in broken) broken.organisations = 'not a list';
  if ('owners' in broken) broken.owners = 42;
  if ('organisers' in broken) broken.organisers = null;
  return broken;
}
