import { Migrator, type Migration, type MigrationProvider } from 'kysely';
import type { Kysely } from 'kysely';
import * as foundation from './migrations/2026-11-28T00-foundation.ts';
import type { Database } from './schema.ts';

/** Migrations are listed here, in order, so bundlers and tests see the same set. */
const MIGRATIONS: Record<string, Migration> = {
  '2026-11-28T00-foundation': foundation,
};

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

/** Runs pending migrations under Kysely's lock (an advisory lock on PostgreSQL). */
export async function migrateToLatest(db: Kysely<Database>): Promise<string[]> {
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** True when every known migration has run: what /readyz reports. */
export async function migrationsCurrent(db: Kysely<Database>): Promise<boolean> {
  const migrator = new Migrator({ db, provider });
  const all = await migrator.getMigrations();
  return all.every((m) => m.executedAt !== undefined);
}
