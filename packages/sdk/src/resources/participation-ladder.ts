import type { CallOptions, InoConnection } from '../connection.js';
import { ParticipationLadderSchema, type ParticipationLadder } from '../schemas/ladder.js';

export interface ParticipationLadderResource {
  get(options?: CallOptions): Promise<ParticipationLadder>;
}

/** GET /participation-ladder. */
export function participationLadderOf(connection: InoConnection): ParticipationLadderResource {
  return {
    get: (call) => connection.getValid(ParticipationLadderSchema, 'The participation ladder', '/participation-ladder', {}, call),
  };
}
