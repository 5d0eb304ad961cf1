import { newId } from '../../core/shared/ids.ts';
import type { PupilRepo } from '../../core/people/ports.ts';
import type { EmergencyContact, PupilInput, PupilRecord } from '../../core/people/pupil.ts';
import type { Database } from '../schema.ts';
import { containsText, fromBool, toBool, uniquely, type TxContext } from './tx.ts';
import { compiledOnce } from '../compiled-once.ts';
import { sql, type RawBuilder } from 'kysely';

type PupilRow = Database['pupils'];

const UPN_TAKEN = 'Another pupil in this school already has this UPN';

// Checked for every concern recorded: are these children this school's?
const namesQuery = compiledOnce<
  { schoolId: string; ids: string[] },
  Pick<
    PupilRow,
    'id' | 'legal_first_name' | 'legal_last_name' | 'preferred_name' | 'year_group' | 'sen_flag'
  >
>((db, p, n) =>
  db
    .selectFrom('pupils')
    .select([
      'id',
      'legal_first_name',
      'legal_last_name',
      'preferred_name',
      'year_group',
      'sen_flag',
    ])
    .where(
      'school_id',
      '=',
      p((v) => v.schoolId),
    )
    .where(
      'id',
      'in',
      Array.from({ length: n }, (_, i) => p((v) => v.ids[i] as string)),
    ),
);

const searchText = (
  p: Pick<PupilInput, 'legalFirstName' | 'legalLastName' | 'preferredName' | 'upn'>,
) =>
  [p.legalFirstName, p.legalLastName, p.preferredName, p.upn]
    .filter(Boolean)
    .join(' ')
    .toLowerCase();

/**
 * A pupil's names as `search_text` holds them, lower-cased in JavaScript, without the UPN that
 * follows them: beside `searchText` because it depends on that layout. Searching concerns by a
 * child leaves the UPN out so that digits typed from a concern's reference match no child.
 */
export const pupilNamesText = (table: string): RawBuilder<string> =>
  sql<string>`substr(${sql.ref(`${table}.search_text`)}, 1, length(${sql.ref(`${table}.search_text`)}) - coalesce(length(${sql.ref(`${table}.upn`)}) + 1, 0))`;

