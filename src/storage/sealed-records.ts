import { sql } from 'kysely';
import type { Connection } from './connect.ts';

/**
 * Whether the database already holds records sealed under a key-encryption key: a child's data
 * key is made the first time anything about that child is sealed. A database not yet migrated
 * has no such table, and nothing sealed.
 */
export async function holdsSealedRecords(conn: Connection): Promise<boolean> {
  try {
    const { rows } = await sql<{
      n: number | string;
    }>`select count(*) as n from child_keys`.execute(conn.db);
    return Number(rows[0]?.n ?? 0) > 0;
  } catch {
    return false;
  }
}
