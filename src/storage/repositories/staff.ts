import type { Role } from '../../core/access/roles.ts';
import type { StaffRepo } from '../../core/people/ports.ts';
import type { StaffRecord } from '../../core/people/staff.ts';
import type { Database } from '../schema.ts';
import { containsText, fromBool, toBool, uniquely, type TxContext } from './tx.ts';
import { compiledOnce } from '../compiled-once.ts';
import { sql, type ExpressionBuilder, type RawBuilder } from 'kysely';
import type { Engine } from '../connect.ts';

type StaffRow = Database['staff'];

const searchText = (fullName: string, email: string) => `${fullName} ${email}`.toLowerCase();
/**
 * A member of staff's full name as `search_text` holds it, lower-cased in JavaScript, without the
 * email address that follows it: beside `searchText` because it depends on that layout. Searching
 * concerns by their recorder leaves the address out, since every colleague's shares the school's
 * domain and a word of it would match them all.
 */
export const staffNameText = (table: string): RawBuilder<string> =>
  sql<string>`substr(${sql.ref(`${table}.search_text`)}, 1, length(${sql.ref(`${table}.search_text`)}) - length(${sql.ref(`${table}.email`)}) - 1)`;
const EMAIL_TAKEN = 'An account with this email address already exists';

/** The columns a staff record is made from: never the credentials. */
export type StaffRecordColumns = Pick<
  StaffRow,
  | 'id'
  | 'school_id'
  | 'full_name'
  | 'email'
  | 'job_title'
  | 'disabled'
  | 'mfa_enrolled_at'
  | 'last_sign_in_at'
  | 'unavailable_until'
  | 'created_at'
  | 'updated_at'
>;

export const toStaff = (r: StaffRecordColumns, roles: string[]): StaffRecord => ({
  id: r.id,
  schoolId: r.school_id,
  fullName: r.full_name,
  email: r.email,
  jobTitle: r.job_title,
  roles: [...roles].sort() as Role[],
  disabled: toBool(r.disabled),
  mfaEnrolled: r.mfa_enrolled_at !== null,
  lastSignInAt: r.last_sign_in_at,
  unavailableUntil: r.unavailable_until,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** A staff row's roles as one comma-separated column, so the row and its roles are one statement. */
export const roleListColumn = (eb: ExpressionBuilder<Database, 'staff'>, engine: Engine) =>
  eb
    .selectFrom('staff_roles')
    .select(
      (engine === 'postgres'
        ? sql<string>`string_agg(role, ',')`
        : sql<string>`group_concat(role, ',')`
      ).as('r'),
    )
    .whereRef('staff_roles.staff_id', '=', 'staff.id')
    .as('role_list');

export const rolesFromList = (list: string | null): string[] => (list ? list.split(',') : []);

/** Loads the roles of many staff in one query. */
export async function rolesOf(ctx: TxContext, ids: string[]): Promise<Map<string, string[]>> {
  const map = new Map<string, string[]>(ids.map((id) => [id, []]));
  if (!ids.length) return map;
  const { rows } = await rolesQuery(ctx, { ids }, ids.length);
  for (const r of rows) map.get(r.staff_id)?.push(r.role);
  return map;
}

// Read on every signed-in request (whose roles?) and for every alert (who to tell).
const rolesQuery = compiledOnce<{ ids: string[] }, { staff_id: string; role: string }>((db, p, n) =>
  db
    .selectFrom('staff_roles')
    .select(['staff_id', 'role'])
    .where(
      'staff_id',
      'in',
      Array.from({ length: n }, (_, i) => p((v) => v.ids[i] as string)),
    ),
);

const END_OF_TIME = '9999-12-31T23:59:59.999Z';

const alertableQuery = compiledOnce<
  { schoolId: string; roles: readonly Role[]; at: string },
  StaffRow & { role_list: string | null }
>((db, p, n, engine) =>
  db
    .selectFrom('staff')
    .selectAll('staff')
    .select((eb) => roleListColumn(eb, engine))
    .where(
      'staff.school_id',
      '=',
      p((v) => v.schoolId),
    )
    .where('staff.disabled', '=', 0)
    .where((eb) =>
      eb.or([
        eb('staff.unavailable_until', 'is', null),
        eb(
          'staff.unavailable_until',
          '<=',
          p((v) => v.at),
        ),
      ]),
    )
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('staff_roles')
          .select('role')
          .whereRef('staff_roles.staff_id', '=', 'staff.id')
          .where(
            'staff_roles.role',
            'in',
            Array.from({ length: n }, (_, i) => p((v) => v.roles[i] as Role)),
          ),
      ),
    )
    .orderBy('staff.full_name'),
);

