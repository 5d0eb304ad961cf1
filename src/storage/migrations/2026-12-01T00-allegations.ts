import type { Kysely } from 'kysely';

/**
 * Concerns about adults working with children (D41-D43, U02, U07): sealed cases, who is on each,
 * their own chronology, and a school's retention and pattern numbers. Alerts about a case link to
 * it. Frozen in time like every migration.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('allegations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('school_id', 'text', (c) => c.notNull().references('schools.id'))
    .addColumn('reference', 'text', (c) => c.notNull())
    .addColumn('raised_by', 'text', (c) => c.notNull().references('staff.id'))
    .addColumn('raised_at', 'text', (c) => c.notNull())
    .addColumn('subject_staff_id', 'text', (c) => c.references('staff.id'))
    .addColumn('relationship', 'text', (c) => c.notNull())
    .addColumn('subject_key', 'text', (c) => c.notNull())
    .addColumn('route', 'text', (c) => c.notNull())
    .addColumn('manager_id', 'text', (c) => c.notNull().references('staff.id'))
    .addColumn('threshold', 'text')
    .addColumn('threshold_at', 'text')
    .addColumn('lado_contacted_at', 'text')
    .addColumn('outcome', 'text')
    .addColumn('outcome_at', 'text')
    .addColumn('retention_rule', 'text')
    .addColumn('retain_until', 'text')
    .addColumn('personnel_file', 'text')
    .addColumn('wrapped_key', 'text', (c) => c.notNull())
    .addColumn('sealed', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('allegations_school_reference', ['school_id', 'reference'])
    .execute();
  await db.schema
    .createIndex('allegations_subject_idx')
    .on('allegations')
    .columns(['school_id', 'subject_key', 'raised_at'])
    .execute();
  // What the retention sweep reads: cases whose time has come.
  await db.schema
    .createIndex('allegations_retention_idx')
    .on('allegations')
    .columns(['retain_until'])
    .execute();

  await db.schema
    .createTable('allegation_members')
    .addColumn('case_id', 'text', (c) => c.notNull().references('allegations.id'))
    .addColumn('staff_id', 'text', (c) => c.notNull().references('staff.id'))
    .addColumn('school_id', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('reason_code', 'text', (c) => c.notNull())
    .addColumn('sealed_reason', 'text')
    .addColumn('added_by', 'text')
    .addColumn('added_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('allegation_members_pk', ['case_id', 'staff_id'])
    .execute();
  await db.schema
    .createIndex('allegation_members_staff_idx')
    .on('allegation_members')
    .columns(['school_id', 'staff_id'])
    .execute();

  await db.schema
    .createTable('allegation_entries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('allegations.id'))
    .addColumn('school_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    // Written order, for entries recorded at the same moment.
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('author_id', 'text', (c) => c.notNull())
    .addColumn('sealed', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('allegation_entries_case_idx')
    .on('allegation_entries')
    .columns(['case_id', 'at'])
    .execute();

  await db.schema
    .createTable('allegation_settings')
    .addColumn('school_id', 'text', (c) => c.primaryKey().references('schools.id'))
    .addColumn('pension_age', 'integer', (c) => c.notNull())
    .addColumn('keep_years', 'integer', (c) => c.notNull())
    .addColumn('removed_keep_years', 'integer', (c) => c.notNull())
    .addColumn('pattern_count', 'integer', (c) => c.notNull())
    .addColumn('pattern_months', 'integer', (c) => c.notNull())
    .execute();

  await db.schema.alterTable('notifications').addColumn('case_id', 'text').execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('notifications').dropColumn('case_id').execute();
  for (const t of [
    'allegation_settings',
    'allegation_entries',
    'allegation_members',
    'allegations',
  ]) {
    await db.schema.dropTable(t).execute();
  }
}
