import type { Kysely } from 'kysely';

/**
 * A concern sent from a phone on a patchy connection may be sent twice: the reply is lost and the
 * teacher presses Send again. Each sending carries a key (Haven's client uses the draft's id), and
 * this table remembers which concern a key made, so the second sending gets the first receipt
 * instead of a second concern and a second alert.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('concern_submissions')
    .addColumn('author_id', 'text', (c) => c.notNull().references('staff.id'))
    .addColumn('submission_key', 'text', (c) => c.notNull())
    // No foreign key: the key is claimed first, before the concern it makes is written, so that
    // a second sending waits on the first rather than racing it.
    .addColumn('concern_id', 'text', (c) => c.notNull())
    .addColumn('school_id', 'text', (c) => c.notNull().references('schools.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('concern_submissions_pk', ['author_id', 'submission_key'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('concern_submissions').execute();
}
