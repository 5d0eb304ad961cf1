import { sql, type Kysely } from 'kysely';
import { newId } from '../../core/shared/ids.ts';

/**
 * A school copies the seeded categories the first time it asks, so the KCSIE terms added to the
 * seed later never reached schools already using Haven. Each such school gains the codes it lacks,
 * after its own, in the seed's order. The renamed "children absent from education" and the new
 * so-called honour-based abuse group are applied only where the school still has the old seed's
 * wording: what an administrator renamed stays as they named it.
 *
 * Going down removes the rows with the added codes that no concern points at (a concern's category
 * must survive), in every school, however it got them: the older code does not know them. It puts
 * the old wording back where it is still the new seed's. Frozen in time, like every
 * migration: the seed may change again, this list may not.
 */
const HBA = 'So-called ‘honour’-based abuse';
const ADDED = [
  { code: 'modern_slavery', label: 'Modern slavery, including trafficking', grp: 'Exploitation' },
  { code: 'hba', label: HBA, grp: HBA },
  { code: 'serious_violence', label: 'Serious violence', grp: 'Specific issues' },
  { code: 'cybercrime', label: 'Cybercrime', grp: 'Specific issues' },
  {
    code: 'family_in_prison',
    label: 'Children with family members in prison',
    grp: 'Specific issues',
  },
  { code: 'private_fostering', label: 'Private fostering', grp: 'Specific issues' },
  { code: 'homelessness', label: 'Homelessness', grp: 'Specific issues' },
];
const sameLabel = (label: string) => label.trim().replace(/\s+/g, ' ').toLowerCase();
const CME = { old: 'Children missing education', new: 'Children absent from education' };
const REGROUPED = ['fgm', 'forced_marriage'];
const OLD_GROUP = 'Specific issues';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const rows = await db
    .selectFrom('categories')
    .select(['school_id', 'code', 'label', 'sort'])
    .execute();
  const schools = new Map<string, { codes: Set<string>; labels: Set<string>; next: number }>();
  for (const r of rows as { school_id: string; code: string; label: string; sort: number }[]) {
    const s = schools.get(r.school_id) ?? {
      codes: new Set<string>(),
      labels: new Set<string>(),
      next: 0,
    };
    s.codes.add(r.code);
    s.labels.add(sameLabel(r.label));
    s.next = Math.max(s.next, Number(r.sort) + 1);
    schools.set(r.school_id, s);
  }
  for (const [schoolId, { codes, labels, next }] of schools) {
    // A term the school already added for itself, under its own code, is not added twice.
    const missing = ADDED.filter((c) => !codes.has(c.code) && !labels.has(sameLabel(c.label)));
    if (!missing.length) continue;
    await db
      .insertInto('categories')
      .values(
        missing.map((c, i) => ({
          id: newId(),
          school_id: schoolId,
          code: c.code,
          label: c.label,
          grp: c.grp,
          active: 1,
          sort: next + i,
        })),
      )
      .execute();
  }
  await db
    .updateTable('categories')
    .set({ label: CME.new })
    .where('code', '=', 'cme')
    .where('label', '=', CME.old)
    .execute();
  await db
    .updateTable('categories')
    .set({ grp: HBA })
    .where('code', 'in', REGROUPED)
    .where('grp', '=', OLD_GROUP)
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db
    .deleteFrom('categories')
    .where(
      'code',
      'in',
      ADDED.map((c) => c.code),
    )
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('concerns')
            .select('concerns.id')
            .whereRef('concerns.school_id', '=', 'categories.school_id')
            .where((eb) =>
              eb.or([
                eb('concerns.primary_category_id', '=', eb.ref('categories.id')),
                // Tags are a JSON array of ids; an id is a UUID, so containing it is naming it.
                eb(
                  'concerns.tag_ids',
                  'like',
                  sql<string>`'%' || ${sql.ref('categories.id')} || '%'`,
                ),
              ]),
            ),
        ),
      ),
    )
    .execute();
  await db
    .updateTable('categories')
    .set({ label: CME.old })
    .where('code', '=', 'cme')
    .where('label', '=', CME.new)
    .execute();
  await db
    .updateTable('categories')
    .set({ grp: OLD_GROUP })
    .where('code', 'in', REGROUPED)
    .where('grp', '=', HBA)
    .execute();
}
