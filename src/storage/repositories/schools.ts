import type { SchoolRepo } from '../../core/people/ports.ts';
import type { SchoolRecord } from '../../core/people/school.ts';
import type { Database } from '../schema.ts';
import type { TxContext } from './tx.ts';

const toSchool = (r: Database['schools']): SchoolRecord => ({
  id: r.id,
  name: r.name,
  urn: r.urn,
  localAuthority: r.local_authority,
  createdAt: r.created_at,
});

export const schoolRepo = ({ db }: TxContext): SchoolRepo => ({
  async create(s, at) {
    const row = {
      id: s.id,
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
  async count() {
    const r = await db
      .selectFrom('schools')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .executeTakeFirst();
    return Number(r?.n ?? 0);
  },
});
