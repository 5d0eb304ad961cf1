import { expect, test } from 'vitest';
import { newId } from '../../src/core/shared/ids.ts';
import { down, up } from '../../src/storage/migrations/2026-12-01T08-category-seed-kcsie.ts';
import { concernInput, makePupil } from '../concerns/support.ts';
import { describeEachEngine } from '../support/each-engine.ts';

const HBA = 'So-called ‘honour’-based abuse';
const SPECIFIC = 'Specific issues';

// The seed as schools copied it before the KCSIE 2024/2025 terms: what T08 finds in storage.
const OLD_SEED: [code: string, label: string, group: string | null][] = [
  ['physical', 'Physical abuse', 'Abuse and neglect'],
  ['emotional', 'Emotional abuse', 'Abuse and neglect'],
  ['sexual', 'Sexual abuse', 'Abuse and neglect'],
  ['neglect', 'Neglect', 'Abuse and neglect'],
  ['coc', 'Child-on-child abuse', 'Child-on-child abuse'],
  ['coc_bullying', 'Bullying, including cyberbullying', 'Child-on-child abuse'],
  ['coc_physical', 'Physical abuse by another child', 'Child-on-child abuse'],
  ['coc_sexual', 'Sexual violence or sexual harassment', 'Child-on-child abuse'],
  ['coc_nudes', 'Sharing nudes or semi-nudes', 'Child-on-child abuse'],
  ['coc_initiation', 'Initiation or hazing', 'Child-on-child abuse'],
  ['cse', 'Child sexual exploitation (CSE)', 'Exploitation'],
  ['cce', 'Child criminal exploitation, county lines', 'Exploitation'],
  ['domestic_abuse', 'Domestic abuse', SPECIFIC],
  ['fgm', 'Female genital mutilation (FGM)', SPECIFIC],
  ['forced_marriage', 'Forced marriage', SPECIFIC],
  ['radicalisation', 'Radicalisation (Prevent)', SPECIFIC],
  ['online', 'Online safety', SPECIFIC],
  ['mental_health', 'Mental health or self-harm', 'Wellbeing'],
  ['cme', 'Children missing education', SPECIFIC],
  ['drugs_alcohol', 'Drugs or alcohol', SPECIFIC],
  ['other', 'Other', null],
];
const ADDED = [
  'modern_slavery',
  'hba',
  'serious_violence',
  'cybercrime',
  'family_in_prison',
  'private_fostering',
  'homelessness',
];

