import { sql, type Kysely } from 'kysely';

/**
 * A concern held one request for reconsideration, keyed by the concern, so a second request wiped
 * the first and the DSL's answer to it (D19). Each request becomes its own row, answered in place,
 * and at most one per concern waits for its answer (the partial unique index). Rows already kept
 * move across whole, each taking its concern's id as its own, which was unique in the old table.
 *
 * Going down keeps each concern's latest request and its answer, all the older table can hold; the
 * earlier ones stay in the child's chronology, where every request and answer is also written.
 * Frozen in time, like every migration.
 */
const COLUMNS = [
  'concern_id',
  'school_id',
  'requested_by',
  'requested_at',
  'reason_sealed',
  'answered_by',
  'answered_at',
  'answer_sealed',
] as const;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('reconsiderations_history')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('concern_id', 'text', (c) => c.notNull().references('concerns.id'))
    .addColumn('school_id', 'text', (c) => c.notNull())
    .addColumn('requested_by', 'text', (c) => c.notNull())
    .addColumn('requested_at', 'text', (c) => c.notNull())
    .addColumn('reason_sealed', 'text', (c) => c.notNull())
    .addColumn('answered_by', 'text')
    .addColumn('answered_at', 'text')
    .addColumn('answer_sealed', 'text')
    .execute();
  await db
    .insertInto('reconsiderations_history')
    .columns(['id', ...COLUMNS])
    .expression(
      db.selectFrom('reconsiderations').select([sql.ref('concern_id').as('id'), ...COLUMNS]),
    )
    .execute();
  await db.schema.dropTable('reconsiderations').execute();
  await db.schema.alterTable('reconsiderations_history').renameTo('reconsiderations').execute();
  await db.schema
    .createIndex('reconsiderations_concern_idx')
    .on('reconsiderations')
    .columns(['school_id', 'concern_id', 'requested_at'])
    .execute();
  await db.schema
    .createIndex('reconsiderations_waiting_idx')
    .unique()
    .on('reconsiderations')
    .column('concern_id')
    .where(sql.ref('answered_at'), 'is', null)
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('reconsiderations_single')
    .addColumn('concern_id', 'text', (c) => c.primaryKey().references('concerns.id'))
    .addColumn('school_id', 'text', (c) => c.notNull())
    .addColumn('requested_by', 'text', (c) => c.notNull())
    .addColumn('requested_at', 'text', (c) => c.notNull())
    .addColumn('reason_sealed', 'text', (c) => c.notNull())
    .addColumn('answered_by', 'text')
    .addColumn('answered_at', 'text')
    .addColumn('answer_sealed', 'text')
    .execute();
  await db
    .insertInto('reconsiderations_single')
    .columns([...COLUMNS])
    .expression(
      db
        .selectFrom('reconsiderations as r')
        .select(COLUMNS.map((c) => `r.${c}` as const))
        .where(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom('reconsiderations as later')
                .select('later.id')
                .whereRef('later.concern_id', '=', 'r.concern_id')
                .where((eb) =>
                  eb.or([
                    eb('later.requested_at', '>', eb.ref('r.requested_at')),
                    eb.and([
                      eb('later.requested_at', '=', eb.ref('r.requested_at')),
                      eb('later.id', '>', eb.ref('r.id')),
                    ]),
                  ]),
                ),
            ),
          ),
        ),
    )
    .execute();
  await db.schema.dropTable('reconsiderations').execute();
  await db.schema.alterTable('reconsiderations_single').renameTo('reconsiderations').execute();
}
