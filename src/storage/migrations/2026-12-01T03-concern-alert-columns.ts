import type { Kysely } from 'kysely';

/**
 * A concern's escalation level and last alert time were written when it was recorded and never
 * read again: escalation is the `urgent_ack` deadline's business (core/deadlines), and a column that
 * looks like state but is never kept up to date would mislead whoever reads it next.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('concerns').dropColumn('escalation_level').execute();
  await db.schema.alterTable('concerns').dropColumn('last_alert_at').execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('concerns')
    .addColumn('escalation_level', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .alterTable('concerns')
    .addColumn('last_alert_at', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
}