describeEachEngine(
  'the migration that brings the new KCSIE categories to existing schools',
  (h) => {
    const db = () => h().rt.conn.db;
    const rows = (schoolId: string) =>
      db()
        .selectFrom('categories')
        .select(['id', 'code', 'label', 'grp', 'sort', 'active'])
        .where('school_id', '=', schoolId)
        .orderBy('sort')
        .execute()
        .then((rs) => rs.map((r) => ({ ...r, sort: Number(r.sort), active: Number(r.active) })));
    const byCode = async (schoolId: string) =>
      new Map((await rows(schoolId)).map((r) => [r.code, r]));

    /** A school seeded before the new terms, with `changes` an administrator made since. */
    async function oldSchool(labels: Record<string, string> = {}, extra: string[] = []) {
      const schoolId = await h().createSchool();
      const seeded = [
        ...OLD_SEED.map(([code, label, grp]) => ({ code, label: labels[code] ?? label, grp })),
        ...extra.map((label) => ({ code: `custom_${newId().slice(-8)}`, label, grp: 'Wellbeing' })),
      ];
      await db()
        .insertInto('categories')
        .values(
          seeded.map((c, sort) => ({ id: newId(), school_id: schoolId, active: 1, sort, ...c })),
        )
        .execute();
      return schoolId;
    }

    test('[D07] an existing school gets the new terms after its own, and what it renamed stays as it named it', async () => {
      const renamed = await oldSchool({ neglect: 'Neglect, including self-neglect' }, [
        'Young carer',
      ]);
      const ownCme = await oldSchool({ cme: 'Not in school' });
      const unseeded = await h().createSchool();

      await up(db());

      const list = await rows(renamed);
      expect(list.map((r) => r.code).slice(0, OLD_SEED.length + 1)).toEqual([
        ...OLD_SEED.map(([code]) => code),
        expect.stringMatching(/^custom_/),
      ]);
      expect(list.slice(OLD_SEED.length + 1).map((r) => [r.code, r.sort, r.active])).toEqual(
        ADDED.map((code, i) => [code, OLD_SEED.length + 1 + i, 1]),
      );
      const codes = await byCode(renamed);
      expect(codes.get('neglect')?.label).toBe('Neglect, including self-neglect');
      expect(list.find((r) => r.label === 'Young carer')).toMatchObject({ grp: 'Wellbeing' });
      expect(codes.get('cme')?.label).toBe('Children absent from education');
      expect(codes.get('fgm')?.grp).toBe(HBA);
      expect(codes.get('forced_marriage')?.grp).toBe(HBA);
      expect(codes.get('hba')).toMatchObject({ label: HBA, grp: HBA });
      expect(codes.get('serious_violence')).toMatchObject({
        label: 'Serious violence',
        grp: SPECIFIC,
      });
      expect((await byCode(ownCme)).get('cme')?.label).toBe('Not in school');
      expect(await rows(unseeded)).toEqual([]);

      // Running again adds nothing.
      await up(db());
      expect(await rows(renamed)).toEqual(list);

      // Staff see the new terms when they record a concern.
      const teacher = await h().as(renamed, ['staff']);
      const api = (
        await h().request({ method: 'GET', url: '/api/categories', cookie: teacher.cookie })
      ).json().data as { code: string; label: string }[];
      expect(api.map((c) => c.code)).toEqual(list.map((r) => r.code));
    });

    test('a term the school had already added for itself is not added a second time', async () => {
      const own = await oldSchool({}, ['serious  violence ', 'Cybercrime']);
      await up(db());
      const list = await rows(own);
      expect(list.filter((r) => /serious\s+violence/i.test(r.label))).toEqual([
        expect.objectContaining({ code: expect.stringMatching(/^custom_/) }),
      ]);
      expect(list.filter((r) => r.label === 'Cybercrime')).toHaveLength(1);
      const codes = list.map((r) => r.code);
      expect(codes).not.toContain('serious_violence');
      expect(codes).not.toContain('cybercrime');
      expect(codes).toEqual(expect.arrayContaining(['modern_slavery', 'hba', 'homelessness']));
    });

    test('going down removes only the added categories no concern uses, and puts the old wording back', async () => {
      const schoolId = await oldSchool({ other: 'Something else' });
      const untouched = await oldSchool({ cme: 'Not in school' });
      await up(db());
      const added = await byCode(schoolId);
      const dsl = await h().as(schoolId, ['dsl']);
      const pupilId = await makePupil(h(), dsl.cookie);
      const recorded = await h().request({
        method: 'POST',
        url: '/api/concerns',
        cookie: dsl.cookie,
        payload: concernInput(pupilId, added.get('serious_violence')?.id as string, {
          tagIds: [added.get('hba')?.id],
        }),
      });
      expect(recorded.statusCode, recorded.body).toBe(201);

      await down(db());
      const after = await byCode(schoolId);
      expect(ADDED.filter((c) => after.has(c))).toEqual(['hba', 'serious_violence']);
      expect(after.get('serious_violence')?.id).toBe(added.get('serious_violence')?.id);
      expect(after.get('cme')?.label).toBe('Children missing education');
      expect(after.get('fgm')?.grp).toBe(SPECIFIC);
      expect(after.get('forced_marriage')?.grp).toBe(SPECIFIC);
      expect(after.get('other')?.label).toBe('Something else');
      const other = await byCode(untouched);
      expect(ADDED.filter((c) => other.has(c))).toEqual([]);
      expect(other.get('cme')?.label).toBe('Not in school');
      expect([...other.keys()]).toEqual(OLD_SEED.map(([code]) => code));

      // And up again: what was removed comes back after what stayed.
      await up(db());
      const again = await rows(schoolId);
      expect(again.map((r) => r.code).slice(-5)).toEqual(
        ADDED.filter((c) => c !== 'hba' && c !== 'serious_violence'),
      );
      expect(again.find((r) => r.code === 'cme')?.label).toBe('Children absent from education');
    });
  },
);
