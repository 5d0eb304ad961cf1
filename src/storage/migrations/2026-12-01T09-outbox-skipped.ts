import type { Kysely } from 'kysely';

/**
 * An email can become one not to send while it waits: whom it is for was disabled, or the clock
 * it chases was met. It is kept, marked with when and why, so the outbox still accounts for
 * everything queued; a row so marked is never claimed again.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('outbox').addColumn('skipped_at', 'text').execute();
  await db.schema.alterTable('outbox').addColumn('skipped_reason', 'text').execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('outbox').dropColumn('skipped_reason').execute();
  await db.schema.alterTable('outbox').dropColumn('skipped_at').execute();
}
