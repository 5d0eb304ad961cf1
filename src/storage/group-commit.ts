import { CompiledQuery, type Kysely } from 'kysely';
import type SQLite from 'better-sqlite3';
import type { Repos, Store } from '../core/ports.ts';
import type { Database } from './schema.ts';

interface Pending {
  fn: (repos: Repos) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (err: unknown) => void;
}

// Run around every unit: compiled once rather than per statement.
const STATEMENTS = {
  begin: CompiledQuery.raw('begin immediate'),
  commit: CompiledQuery.raw('commit'),
  rollback: CompiledQuery.raw('rollback'),
  savepoint: CompiledQuery.raw('savepoint unit'),
  release: CompiledQuery.raw('release unit'),
  rollbackUnit: CompiledQuery.raw('rollback to unit'),
};
type Statement = keyof typeof STATEMENTS;
const run = (one: Kysely<Database>, s: Statement) => one.executeQuery(STATEMENTS[s]);

/** More than this many waiting units start a second batch, so one batch stays short. */
const MAX_BATCH = 64;

/**
 * Group commit for the embedded SQLite file (ADR 0004). SQLite has one writer and every commit
 * is an fsync, so transactions that arrive while one is running are queued and then run together
 * inside one BEGIN…COMMIT, each in its own savepoint: a unit that fails is rolled back alone,
 * and every unit's promise settles only after the shared COMMIT is on disk.
 */
export function groupCommitStore(
  db: Kysely<Database>,
  sqlite: SQLite.Database,
  reposFor: (db: Kysely<Database>) => Repos,
): Pick<Store, 'transaction'> {
  const queue: Pending[] = [];
  let draining = false;

  async function runBatch(batch: Pending[]): Promise<void> {
    await db.connection().execute(async (one) => {
      try {
        await runUnits(one, batch);
      } catch (err) {
        if (sqlite.inTransaction) await run(one, 'rollback');
        throw err;
      }
    });
  }

  async function runUnits(one: Kysely<Database>, batch: Pending[]): Promise<void> {
    const done: { unit: Pending; value: unknown }[] = [];
    await run(one, 'begin');
    for (const [i, unit] of batch.entries()) {
      const outcome = await runUnit(one, unit);
      if (outcome.ok) done.push({ unit, value: outcome.value });
      else if (!sqlite.inTransaction) {
        // SQLite abandoned the whole transaction (disk full, I/O error): nobody's work survived,
        // and the units not yet run go back to the front of the queue.
        for (const d of done) d.unit.reject(outcome.error);
        queue.unshift(...batch.slice(i + 1));
        return;
      }
    }
    try {
      await run(one, 'commit');
    } catch (err) {
      if (sqlite.inTransaction) await run(one, 'rollback');
      for (const d of done) d.unit.reject(err);
      return;
    }
    for (const d of done) d.unit.resolve(d.value);
  }

  async function runUnit(
    one: Kysely<Database>,
    unit: Pending,
  ): Promise<{ ok: true; value: unknown } | { ok: false; error: unknown }> {
    await run(one, 'savepoint');
    try {
      const value = await unit.fn(reposFor(one));
      await run(one, 'release');
      return { ok: true, value };
    } catch (error) {
      if (sqlite.inTransaction) {
        await run(one, 'rollbackUnit');
        await run(one, 'release');
      }
      unit.reject(error);
      return { ok: false, error };
    }
  }

  async function drain(): Promise<void> {
    try {
      while (queue.length > 0) {
        const batch = queue.splice(0, MAX_BATCH);
        try {
          await runBatch(batch);
        } catch (err) {
          // BEGIN failed (another process held the file past the busy timeout) or the connection
          // broke; anything not yet settled fails, and settled promises ignore this.
          for (const unit of batch) unit.reject(err);
        }
      }
    } finally {
      draining = false;
    }
  }

  return {
    transaction<T>(fn: (repos: Repos) => Promise<T>): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        queue.push({ fn, resolve: resolve as (v: unknown) => void, reject });
        if (draining) return;
        draining = true;
        // better-sqlite3 is synchronous, so a transaction never yields to I/O; waiting for the
        // check phase lets the requests already read in the same poll phase join this batch.
        setImmediate(() => void drain());
      });
    },
  };
}
