import type { Kysely } from 'kysely';

/**
 * School calendars, statutory deadlines, referrals, parents' notifications, information sharing
 * and child protection meetings. Frozen in time like every migration. What happened (dates,
 * agencies, states, codes) stays in clear for dashboards and returns; what was said is sealed with
 * the child's key.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('calendar_entries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('school_id', 'text', (c) => c.notNull().references('schools.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('first', 'text', (c) => c.notNull())
    .addColumn('last', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('calendar_entries_school_idx')
    .on('calendar_entries')
    .columns(['school_id', 'first'])
    .execute();

  // Values a school may change in a rule (e.g. working days before a referral is chased).
  await db.schema
    .createTable('deadline_settings')
    .addColumn('school_id', 'text', (c) => c.notNull().references('schools.id'))
    .addColumn('rule', 'text', (c) => c.notNull())
    .addColumn('value', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('deadline_settings_pk', ['school_id', 'rule'])
    .execute();

  await db.schema
    .createTable('deadlines')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('school_id', 'text', (c) => c.notNull().references('schools.id'))
    .addColumn('rule', 'text', (c) => c.notNull())
    .addColumn('subject_type', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('pupil_id', 'text', (c) => c.references('pupils.id'))
    .addColumn('owner_id', 'text', (c) => c.references('staff.id'))
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('due_at', 'text', (c) => c.notNull())
    .addColumn('remind_at', 'text')
    .addColumn('basis', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('stage', 'integer', (c) => c.notNull())
    .addColumn('next_check_at', 'text')
    .addColumn('closed_at', 'text')
    .addColumn('closed_by', 'text')
    .addColumn('waived_reason', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  // The sweeper's index: only deadlines still being watched have a next check.
  await db.schema
    .createIndex('deadlines_next_check_idx')
    .on('deadlines')
    .columns(['next_check_at'])
    .execute();
  await db.schema
    .createIndex('deadlines_school_idx')
    .on('deadlines')
    .columns(['school_id', 'state', 'due_at'])
    .execute();
  await db.schema
    .createIndex('deadlines_subject_idx')
    .on('deadlines')
    .columns(['subject_id', 'rule'])
    .execute();

  await db.schema
    .createTable('referrals')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('school_id', 'text', (c) => c.notNull().references('schools.id'))
    .addColumn('pupil_id', 'text', (c) => c.notNull().references('pupils.id'))
    .addColumn('concern_id', 'text', (c) => c.references('concerns.id'))
    .addColumn('agency', 'text', (c) => c.notNull())
    .addColumn('method', 'text', (c) => c.notNull())
    .addColumn('urgent', 'integer', (c) => c.notNull())
    .addColumn('fgm', 'integer', (c) => c.notNull())
    .addColumn('without_dsl', 'integer', (c) => c.notNull())
    .addColumn('abuse_category', 'text')
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('agency_reference', 'text')
    .addColumn('made_by', 'text', (c) => c.notNull().references('staff.id'))
    .addColumn('made_at', 'text')
    .addColumn('acknowledged_at', 'text')
    .addColumn('outcome', 'text')
    .addColumn('outcome_at', 'text')
    .addColumn('closure_reason', 'text')
    .addColumn('closed_at', 'text')
    .addColumn('withdrawn_at', 'text')
    .addColumn('sealed', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('referrals_school_idx')
    .on('referrals')
    .columns(['school_id', 'state', 'created_at'])
    .execute();
  await db.schema
    .createIndex('referrals_pupil_idx')
    .on('referrals')
    .columns(['school_id', 'pupil_id'])
    .execute();

  // D18 parents told (or why not) and D37 information shared: one table of recorded decisions.
  await db.schema
    .createTable('disclosures')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('school_id', 'text', (c) => c.notNull().references('schools.id'))
    .addColumn('pupil_id', 'text', (c) => c.notNull().references('pupils.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('concern_id', 'text', (c) => c.references('concerns.id'))
    .addColumn('referral_id', 'text', (c) => c.references('referrals.id'))
    .addColumn('decision', 'text', (c) => c.notNull())
    .addColumn('basis', 'text')
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('by_id', 'text', (c) => c.notNull().references('staff.id'))
    .addColumn('recorded_by', 'text', (c) => c.notNull().references('staff.id'))
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addColumn('sealed', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('disclosures_pupil_idx')
    .on('disclosures')
    .columns(['school_id', 'pupil_id', 'kind'])
    .execute();

  // Strategy discussions, conferences, core groups: the statutory clocks start from these.
  await db.schema
    .createTable('cp_meetings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('school_id', 'text', (c) => c.notNull().references('schools.id'))
    .addColumn('pupil_id', 'text', (c) => c.notNull().references('pupils.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('held_at', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.notNull().references('staff.id'))
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addColumn('sealed', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('cp_meetings_pupil_idx')
    .on('cp_meetings')
    .columns(['school_id', 'pupil_id', 'held_at'])
    .execute();

  await db.schema.alterTable('notifications').addColumn('deadline_id', 'text').execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('notifications').dropColumn('deadline_id').execute();
  for (const t of [
    'cp_meetings',
    'disclosures',
    'referrals',
    'deadlines',
    'deadline_settings',
    'calendar_entries',
  ]) {
    await db.schema.dropTable(t).execute();
  }
}
