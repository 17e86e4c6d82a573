// Resources are built from their records by the contract's ResourceBuilder, so the server and the mock
// resolve ids and fall back to Dutch in exactly the same way. This gives it what a page of records
// names, read from the database.
import { ResourceBuilder, type BuilderInput } from '@ino/contract';
import type { Queryable } from '../db/database.js';

/** A builder for practices, challenges or learning tracks that name these organisations. */
export async function builderFor(db: Queryable, organisationIds: readonly string[]): Promise<ResourceBuilder> {
  // One round trip for the three look-ups.
  const [lookups] = await db.query<Required<Pick<BuilderInput, 'organisations' | 'themes' | 'programmes'>>>(
    `SELECT (SELECT coalesce(json_agg(record), '[]') FROM organisations WHERE id = ANY($1::text[])) AS organisations,
            (SELECT coalesce(json_agg(record ORDER BY position), '[]') FROM themes) AS themes,
            (SELECT coalesce(json_agg(record), '[]') FROM programmes) AS programmes`,
    [[...new Set(organisationIds)]],
  );
  return new ResourceBuilder(lookups!);
}
