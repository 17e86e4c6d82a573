import type { CallOptions, InoConnection } from '../connection.js';
import type { ReadResult } from '../read-tolerantly.js';
import { ParticipationLadderSchema, type ParticipationLadder } from '../schemas/ladder.js';

export interface ParticipationLadderResource {
  get(options?: CallOptions): Promise<ParticipationLadder>;
  /** The ladder with what was dropped from it. */
  read(options?: CallOptions): Promise<ReadResult<ParticipationLadder>>;
}

/** GET /participation-ladder. */
export function participationLadderOf(connection: InoConnection): ParticipationLadderResource {
  const read = (call?: CallOptions) => connection.read(ParticipationLadderSchema, 'The participation ladder', '/participation-ladder', {}, call);
  return { read, get: async (call) => (await read(call)).value };
}
