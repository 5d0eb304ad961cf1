import type { AuthRepo, Credentials } from '../../core/auth/ports.ts';
import type { Database } from '../schema.ts';
import { roleListColumn, rolesFromList, toStaff, type StaffRecordColumns } from './staff.ts';
import { toSession } from './sessions.ts';
import type { TxContext } from './tx.ts';
import { compiledOnce, firstRow } from '../compiled-once.ts';

type StaffWithRoles = Database['staff'] & { role_list: string | null };

/** A staff row with the person's roles in the same statement: read on every signed-in request. */
const staffBy = (column: 'id' | 'email') =>
  compiledOnce<{ value: string }, StaffWithRoles>((db, p, _n, engine) =>
    db
      .selectFrom('staff')
      .selectAll()
      .select((eb) => roleListColumn(eb, engine))
      .where(
        column,
        '=',
        p((v) => v.value),
      ),
  );
const staffById = staffBy('id');

/**
 * The holder's columns the check behind every request reads: what `toStaff` needs, and none of
 * the credentials (password hash, two-step secret), which only signing in reads.
 */
const HOLDER_COLUMNS = [
  'id',
  'school_id',
  'full_name',
  'email',
  'job_title',
  'disabled',
  'mfa_enrolled_at',
  'last_sign_in_at',
  'unavailable_until',
  'created_at',
  'updated_at',
] as const satisfies readonly (keyof StaffRecordColumns)[];
type Holder = Pick<Database['staff'], (typeof HOLDER_COLUMNS)[number]>;
type Prefixed = { [K in (typeof HOLDER_COLUMNS)[number] as `staff_${K}`]: Database['staff'][K] };

/** The check behind every signed-in request: the session, its holder and their roles at once. */
const sessionAndStaff = compiledOnce<
  { idHash: string },
  Database['sessions'] & Prefixed & { role_list: string | null }
>((db, p, _n, engine) =>
  db
    .selectFrom('sessions')
    .innerJoin('staff', 'staff.id', 'sessions.user_id')
    .selectAll('sessions')
    .select(HOLDER_COLUMNS.map((c) => `staff.${c} as staff_${c}` as const))
    .select((eb) => roleListColumn(eb, engine))
    .where(
      'sessions.id_hash',
      '=',
      p((v) => v.idHash),
    ),
);

const unprefixed = (row: Prefixed): Holder =>
  Object.fromEntries(HOLDER_COLUMNS.map((c) => [c, row[`staff_${c}`]])) as unknown as Holder;
const staffByEmail = staffBy('email');

const toCreds = (row: StaffWithRoles | undefined): Credentials | null => {
  if (!row) return null;
  const { role_list, ...staff } = row;
  return toCredentials(staff, rolesFromList(role_list));
};

const toCredentials = (row: Database['staff'], roles: string[]): Credentials => ({
  user: toStaff(row, roles),
  passwordHash: row.password_hash,
  mfaSecretSealed: row.mfa_secret,
  mfaLastStep: row.mfa_last_step === null ? null : Number(row.mfa_last_step),
  failedAttempts: row.failed_attempts,
  lockedUntil: row.locked_until,
});

/** Credentials live on the staff row but are only ever read through this repository. */
export const authRepo = (ctx: TxContext): AuthRepo => {
  const { db } = ctx;
  return {
    byEmail: async (email) => toCreds(firstRow(await staffByEmail(ctx, { value: email }))),
    byId: async (id) => toCreds(firstRow(await staffById(ctx, { value: id }))),
    async sessionWithHolder(idHash) {
      const row = firstRow(await sessionAndStaff(ctx, { idHash }));
      if (!row) return null;
      return {
        session: toSession(row),
        user: toStaff(unprefixed(row), rolesFromList(row.role_list)),
      };
    },
    async setPassword(userId, hash, at) {
      await db
        .updateTable('staff')
        .set({
          password_hash: hash,
          failed_attempts: 0,
          locked_until: null,
          updated_at: at.toISOString(),
        })
        .where('id', '=', userId)
        .execute();
    },
    async recordFailure(userId, lockedUntil) {
      const row = await db
        .updateTable('staff')
        .set((eb) => ({
          failed_attempts: eb('failed_attempts', '+', 1),
          ...(lockedUntil ? { locked_until: lockedUntil.toISOString(), failed_attempts: 0 } : {}),
        }))
        .where('id', '=', userId)
        .returning('failed_attempts')
        .executeTakeFirst();
      return row?.failed_attempts ?? 0;
    },
    async recordSuccess(userId, at) {
      await db
        .updateTable('staff')
        .set({ failed_attempts: 0, locked_until: null, last_sign_in_at: at.toISOString() })
        .where('id', '=', userId)
        .execute();
    },
    async setMfa(userId, sealed, at) {
      await db
        .updateTable('staff')
        .set({
          mfa_secret: sealed,
          mfa_enrolled_at: sealed ? at.toISOString() : null,
          mfa_last_step: null,
          updated_at: at.toISOString(),
        })
        .where('id', '=', userId)
        .execute();
    },
    async claimMfaStep(userId, step) {
      const res = await db
        .updateTable('staff')
        .set({ mfa_last_step: step })
        .where('id', '=', userId)
        .where((eb) => eb.or([eb('mfa_last_step', 'is', null), eb('mfa_last_step', '<', step)]))
        .executeTakeFirst();
      return Number(res.numUpdatedRows) === 1;
    },
    async replaceRecoveryCodes(userId, hashes, at) {
      await db.deleteFrom('recovery_codes').where('staff_id', '=', userId).execute();
      if (hashes.length) {
        await db
          .insertInto('recovery_codes')
          .values(
            hashes.map((code_hash) => ({
              staff_id: userId,
              code_hash,
              created_at: at.toISOString(),
              used_at: null,
            })),
          )
          .execute();
      }
    },
    async useRecoveryCode(userId, hash, at) {
      const res = await db
        .updateTable('recovery_codes')
        .set({ used_at: at.toISOString() })
        .where('staff_id', '=', userId)
        .where('code_hash', '=', hash)
        .where('used_at', 'is', null)
        .executeTakeFirst();
      return Number(res.numUpdatedRows) === 1;
    },
  };
};
