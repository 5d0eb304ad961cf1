import { Migrator, sql, type Migration, type MigrationProvider } from 'kysely';
import * as foundation from './migrations/2026-11-28T00-foundation.ts';
import * as concerns from './migrations/2026-11-28T01-concerns.ts';
import * as deadlines from './migrations/2026-11-28T02-deadlines.ts';
import * as agencies from './migrations/2026-11-28T03-agencies.ts';
import * as conduct from './migrations/2026-11-28T04-conduct.ts';
import * as allegations from './migrations/2026-12-01T00-allegations.ts';
import * as roster from './migrations/2026-12-01T01-roster.ts';
import * as attendance from './migrations/2026-12-01T02-attendance.ts';
import * as concernAlertColumns from './migrations/2026-12-01T03-concern-alert-columns.ts';
import * as sealedWaiverReasons from './migrations/2026-12-01T04-sealed-waiver-reasons.ts';
import * as reconsiderationHistory from './migrations/2026-12-01T05-reconsideration-history.ts';
import * as concernSubmissions from './migrations/2026-12-01T06-concern-submissions.ts';
import * as needLevels from './migrations/2026-12-01T07-need-levels.ts';
import * as categorySeedKcsie from './migrations/2026-12-01T08-category-seed-kcsie.ts';
import * as outboxSkipped from './migrations/2026-12-01T09-outbox-skipped.ts';
import type { Connection } from './connect.ts';

/** Migrations are listed here, in order, so bundlers and tests see the same set. */
const MIGRATIONS: Record<string, Migration> = {
  '2026-11-28T00-foundation': foundation,
  '2026-11-28T01-concerns': concerns,
  '2026-11-28T02-deadlines': deadlines,
  '2026-11-28T03-agencies': agencies,
  '2026-11-28T04-conduct': conduct,
  '2026-12-01T00-allegations': allegations,
  '2026-12-01T01-roster': roster,
  '2026-12-01T02-attendance': attendance,
  '2026-12-01T03-concern-alert-columns': concernAlertColumns,
  '2026-12-01T04-sealed-waiver-reasons': sealedWaiverReasons,
  '2026-12-01T05-reconsideration-history': reconsiderationHistory,
  '2026-12-01T06-concern-submissions': concernSubmissions,
  '2026-12-01T07-need-levels': needLevels,
  '2026-12-01T08-category-seed-kcsie': categorySeedKcsie,
  '2026-12-01T09-outbox-skipped': outboxSkipped,
};

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

/**
 * Kysely runs SQLite's migrations outside a transaction (it takes SQLite's DDL for
 * non-transactional). It is transactional, so each migration runs in one: a migration that fails
 * half-way leaves nothing behind, and the next start finds the database as it was.
 */
export function transactional(m: Migration): Migration {
  const { down } = m;
  return {
    up: (db) => db.transaction().execute((trx) => m.up(trx)),
    ...(down ? { down: (db) => db.transaction().execute((trx) => down(trx)) } : {}),
  };
}

const inTransactions: MigrationProvider = {
  getMigrations: async () =>
    Object.fromEntries(Object.entries(MIGRATIONS).map(([name, m]) => [name, transactional(m)])),
};

/**
 * Kysely looks for its bookkeeping tables across every schema it can see; on a PostgreSQL shared
 * with other schemas that finds the wrong ones, so it is pinned to the connection's own schema.
 */
async function migratorFor(conn: Connection): Promise<Migrator> {
  if (conn.engine !== 'postgres') return new Migrator({ db: conn.db, provider: inTransactions });
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(
    conn.db,
  );
  return new Migrator({ db: conn.db, provider, migrationTableSchema: rows[0]?.schema ?? 'public' });
}

/**
 * Runs pending migrations under Kysely's lock (an advisory lock on PostgreSQL). SQLite has no
 * cross-connection migration lock, but each migration runs in its own transaction: when two
 * servers race, the loser rolls back whole and tries again, and then finds the work done.
 */
export async function migrateToLatest(conn: Connection, attempts = 5): Promise<string[]> {
  const migrator = await migratorFor(conn);
  // Building an index sorts the whole table: on a file with years of history that belongs in a
  // temporary file, not in the memory the connection otherwise keeps its temporary work in.
  conn.sqlite?.pragma('temp_store = FILE');
  try {
    for (let attempt = 1; ; attempt++) {
      const { error, results } = await migrator.migrateToLatest();
      if (!error)
        return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
      if (attempt >= attempts) throw error instanceof Error ? error : new Error(String(error));
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
    }
  } finally {
    conn.sqlite?.pragma('temp_store = MEMORY');
  }
}

/** True when every known migration has run: what /readyz reports. */
export async function migrationsCurrent(conn: Connection): Promise<boolean> {
  const migrator = await migratorFor(conn);
  const all = await migrator.getMigrations();
  return all.every((m) => m.executedAt !== undefined);
}

/** Whether the database answers at all: what /readyz asks first. */
export async function databaseAnswers(conn: Connection): Promise<boolean> {
  try {
    await sql`select 1`.execute(conn.db);
    return true;
  } catch {
    return false;
  }
}
