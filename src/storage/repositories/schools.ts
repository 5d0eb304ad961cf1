import type { OrganisationRepo, SchoolRepo } from '../../core/people/ports.ts';
import type {
  OrganisationKind,
  OrganisationRecord,
  SchoolRecord,
} from '../../core/people/school.ts';
import type { Database } from '../schema.ts';
import type { TxContext } from './tx.ts';

const toSchool = (r: Database['schools']): SchoolRecord => ({
  id: r.id,
  organisationId: r.organisation_id,
  name: r.name,
  urn: r.urn,
  localAuthority: r.local_authority,
  createdAt: r.created_at,
});

export const schoolRepo = ({ db }: TxContext): SchoolRepo => ({
  async create(s, at) {
    const row = {
      id: s.id,
      organisation_id: s.organisationId ?? null,
      name: s.name,
      urn: s.urn,
      local_authority: s.localAuthority,
      created_at: at.toISOString(),
    };
    await db.insertInto('schools').values(row).execute();
    return toSchool(row);
  },
  async get(id) {
    const row = await db.selectFrom('schools').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? toSchool(row) : null;
  },
  async update(id, patch) {
    const set: Partial<Database['schools']> = {};
    if (patch.name !== undefined) set.name = patch.name;
    if (patch.urn !== undefined) set.urn = patch.urn;
    if (patch.localAuthority !== undefined) set.local_authority = patch.localAuthority;
    if (Object.keys(set).length)
      await db.updateTable('schools').set(set).where('id', '=', id).execute();
    return this.get(id);
  },
  async list() {
    const rows = await db.selectFrom('schools').selectAll().orderBy('name').execute();
    return rows.map(toSchool);
  },
  async count() {
    const r = await db
      .selectFrom('schools')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .executeTakeFirst();
    return Number(r?.n ?? 0);
  },
});

const toOrganisation = (r: Database['organisations']): OrganisationRecord => ({
  id: r.id,
  kind: r.kind as OrganisationKind,
  name: r.name,
  createdAt: r.created_at,
});

export const organisationRepo = ({ db }: TxContext): OrganisationRepo => ({
  async create(o, at) {
    const row = { id: o.id, kind: o.kind, name: o.name, created_at: at.toISOString() };
    await db.insertInto('organisations').values(row).execute();
    return toOrganisation(row);
  },
  async get(id) {
    const row = await db
      .selectFrom('organisations')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? toOrganisation(row) : null;
  },
  async list() {
    return (await db.selectFrom('organisations').selectAll().orderBy('name').execute()).map(
      toOrganisation,
    );
  },
});