export const staffRepo = (ctx: TxContext): StaffRepo => {
  const { db } = ctx;
  const withRoles = async (rows: StaffRow[]) => {
    const roles = await rolesOf(
      ctx,
      rows.map((r) => r.id),
    );
    return rows.map((r) => toStaff(r, roles.get(r.id) ?? []));
  };
  const setRoles = async (schoolId: string, id: string, roles: Role[]) => {
    await db.deleteFrom('staff_roles').where('staff_id', '=', id).execute();
    await db
      .insertInto('staff_roles')
      .values(roles.map((role) => ({ school_id: schoolId, staff_id: id, role })))
      .execute();
  };
  return {
    async create(schoolId, id, input, at) {
      const now = at.toISOString();
      const insert = db.insertInto('staff').values({
        id,
        school_id: schoolId,
        full_name: input.fullName,
        email: input.email,
        job_title: input.jobTitle,
        search_text: searchText(input.fullName, input.email),
        disabled: 0,
        failed_attempts: 0,
        created_at: now,
        updated_at: now,
      });
      await uniquely(() => insert.execute(), 'email', EMAIL_TAKEN);
      await setRoles(schoolId, id, input.roles);
      return (await this.get(schoolId, id)) as StaffRecord;
    },
    async get(schoolId, id) {
      const row = await db
        .selectFrom('staff')
        .selectAll()
        .where('school_id', '=', schoolId)
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? ((await withRoles([row]))[0] ?? null) : null;
    },
    async list(schoolId, { q, includeDisabled }) {
      let query = db.selectFrom('staff').selectAll().where('school_id', '=', schoolId);
      if (!includeDisabled) query = query.where('disabled', '=', 0);
      if (q?.trim()) {
        query = query.where(containsText('search_text', q.trim()));
      }
      return withRoles(await query.orderBy('full_name').limit(1000).execute());
    },
    async update(schoolId, id, patch, at) {
      const set: Partial<StaffRow> = { updated_at: at.toISOString() };
      if (patch.fullName !== undefined) set.full_name = patch.fullName;
      if (patch.email !== undefined) set.email = patch.email;
      if (patch.jobTitle !== undefined) set.job_title = patch.jobTitle;
      if (patch.disabled !== undefined) set.disabled = fromBool(patch.disabled);
      const before = await this.get(schoolId, id);
      if (!before) return null;
      set.search_text = searchText(patch.fullName ?? before.fullName, patch.email ?? before.email);
      const update = db
        .updateTable('staff')
        .set(set)
        .where('school_id', '=', schoolId)
        .where('id', '=', id);
      await uniquely(() => update.execute(), 'email', EMAIL_TAKEN);
      if (patch.roles) await setRoles(schoolId, id, patch.roles);
      return this.get(schoolId, id);
    },
    async emailTaken(email, exceptId) {
      let q = db.selectFrom('staff').select('id').where('email', '=', email);
      if (exceptId) q = q.where('id', '!=', exceptId);
      return (await q.executeTakeFirst()) !== undefined;
    },
    async namesOf(schoolId, ids) {
      if (!ids.length) return new Map();
      const rows = await db
        .selectFrom('staff')
        .select(['id', 'full_name'])
        .where('school_id', '=', schoolId)
        .where('id', 'in', [...new Set(ids)])
        .execute();
      return new Map(rows.map((r) => [r.id, r.full_name]));
    },
    async setUnavailableUntil(schoolId, id, until) {
      await db
        .updateTable('staff')
        .set({ unavailable_until: until })
        .where('school_id', '=', schoolId)
        .where('id', '=', id)
        .execute();
    },
    async alertable(schoolId, roles, at) {
      // Away until any time at all is away until before the end of time: one statement serves.
      const { rows } = await alertableQuery(
        ctx,
        { schoolId, roles, at: at ?? END_OF_TIME },
        roles.length,
      );
      const staff = rows.map(({ role_list, ...row }) => toStaff(row, rolesFromList(role_list)));
      return staff.map((s) => ({
        id: s.id,
        fullName: s.fullName,
        email: s.email,
        roles: s.roles,
      }));
    },
    async holdersOf(schoolId, roles) {
      const rows = await db
        .selectFrom('staff')
        .selectAll('staff')
        .where('staff.school_id', '=', schoolId)
        .where('staff.disabled', '=', 0)
        .where((eb) =>
          eb.exists(
            eb
              .selectFrom('staff_roles')
              .select('role')
              .whereRef('staff_roles.staff_id', '=', 'staff.id')
              .where('staff_roles.role', 'in', [...roles]),
          ),
        )
        .orderBy('staff.full_name')
        .execute();
      return (await withRoles(rows)).map((s) => ({
        id: s.id,
        fullName: s.fullName,
        roles: s.roles,
      }));
    },
  };
};