export const toPupil = (r: PupilRow, contacts: EmergencyContact[]): PupilRecord => ({
  id: r.id,
  schoolId: r.school_id,
  legalFirstName: r.legal_first_name,
  legalLastName: r.legal_last_name,
  preferredName: r.preferred_name,
  dateOfBirth: r.date_of_birth,
  upn: r.upn,
  sex: r.sex as PupilRecord['sex'],
  gender: r.gender,
  yearGroup: r.year_group as PupilRecord['yearGroup'],
  senFlag: toBool(r.sen_flag),
  lookedAfter: toBool(r.looked_after),
  emergencyContacts: contacts,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export const toRow = (p: PupilInput) => ({
  legal_first_name: p.legalFirstName,
  legal_last_name: p.legalLastName,
  preferred_name: p.preferredName,
  date_of_birth: p.dateOfBirth,
  upn: p.upn,
  sex: p.sex,
  gender: p.gender,
  year_group: p.yearGroup,
  sen_flag: fromBool(p.senFlag),
  looked_after: fromBool(p.lookedAfter),
  search_text: searchText(p),
});

export const pupilRepo = (ctx: TxContext): PupilRepo => {
  const { db } = ctx;
  const contactsOf = async (ids: string[]) => {
    const map = new Map<string, EmergencyContact[]>(ids.map((id) => [id, []]));
    if (!ids.length) return map;
    const rows = await db
      .selectFrom('emergency_contacts')
      .selectAll()
      .where('pupil_id', 'in', ids)
      .orderBy('priority')
      .orderBy('name')
      .execute();
    for (const c of rows) {
      map.get(c.pupil_id)?.push({
        name: c.name,
        relationship: c.relationship,
        phones: JSON.parse(c.phones) as string[],
        priority: c.priority,
      });
    }
    return map;
  };
  /** Many pupils' names in one statement, each pupil once. */
  const nameRows = async (schoolId: string, ids: string[]) => {
    if (!ids.length) return [];
    const unique = [...new Set(ids)];
    return (await namesQuery(ctx, { schoolId, ids: unique }, unique.length)).rows;
  };
  const setContacts = async (schoolId: string, pupilId: string, contacts: EmergencyContact[]) => {
    await db.deleteFrom('emergency_contacts').where('pupil_id', '=', pupilId).execute();
    if (!contacts.length) return;
    await db
      .insertInto('emergency_contacts')
      .values(
        contacts.map((c) => ({
          id: newId(),
          school_id: schoolId,
          pupil_id: pupilId,
          name: c.name,
          relationship: c.relationship,
          phones: JSON.stringify(c.phones),
          priority: c.priority,
        })),
      )
      .execute();
  };
  return {
    async create(schoolId, id, input, at) {
      const now = at.toISOString();
      const insert = db
        .insertInto('pupils')
        .values({ id, school_id: schoolId, ...toRow(input), created_at: now, updated_at: now });
      await uniquely(() => insert.execute(), 'upn', UPN_TAKEN);
      await setContacts(schoolId, id, input.emergencyContacts);
      return (await this.get(schoolId, id)) as PupilRecord;
    },
    async get(schoolId, id) {
      const row = await db
        .selectFrom('pupils')
        .selectAll()
        .where('school_id', '=', schoolId)
        .where('id', '=', id)
        .executeTakeFirst();
      if (!row) return null;
      return toPupil(row, (await contactsOf([id])).get(id) ?? []);
    },
    async list(schoolId, { q, yearGroup, limit }) {
      let query = db.selectFrom('pupils').selectAll().where('school_id', '=', schoolId);
      if (yearGroup) query = query.where('year_group', '=', yearGroup);
      for (const word of (q ?? '').trim().split(/\s+/).filter(Boolean)) {
        query = query.where(containsText('search_text', word));
      }
      const rows = await query
        .orderBy('legal_last_name')
        .orderBy('legal_first_name')
        .limit(limit)
        .execute();
      const contacts = await contactsOf(rows.map((r) => r.id));
      return rows.map((r) => toPupil(r, contacts.get(r.id) ?? []));
    },
    async update(schoolId, id, patch, at) {
      const before = await this.get(schoolId, id);
      if (!before) return null;
      const merged: PupilInput = {
        ...before,
        ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)),
      };
      const update = db
        .updateTable('pupils')
        .set({ ...toRow(merged), updated_at: at.toISOString() })
        .where('school_id', '=', schoolId)
        .where('id', '=', id);
      await uniquely(() => update.execute(), 'upn', UPN_TAKEN);
      if (patch.emergencyContacts) await setContacts(schoolId, id, patch.emergencyContacts);
      return this.get(schoolId, id);
    },
    async namePartsOf(schoolId, ids) {
      return new Map(
        (await nameRows(schoolId, ids)).map((r) => [
          r.id,
          {
            legalFirstName: r.legal_first_name,
            legalLastName: r.legal_last_name,
            preferredName: r.preferred_name,
          },
        ]),
      );
    },
    async namesOf(schoolId, ids) {
      return new Map(
        (await nameRows(schoolId, ids)).map((r) => [
          r.id,
          {
            displayName: `${r.preferred_name ?? r.legal_first_name} ${r.legal_last_name}`,
            yearGroup: r.year_group,
            senFlag: toBool(r.sen_flag),
          },
        ]),
      );
    },
    async upnTaken(schoolId, upn, exceptId) {
      let q = db
        .selectFrom('pupils')
        .select('id')
        .where('school_id', '=', schoolId)
        .where('upn', '=', upn);
      if (exceptId) q = q.where('id', '!=', exceptId);
      return (await q.executeTakeFirst()) !== undefined;
    },
  };
};
