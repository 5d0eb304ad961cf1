import type { Kysely } from 'kysely';

/**
 * Levels of need become each school's own (D47: other areas use other models). A row per level,
 * not a JSON document, so the database keeps codes unique per school, and two people changing
 * different levels at once cannot overwrite each other. No rows are copied here: a school gets
 * the default model the first time it asks, as it does its categories, and decisions already
 * recorded use the default's codes.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('need_models')
    .addColumn('school_id', 'text', (c) => c.primaryKey().references('schools.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('need_levels')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('school_id', 'text', (c) => c.notNull().references('schools.id'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull())
    .addUniqueConstraint('need_levels_school_code', ['school_id', 'code'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('need_levels').execute();
  await db.schema.dropTable('need_models').execute();
}
