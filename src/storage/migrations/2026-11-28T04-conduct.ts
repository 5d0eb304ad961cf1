import type { Kysely } from 'kysely';

/**
 * The staff code of conduct in numbered versions, and each person's acknowledgement of each
 * version (D48). Frozen in time like every migration.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('conduct_versions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('school_id', 'text', (c) => c.notNull().references('schools.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text', (c) => c.notNull())
    .addColumn('published_by', 'text', (c) => c.notNull().references('staff.id'))
    .addUniqueConstraint('conduct_versions_school_version', ['school_id', 'version'])
    .execute();
  await db.schema
    .createTable('conduct_acknowledgements')
    .addColumn('version_id', 'text', (c) => c.notNull().references('conduct_versions.id'))
    .addColumn('staff_id', 'text', (c) => c.notNull().references('staff.id'))
    .addColumn('school_id', 'text', (c) => c.notNull())
    .addColumn('acknowledged_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('conduct_acknowledgements_pk', ['version_id', 'staff_id'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('conduct_acknowledgements').execute();
  await db.schema.dropTable('conduct_versions').execute();
}
