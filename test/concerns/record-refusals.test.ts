import { expect, test } from 'vitest';
import { describeEachEngine } from '../support/each-engine.ts';
import { expectError } from '../api/helpers.ts';
import { categoryId, concernInput, schoolWithPeople } from './support.ts';

describeEachEngine('recording and adding to a concern: what is refused', (h) => {
  const post = (cookie: string, url: string, payload: object) =>
    h().request({ method: 'POST', url, cookie, payload });
  const concernsOf = async (schoolId: string) =>
    (
      await h()
        .rt.conn.db.selectFrom('concerns')
        .select('id')
        .where('school_id', '=', schoolId)
        .execute()
    ).length;

  test("another school's pupil, category or tag is refused naming the field, and nothing is written", async () => {
    const here = await schoolWithPeople(h());
    const there = await schoolWithPeople(h());
    const theirTag = await categoryId(h(), there.teacher.cookie, 'neglect');
    const cases: [Record<string, unknown>, string][] = [
      [
        { children: [{ pupilId: there.pupilId, role: 'subject' }], bodyMap: [] },
        'children.0.pupilId',
      ],
      [{ primaryCategoryId: there.category }, 'primaryCategoryId'],
      [{ tagIds: [theirTag] }, 'tagIds.0'],
    ];
    for (const [override, field] of cases) {
      const res = await post(
        here.teacher.cookie,
        '/api/concerns',
        concernInput(here.pupilId, here.category, override),
      );
      expectError(res, 400, 'VALIDATION', field);
    }
    expect(await concernsOf(here.schoolId)).toBe(0);
    expect(await concernsOf(there.schoolId)).toBe(0);
  });

  test('a body-map mark must be for one of the chosen children', async () => {
    const { schoolId, teacher, pupilId, category } = await schoolWithPeople(h());
    const other = '00000000-0000-4000-8000-000000000001';
    const res = await post(
      teacher.cookie,
      '/api/concerns',
      concernInput(pupilId, category, {
        bodyMap: [{ pupilId: other, side: 'back', x: 0.5, y: 0.5, markType: 'bruise', note: '' }],
      }),
    );
    expectError(res, 400, 'VALIDATION', 'bodyMap.0.pupilId');
    expect(await concernsOf(schoolId)).toBe(0);
  });

  test("only the recorder and the DSL team add to a concern; another school's is not found; empty is refused", async () => {
    const { schoolId, dsl, teacher, pupilId, category } = await schoolWithPeople(h());
    const colleague = await h().as(schoolId, ['staff']);
    const elsewhere = await schoolWithPeople(h());
    const id = (await post(teacher.cookie, '/api/concerns', concernInput(pupilId, category))).json()
      .data.id as string;
    const addendum = (cookie: string, text: string) =>
      post(cookie, `/api/concerns/${id}/addenda`, { text });
    expectError(await addendum(colleague.cookie, 'I heard something too.'), 404, 'NOT_FOUND');
    expectError(await addendum(elsewhere.dsl.cookie, 'Not ours.'), 404, 'NOT_FOUND');
    expectError(await addendum(teacher.cookie, ''), 400, 'VALIDATION', 'text');
    expect((await addendum(dsl.cookie, 'Spoke to the class teacher.')).statusCode).toBe(201);
    const detail = await h().request({
      method: 'GET',
      url: `/api/concerns/${id}`,
      cookie: dsl.cookie,
    });
    expect(detail.json().data.addenda).toHaveLength(1);
  });
});
