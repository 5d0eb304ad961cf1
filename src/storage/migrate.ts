import { Migrator, type Migration, type MigrationProvider } from 'kysely';
import type { Kysely } from 'kysely';
import * as foundation from './migrations/2026-11-28T00-foundation.ts';
import type { Database } from './schema.ts';

/** Migrations are listed here, in order, so bundlers and tests see the same set. */
const MIGRATIONS: Record<string, Migration> = {
  '2026-11-28T00-foundation': foundation,
};

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

/**
 * Runs pending migrations under Kysely's lock (an advisory lock on PostgreSQL). SQLite has no
 * cross-connection migration lock, but its DDL is transactional: when two servers race, the
 * loser rolls back whole and tries again, and then finds the work done.
 */
export async function migrateToLatest(db: Kysely<Database>, attempts = 5): Promise<string[]> {
  const migrator = new Migrator({ db, provider });
  for (let attempt = 1; ; attempt++) {
    const { error, results } = await migrator.migrateToLatest();
    if (!error)
      return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
    if (attempt >= attempts) throw error instanceof Error ? error : new Error(String(error));
    await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
  }
}

/** True when every known migration has run: what /readyz reports. */
export async function migrationsCurrent(db: Kysely<Database>): Promise<boolean> {
  const migrator = new Migrator({ db, provider });
  const all = await migrator.getMigrations();
  return all.every((m) => m.executedAt !== undefined);
}
