export { createMockApi } from './handlers.js';
export type { MockApi, MockApiOptions } from './handlers.js';
export { FAULT_KINDS } from './scenarios.js';
export type { FaultKind, Scenario } from './scenarios.js';
export { withManyChallenges } from './many-challenges.js';
