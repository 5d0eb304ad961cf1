import type { Kysely } from 'kysely';

/**
 * Concerns, child protection files, access grants, alerts. Frozen in time like every migration.
 * Narrative columns hold AES-256-GCM ciphertext sealed with the child's own data key; dates,
 * categories and statuses stay in clear so lists and reports stay fast.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('categories')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('school_id', 'text', (c) => c.notNull().references('schools.id'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('grp', 'text')
    .addColumn('active', 'integer', (c) => c.notNull())
    .addColumn('sort', 'integer', (c) => c.notNull())
    .addUniqueConstraint('categories_school_code', ['school_id', 'code'])
    .execute();

  // One data key per child, wrapped by the key-encryption key. Destroying it shreds the file.
  await db.schema
    .createTable('child_keys')
    .addColumn('pupil_id', 'text', (c) => c.primaryKey().references('pupils.id'))
    .addColumn('school_id', 'text', (c) => c.notNull())
    .addColumn('wrapped_key', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('destroyed_at', 'text')
    .execute();

  // Per-school sequences (concern references): an upsert that locks its row, so no two
  // concurrent concerns share a number.
  await db.schema
    .createTable('counters')
    .addColumn('school_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('value', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('counters_pk', ['school_id', 'name'])
    .execute();

  await db.schema
    .createTable('concerns')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('school_id', 'text', (c) => c.notNull().references('schools.id'))
    .addColumn('reference', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.notNull().references('staff.id'))
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addColumn('incident_at', 'text', (c) => c.notNull())
    .addColumn('primary_category_id', 'text', (c) => c.notNull())
    .addColumn('tag_ids', 'text', (c) => c.notNull())
    .addColumn('immediate_risk', 'integer', (c) => c.notNull())
    .addColumn('spoke_to_dsl', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('owner_id', 'text')
    .addColumn('acknowledged_at', 'text')
    .addColumn('acknowledged_by', 'text')
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('escalation_level', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_alert_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('concerns_school_reference', ['school_id', 'reference'])
    .execute();
  await db.schema
    .createIndex('concerns_all_idx')
    .on('concerns')
    .columns(['school_id', 'immediate_risk', 'recorded_at'])
    .execute();
  await db.schema
    .createIndex('concerns_inbox_idx')
    .on('concerns')
    .columns(['school_id', 'status', 'immediate_risk', 'recorded_at'])
    .execute();
  await db.schema
    .createIndex('concerns_recorder_idx')
    .on('concerns')
    .columns(['school_id', 'recorded_by'])
    .execute();

  // The concern as it concerns one child: its narrative sealed with that child's key.
  await db.schema
    .createTable('concern_children')
    .addColumn('concern_id', 'text', (c) => c.notNull().references('concerns.id'))
    .addColumn('pupil_id', 'text', (c) => c.notNull().references('pupils.id'))
    .addColumn('school_id', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('sealed', 'text')
    .addPrimaryKeyConstraint('concern_children_pk', ['concern_id', 'pupil_id'])
    .execute();
  await db.schema
    .createIndex('concern_children_pupil_idx')
    .on('concern_children')
    .columns(['school_id', 'pupil_id'])
    .execute();

  // Everything in a child's file, newest first: concerns, addenda, decisions, actions, notes.
  await db.schema
    .createTable('file_entries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('school_id', 'text', (c) => c.notNull())
    .addColumn('pupil_id', 'text', (c) => c.notNull().references('pupils.id'))
    .addColumn('concern_id', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('author_id', 'text', (c) => c.notNull())
    .addColumn('significant', 'integer', (c) => c.notNull())
    .addColumn('sealed', 'text')
    .execute();
  await db.schema
    .createIndex('file_entries_pupil_idx')
    .on('file_entries')
    .columns(['school_id', 'pupil_id', 'at'])
    .execute();

  await db.schema
    .createTable('cp_files')
    .addColumn('pupil_id', 'text', (c) => c.primaryKey().references('pupils.id'))
    .addColumn('school_id', 'text', (c) => c.notNull())
    .addColumn('opened_at', 'text', (c) => c.notNull())
    .addColumn('opened_by', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('concern_actions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('concern_id', 'text', (c) => c.notNull().references('concerns.id'))
    .addColumn('school_id', 'text', (c) => c.notNull())
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('sealed', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('done_at', 'text')
    .execute();

  await db.schema
    .createTable('concern_decisions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('concern_id', 'text', (c) => c.notNull().references('concerns.id'))
    .addColumn('school_id', 'text', (c) => c.notNull())
    .addColumn('decided_by', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('level_of_need', 'text', (c) => c.notNull())
    .addColumn('sealed', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('reconsiderations')
    .addColumn('concern_id', 'text', (c) => c.primaryKey().references('concerns.id'))
    .addColumn('school_id', 'text', (c) => c.notNull())
    .addColumn('requested_by', 'text', (c) => c.notNull())
    .addColumn('requested_at', 'text', (c) => c.notNull())
    .addColumn('reason_sealed', 'text', (c) => c.notNull())
    .addColumn('answered_by', 'text')
    .addColumn('answered_at', 'text')
    .addColumn('answer_sealed', 'text')
    .execute();

  // Photos and documents: content sealed with the first child's key, type checked by content.
  await db.schema
    .createTable('attachments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('school_id', 'text', (c) => c.notNull())
    .addColumn('concern_id', 'text', (c) => c.notNull().references('concerns.id'))
    .addColumn('pupil_id', 'text', (c) => c.notNull())
    .addColumn('uploaded_by', 'text', (c) => c.notNull())
    .addColumn('uploaded_at', 'text', (c) => c.notNull())
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('sealed_name', 'text', (c) => c.notNull())
    .addColumn('sealed_content', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('attachments_concern_idx')
    .on('attachments')
    .columns(['school_id', 'concern_id'])
    .execute();

  await db.schema
    .createTable('concern_drafts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('school_id', 'text', (c) => c.notNull())
    .addColumn('author_id', 'text', (c) => c.notNull().references('staff.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('sealed', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('access_grants')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('school_id', 'text', (c) => c.notNull())
    .addColumn('pupil_id', 'text', (c) => c.notNull().references('pupils.id'))
    .addColumn('grantee_id', 'text', (c) => c.notNull().references('staff.id'))
    .addColumn('granted_by', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .execute();
  await db.schema
    .createIndex('access_grants_lookup_idx')
    .on('access_grants')
    .columns(['school_id', 'pupil_id', 'grantee_id'])
    .execute();

  await db.schema
    .createTable('notifications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('school_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull().references('staff.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('concern_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('read_at', 'text')
    .execute();
  await db.schema
    .createIndex('notifications_user_idx')
    .on('notifications')
    .columns(['user_id', 'created_at'])
    .execute();

  // The durable outbox: written in the same transaction as the change, sent after commit.
  await db.schema
    .createTable('outbox')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('school_id', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('available_at', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('claimed_until', 'text')
    .addColumn('sent_at', 'text')
    .addColumn('last_error', 'text')
    .execute();
  await db.schema
    .createIndex('outbox_due_idx')
    .on('outbox')
    .columns(['sent_at', 'available_at'])
    .execute();

  // Who to call (D04, D17, D46): local numbers a school edits, seeded with public ones.
  await db.schema
    .createTable('local_contacts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('school_id', 'text', (c) => c.notNull().references('schools.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('phone', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('sort', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('local_contacts_school_idx')
    .on('local_contacts')
    .columns(['school_id', 'sort'])
    .execute();

  await db.schema.alterTable('staff').addColumn('unavailable_until', 'text').execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('staff').dropColumn('unavailable_until').execute();
  for (const t of [
    'local_contacts',
    'outbox',
    'notifications',
    'access_grants',
    'concern_drafts',
    'reconsiderations',
    'concern_decisions',
    'concern_actions',
    'cp_files',
    'file_entries',
    'concern_children',
    'concerns',
    'counters',
    'child_keys',
    'categories',
  ]) {
    await db.schema.dropTable(t).execute();
  }
}
