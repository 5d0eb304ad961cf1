import type { Kysely } from 'kysely';

/**
 * A school's own list of agencies it refers to: its local services added to Haven's built-in
 * ones, and built-in ones it never uses hidden. Frozen in time like every migration.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('school_agencies')
    .addColumn('school_id', 'text', (c) => c.notNull().references('schools.id'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull())
    .addColumn('sort', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('school_agencies_pk', ['school_id', 'code'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('school_agencies').execute();
}
