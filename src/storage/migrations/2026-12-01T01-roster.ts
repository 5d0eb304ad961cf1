import type { Kysely } from 'kysely';

/**
 * Pupil imports (CSV, DfE Common Transfer File): changes to who a pupil is that an import may not
 * make by itself (a different date of birth for a UPN, a known child with another UPN) wait here
 * for a person. Frozen in time like every migration.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('pupil_identity_flags')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('school_id', 'text', (c) => c.notNull().references('schools.id'))
    .addColumn('pupil_id', 'text', (c) => c.notNull().references('pupils.id'))
    .addColumn('change', 'text', (c) => c.notNull())
    .addColumn('current_value', 'text')
    .addColumn('incoming_value', 'text', (c) => c.notNull())
    // The whole incoming row, so accepting the change applies what the file said.
    .addColumn('incoming', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('resolved_at', 'text')
    .addColumn('resolved_by', 'text')
    .addColumn('resolution', 'text')
    .execute();
  await db.schema
    .createIndex('pupil_identity_flags_open_idx')
    .on('pupil_identity_flags')
    .columns(['school_id', 'resolved_at'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('pupil_identity_flags').execute();
}
