import { sql, type Kysely, type RawBuilder, type Transaction } from 'kysely';
import { conflict } from '../../core/shared/app-error.ts';
import type { Database } from '../schema.ts';
import type { Engine } from '../connect.ts';
import { compiledOnce } from '../compiled-once.ts';

/** What every repository gets: the open transaction and which engine it runs on. */
export interface TxContext {
  db: Transaction<Database> | Kysely<Database>;
  engine: Engine;
}

export const toBool = (n: number | boolean): boolean => n === 1 || n === true;
export const fromBool = (b: boolean): number => (b ? 1 : 0);

/**
 * `text` (a column, or an expression over columns) contains `q`, case-insensitively. It must
 * already hold lower-cased text (lower-cased in JavaScript, since SQLite's lower() knows only
 * ASCII). Wildcards typed by the user are escaped, with the escape character named, which SQLite
 * needs and PostgreSQL allows.
 */
export function containsText(text: string | RawBuilder<string>, q: string): RawBuilder<boolean> {
  const pattern = `%${q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const subject = typeof text === 'string' ? sql.ref(text) : text;
  return sql<boolean>`${subject} like ${pattern} escape ${'\\'}`;
}

/** Unique-index violations on either engine. */
export function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string };
  return (
    e?.code === '23505' ||
    e?.code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    e?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY'
  );
}

/**
 * Runs a write and turns a unique violation into a 409 naming the field: two people submitting the
 * same record at once both pass the friendly check, and the index decides.
 */
export async function uniquely<T>(
  write: () => Promise<T>,
  field: string,
  message: string,
): Promise<T> {
  try {
    return await write();
  } catch (err) {
    if (isUniqueViolation(err)) throw conflict(field, message);
    throw err;
  }
}

/**
 * The next number of a per-school sequence: an upsert that locks its row, so no two concurrent
 * writers share a number.
 */
export async function nextCounter(ctx: TxContext, schoolId: string, name: string): Promise<number> {
  const row = (await counterQuery(ctx, { schoolId, name })).rows[0];
  if (!row) throw new Error(`Counter ${name} returned nothing`);
  return Number(row.value);
}

const counterQuery = compiledOnce<{ schoolId: string; name: string }, { value: number }>((db, p) =>
  db
    .insertInto('counters')
    .values({ school_id: p((v) => v.schoolId), name: p((v) => v.name), value: 1 })
    .onConflict((oc) =>
      oc
        .columns(['school_id', 'name'])
        .doUpdateSet((eb) => ({ value: eb('counters.value', '+', 1) })),
    )
    .returning('value'),
);
