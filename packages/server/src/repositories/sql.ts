// A list query's WHERE clause built from the request, with its values as parameters (never spliced
// into the SQL), and the page of it that a cursor asks for.
import { nextCursor, readPageWindow, type PageOf } from '@ino/contract';
import type { Queryable } from '../db/database.js';

export class Where {
  readonly params: unknown[] = [];
  readonly #conditions: string[] = [];

  /** Adds `condition` when `value` is given; `$?` in it stands for the value's parameter. */
  add(condition: string, value: unknown): this {
    if (value === undefined || value === null || value === '') return this;
    this.params.push(value);
    this.#conditions.push(condition.replaceAll('$?', `$${this.params.length}`));
    return this;
  }

  /** A parameter used by hand in the conditions: its placeholder (`$3`). */
  param(value: unknown): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }

  get sql(): string {
    return this.#conditions.length ? this.#conditions.join(' AND ') : 'true';
  }
}

export interface PageQuery {
  /** `SELECT <columns> FROM <from>`. */
  columns: string;
  from: string;
  where: Where;
  orderBy: string;
}

/** One page of rows and the total, with the cursor of the next page (cursors are bound to the query). */
export async function selectPage<Row>(db: Queryable, query: URLSearchParams, { columns, from, where, orderBy }: PageQuery): Promise<PageOf<Row>> {
  const window = readPageWindow(query);
  const n = where.params.length;
  const rows = await db.query<Row & { total: number }>(
    `SELECT ${columns}, count(*) OVER ()::int AS total FROM ${from} WHERE ${where.sql} ORDER BY ${orderBy} LIMIT $${n + 1} OFFSET $${n + 2}`,
    [...where.params, window.limit, window.offset],
  );
  // Past the last row there is no row to carry the total: count on its own.
  const total =
    rows[0]?.total ??
    (window.offset === 0 ? 0 : (await db.query<{ total: number }>(`SELECT count(*)::int AS total FROM ${from} WHERE ${where.sql}`, where.params))[0]!.total);
  return { items: rows.map(({ total: _total, ...row }) => row as Row), nextCursor: nextCursor(window, total, query), total };
}
