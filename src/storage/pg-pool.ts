import type pg from 'pg';
import type { PostgresPool, PostgresPoolClient } from 'kysely';
import { preparedOf } from './compiled-once.ts';

type Send = (sql: string, values: unknown[]) => Promise<pg.QueryResult>;

/**
 * Kysely's view of the PostgreSQL pool, with two changes to how the statements compiled once
 * (the few behind every request, ADR 0006) go over the wire:
 *
 * - they are sent by name, so each connection parses and plans one only the first time;
 * - inside a transaction, those whose answer nobody reads (inserts) are sent without waiting for
 *   the answer. The pool's connections are pipelined, and PostgreSQL runs a connection's
 *   statements in order, so a later read still sees them. The next statement that is waited
 *   for, and the commit, first wait for them too, and the first of them to fail is what the unit
 *   fails with: its work is rolled back whole, as before.
 */
export function havenPool(pool: pg.Pool): PostgresPool {
  const wrapped = new WeakSet<pg.PoolClient>();
  return {
    async connect(): Promise<PostgresPoolClient> {
      const client = await pool.connect();
      if (!wrapped.has(client)) {
        wrapped.add(client);
        const query = client.query.bind(client) as unknown as Send &
          ((c: object) => Promise<pg.QueryResult>);
        const send: Send = (sql, values) => {
          const prepared = typeof sql === 'string' ? preparedOf(sql) : undefined;
          return prepared ? query({ name: prepared.name, text: sql, values }) : query(sql, values);
        };
        (client as unknown as { query: Send }).query = unansweredWrites(send);
      }
      return client as unknown as PostgresPoolClient;
    },
    end: () => pool.end(),
  };
}

/** Sends answerless statements inside a transaction without waiting; see `havenPool`. */
function unansweredWrites(send: Send): Send {
  let inTransaction = false;
  let unanswered: Promise<void>[] = [];
  let failure: { error: unknown } | null = null;

  /** Waits for every write sent so far; answers the first failure among them, once. */
  const settle = async () => {
    const writes = unanswered;
    unanswered = [];
    await Promise.all(writes);
    const failed = failure;
    failure = null;
    return failed;
  };

  return async (sql, values) => {
    if (typeof sql !== 'string') return send(sql, values);
    const keyword = transactionKeyword(sql);
    if (inTransaction && preparedOf(sql)?.answerless) {
      unanswered.push(
        send(sql, values).then(
          () => undefined,
          (error: unknown) => {
            failure ??= { error };
          },
        ),
      );
      return { command: 'UNANSWERED', rowCount: null, rows: [], fields: [], oid: 0 };
    }
    if (keyword === 'begin') inTransaction = true;
    if (keyword === 'commit' || keyword === 'rollback') inTransaction = false;
    let result: pg.QueryResult;
    try {
      result = await send(sql, values);
    } catch (error) {
      // If a write sent earlier failed, this statement failed because the transaction was
      // already aborted: the earlier failure is the one worth reporting.
      const failed = await settle();
      throw failed ? failed.error : error;
    }
    const failed = await settle();
    if (failed && keyword !== 'rollback') throw failed.error;
    return result;
  };
}

/** Whether `sql` begins or ends a transaction (`rollback to` a savepoint ends nothing). */
function transactionKeyword(sql: string): 'begin' | 'commit' | 'rollback' | null {
  // Only the first two words matter, and statements can be long.
  const words = /^\s*(\w+)(?:\s+(\w+))?/.exec(sql.slice(0, 32).toLowerCase());
  switch (words?.[1]) {
    case 'begin':
      return 'begin';
    case 'start':
      return words[2] === 'transaction' ? 'begin' : null;
    case 'commit':
    case 'end':
      return 'commit';
    case 'rollback':
    case 'abort':
      return words[2] === 'to' ? null : 'rollback';
    default:
      return null;
  }
}
