import type { Kysely } from 'kysely';

/**
 * Attendance marks per pupil, date and session; the runs of unauthorised absence the local
 * authority must hear of (D10); children missing education and what was done to find them; and
 * the child protection and child in need plans a child is on (D39), with the once-a-day alert
 * record. Frozen in time like every migration. Dates and codes stay in clear for summaries; what
 * people wrote is sealed with the child's key.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('attendance_marks')
    .addColumn('school_id', 'text', (c) => c.notNull().references('schools.id'))
    .addColumn('pupil_id', 'text', (c) => c.notNull().references('pupils.id'))
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('session', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    // One mark per pupil, date and session: re-importing a file replaces, never duplicates.
    .addPrimaryKeyConstraint('attendance_marks_pk', ['school_id', 'pupil_id', 'date', 'session'])
    .execute();

  await db.schema
    .createTable('attendance_la_notices')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('school_id', 'text', (c) => c.notNull().references('schools.id'))
    .addColumn('pupil_id', 'text', (c) => c.notNull().references('pupils.id'))
    .addColumn('run_first', 'text', (c) => c.notNull())
    .addColumn('reached_on', 'text', (c) => c.notNull())
    .addColumn('opened_at', 'text', (c) => c.notNull())
    .addColumn('notified_at', 'text')
    .addColumn('notified_to', 'text')
    .addColumn('reference', 'text')
    .addColumn('notified_by', 'text', (c) => c.references('staff.id'))
    .execute();
  await db.schema
    .createIndex('attendance_la_notices_pupil_idx')
    .on('attendance_la_notices')
    .columns(['school_id', 'pupil_id', 'reached_on'])
    .execute();

  await db.schema
    .createTable('plan_absence_alerts')
    .addColumn('school_id', 'text', (c) => c.notNull().references('schools.id'))
    .addColumn('pupil_id', 'text', (c) => c.notNull().references('pupils.id'))
    .addColumn('day', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('plan_absence_alerts_pk', ['school_id', 'pupil_id', 'day'])
    .execute();

  await db.schema
    .createTable('welfare_plans')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('school_id', 'text', (c) => c.notNull().references('schools.id'))
    .addColumn('pupil_id', 'text', (c) => c.notNull().references('pupils.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('starts_on', 'text', (c) => c.notNull())
    .addColumn('ends_on', 'text')
    .addColumn('recorded_by', 'text', (c) => c.notNull().references('staff.id'))
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('welfare_plans_pupil_idx')
    .on('welfare_plans')
    .columns(['school_id', 'pupil_id'])
    .execute();

  await db.schema
    .createTable('cme_entries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('school_id', 'text', (c) => c.notNull().references('schools.id'))
    .addColumn('pupil_id', 'text', (c) => c.notNull().references('pupils.id'))
    .addColumn('last_seen_on', 'text', (c) => c.notNull())
    .addColumn('opened_at', 'text', (c) => c.notNull())
    .addColumn('opened_by', 'text', (c) => c.notNull().references('staff.id'))
    .addColumn('closed_at', 'text')
    .addColumn('closed_by', 'text', (c) => c.references('staff.id'))
    .addColumn('sealed', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('cme_entries_school_idx')
    .on('cme_entries')
    .columns(['school_id', 'closed_at'])
    .execute();

  await db.schema
    .createTable('cme_actions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('school_id', 'text', (c) => c.notNull().references('schools.id'))
    .addColumn('entry_id', 'text', (c) => c.notNull().references('cme_entries.id'))
    .addColumn('pupil_id', 'text', (c) => c.notNull().references('pupils.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.notNull().references('staff.id'))
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addColumn('sealed', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('cme_actions_entry_idx')
    .on('cme_actions')
    .columns(['school_id', 'entry_id', 'at'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    'cme_actions',
    'cme_entries',
    'welfare_plans',
    'plan_absence_alerts',
    'attendance_la_notices',
    'attendance_marks',
  ])
    await db.schema.dropTable(t).execute();
}
