import type { Compilable, CompiledQuery, Insertable, Kysely, QueryResult } from 'kysely';
import type { Database } from './schema.ts';
import type { TxContext } from './repositories/tx.ts';
import type { Engine } from './connect.ts';

/** Stands in for a value while the query is built: it says where the real value comes from. */
class Slot<P> {
  constructor(readonly take: (values: P) => unknown) {}
}

/** Marks where a value goes; typed as the value so the builder checks it like any other. */
export type Slotter<P> = <T>(take: (values: P) => T) => T;

interface Compiled<P> {
  query: CompiledQuery;
  fill: (values: P) => unknown[];
}

/** Shapes above this (a bulk insert of many rows) are built afresh rather than kept. */
const MAX_CACHED_SHAPE = 64;

/** How PostgreSQL is sent a statement kept here (see `pg-pool.ts`). */
export interface Prepared {
  /** Each connection prepares the statement once under this name, then reuses its plan. */
  name: string;
  /** Nobody reads its answer, so inside a transaction it need not be waited for. */
  answerless: boolean;
}

/**
 * The SQL of every statement kept here. Only kept statements are named, so the number of
 * prepared statements has a bound.
 */
const preparedStatements = new Map<string, Prepared>();

/** How a kept statement is sent, or undefined for any other SQL. */
export const preparedOf = (sql: string): Prepared | undefined => preparedStatements.get(sql);

/**
 * A statement built and compiled once per engine and shape, then run with fresh values. Building
 * and compiling with Kysely costs more than SQLite takes to run a small statement, and the few
 * statements behind every request (the session, recording a concern, the audit chain) never
 * change. `shape` tells apart variants whose SQL differs, such as the number of rows inserted.
 * Values still travel as bound parameters, never in the SQL text.
 */
export function compiledOnce<P, O = unknown>(
  build: (db: Kysely<Database>, p: Slotter<P>, shape: number, engine: Engine) => Compilable<O>,
  /** `answerless`: the caller never reads the result (an insert that returns nothing). */
  opts: { answerless?: boolean } = {},
): (ctx: TxContext, values: P, shape?: number) => Promise<QueryResult<O>> {
  const cache = new Map<string, Compiled<P>>();
  const slot: Slotter<P> = (take) => new Slot(take) as never;
  const compile = (ctx: TxContext, shape: number): Compiled<P> => {
    const query = build(ctx.db, slot, shape, ctx.engine).compile();
    const takes = query.parameters.map((v) => (v instanceof Slot ? (v as Slot<P>).take : () => v));
    return { query, fill: (vs) => takes.map((take) => take(vs)) };
  };
  return (ctx, values, shape = 0) => {
    const key = `${ctx.engine}:${shape}`;
    let compiled = cache.get(key);
    if (!compiled) {
      compiled = compile(ctx, shape);
      if (shape <= MAX_CACHED_SHAPE) {
        cache.set(key, compiled);
        if (ctx.engine === 'postgres' && !preparedStatements.has(compiled.query.sql))
          preparedStatements.set(compiled.query.sql, {
            name: `haven_${preparedStatements.size + 1}`,
            answerless: opts.answerless === true,
          });
      }
    }
    return ctx.db.executeQuery<O>({
      ...compiled.query,
      parameters: compiled.fill(values),
    } as CompiledQuery<O>);
  };
}

/** The first row of a result, or undefined: what `executeTakeFirst` answers. */
export const firstRow = <O>(result: QueryResult<O>): O | undefined => result.rows[0];

/** A row of slots, one per column, each taking that column from the row `take` picks. */
export function rowSlots<P>(
  p: Slotter<P>,
  take: (values: P) => object | undefined,
  columns: readonly string[],
): never {
  const column = (c: string) => (v: P) => (take(v) as Record<string, unknown> | undefined)?.[c];
  return Object.fromEntries(columns.map((c) => [c, p(column(c))])) as never;
}

/**
 * An insert of any number of rows into one table, each row with exactly `columns`, compiled once
 * per row count.
 */
export function insertRows<T extends keyof Database & string>(
  table: T,
  columns: readonly (keyof Insertable<Database[T]> & string)[],
): (ctx: TxContext, rows: readonly Insertable<Database[T]>[]) => Promise<void> {
  type Row = Record<string, unknown>;
  const run = compiledOnce<{ rows: readonly Row[] }>(
    (db, p, n) =>
      db
        .insertInto(table)
        .values(
          Array.from({ length: n }, (_, i) => rowSlots(p, (v) => v.rows[i], columns) as never),
        ),
    { answerless: true },
  );
  return async (ctx, rows) => {
    if (rows.length) await run(ctx, { rows: rows as readonly Row[] }, rows.length);
  };
}
