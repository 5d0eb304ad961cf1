import type { AgencyRepo } from '../../core/referrals/ports.ts';
import { fromBool, toBool, type TxContext } from './tx.ts';

export const agencyRepo = ({ db }: TxContext): AgencyRepo => ({
  async list(schoolId) {
    const rows = await db
      .selectFrom('school_agencies')
      .selectAll()
      .where('school_id', '=', schoolId)
      .execute();
    return rows.map((r) => ({
      code: r.code,
      label: r.label,
      active: toBool(r.active),
      sort: Number(r.sort),
    }));
  },
  async put(schoolId, row) {
    const values = { label: row.label, active: fromBool(row.active), sort: row.sort };
    await db
      .insertInto('school_agencies')
      .values({ school_id: schoolId, code: row.code, ...values })
      .onConflict((oc) => oc.columns(['school_id', 'code']).doUpdateSet(values))
      .execute();
  },
});
