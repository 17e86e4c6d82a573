// The mock API in a page, for the offline demo and the examples: msw in a service worker.
import { setupWorker } from 'msw/browser';
import { createMockApi } from './handlers.js';
import { FAULT_KINDS, type FaultKind, type Scenario } from './scenarios.js';

export interface StartOptions {
  /** Where the API is mounted; default `/ino/v1` on the page's origin. */
  baseUrl?: string;
  /** Where mockServiceWorker.js is served; default `/mockServiceWorker.js`. */
  workerUrl?: string;
  scenario?: Scenario;
  /** What time it is for the mock (createMockApi's `clock`); default: now. */
  clock?: () => Date;
}

/**
 * A scenario from the page's address, so a demo can show every state without code:
 * `?fault=server-error&times=1&latency=1500`.
 */
export function scenarioFromUrl(search = location.search): Scenario {
  const query = new URLSearchParams(search);
  const fault = query.get('fault') as FaultKind | null;
  const times = query.get('times');
  const latency = query.get('latency');
  return {
    fault: fault && FAULT_KINDS.includes(fault) ? fault : undefined,
    times: times ? Number(times) : undefined,
    latencyMs: latency ? Number(latency) : undefined,
  };
}

/** Starts the mock API; resolves when the page's requests to it are answered by the worker. */
export async function startMockApi(options: StartOptions = {}) {
  const api = createMockApi({
    baseUrl: options.baseUrl ?? `${location.origin}/ino/v1`,
    scenario: options.scenario ?? scenarioFromUrl(),
    ...(options.clock ? { clock: options.clock } : {}),
  });
  const worker = setupWorker(...api.handlers);
  await worker.start({ serviceWorker: { url: options.workerUrl ?? '/mockServiceWorker.js' }, onUnhandledRequest: 'bypass', quiet: true });
  return { worker, setScenario: api.setScenario };
}
