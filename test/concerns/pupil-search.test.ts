import { expect, test } from 'vitest';
import { describeEachEngine } from '../support/each-engine.ts';
import { makePupil } from './support.ts';

describeEachEngine('finding a child to record a concern about', (h) => {
  const search = (cookie: string, q: string) =>
    h().request({ method: 'GET', url: `/api/concerns/pupil-search?q=${q}`, cookie });

  test('[D09] staff are told a child has special educational needs; a visitor or volunteer is not', async () => {
    const schoolId = await h().createSchool();
    const dsl = await h().as(schoolId, ['dsl']);
    await makePupil(h(), dsl.cookie, {
      legalFirstName: 'Nell',
      legalLastName: 'Quarrington',
      preferredName: null,
      senFlag: true,
    });
    const teacher = await h().as(schoolId, ['staff']);
    const staffSees = (await search(teacher.cookie, 'Quarr')).json().data;
    expect(staffSees).toEqual([expect.objectContaining({ senFlag: true })]);
    for (const role of ['visitor', 'volunteer'] as const) {
      const who = await h().as(schoolId, [role]);
      const res = await search(who.cookie, 'Quarr');
      expect(res.statusCode, res.body).toBe(200);
      // They find the child to record the concern; which children are on the SEN register is
      // not theirs to learn, six two-letter searches at a time.
      expect(res.json().data.map((p: object) => Object.keys(p).sort())).toEqual([
        ['displayName', 'id', 'yearGroup'],
      ]);
    }
  });

  test('another school’s children are never found', async () => {
    const mine = await h().createSchool();
    const theirs = await h().createSchool();
    const theirDsl = await h().as(theirs, ['dsl']);
    await makePupil(h(), theirDsl.cookie, {
      legalFirstName: 'Orla',
      legalLastName: 'Vantongeren',
      preferredName: null,
    });
    const teacher = await h().as(mine, ['staff']);
    const res = await search(teacher.cookie, 'Vantong');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().data).toEqual([]);
    expect((await search(theirDsl.cookie, 'Vantong')).json().data).toHaveLength(1);
  });
});
