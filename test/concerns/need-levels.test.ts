import { expect, test } from 'vitest';
import { describeEachEngine } from '../support/each-engine.ts';
import { concernInput, schoolWithPeople } from './support.ts';

interface Level {
  id: string;
  code: string;
  label: string;
  description: string;
  active: boolean;
}

describeEachEngine('[D47] each school’s levels of need', (h) => {
  const send = (method: 'POST' | 'PATCH' | 'PUT', cookie: string, url: string, payload: object) =>
    h().request({ method, url, cookie, payload });
  const model = async (cookie: string) =>
    (await h().request({ method: 'GET', url: '/api/levels-of-need', cookie })).json().data as {
      model: string;
      levels: Level[];
    };
  const byCode = (levels: Level[], code: string) => levels.find((l) => l.code === code) as Level;
  async function recorded(people: Awaited<ReturnType<typeof schoolWithPeople>>) {
    const res = await send(
      'POST',
      people.teacher.cookie,
      '/api/concerns',
      concernInput(people.pupilId, people.category),
    );
    return res.json().data.id as string;
  }
  const decide = (cookie: string, id: string, levelOfNeed: string) =>
    send('POST', cookie, `/api/concerns/${id}/decision`, {
      outcome: 'monitor',
      levelOfNeed,
      rationale: 'Keep an eye on it.',
    });

  test('a school renames a level and adds one, a decision uses the new one, and another school still has Essex', async () => {
    const people = await schoolWithPeople(h());
    const { schoolId, dsl, teacher, pupilId } = people;
    const other = await schoolWithPeople(h());
    const admin = await h().as(schoolId, ['school_admin']);
    const start = await model(teacher.cookie);

    const renamed = await send(
      'PATCH',
      admin.cookie,
      `/api/levels-of-need/${byCode(start.levels, 'additional').id}`,
      { label: 'Early help', description: 'Help from the family support team.' },
    );
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json().data).toMatchObject({ code: 'additional', label: 'Early help' });
    const added = await send('POST', dsl.cookie, '/api/levels-of-need', {
      label: 'Child in need',
      description: ' Section 17. ',
    });
    expect(added.statusCode, added.body).toBe(201);
    const level = added.json().data as Level;
    expect(level).toMatchObject({
      label: 'Child in need',
      description: 'Section 17.',
      active: true,
    });
    expect(
      (await send('PATCH', dsl.cookie, '/api/levels-of-need', { model: 'Our continuum' }))
        .statusCode,
    ).toBe(200);
    const after = await model(teacher.cookie);
    expect(after.model).toBe('Our continuum');
    expect(after.levels.map((l) => l.label)).toEqual([
      'Universal',
      'Early help',
      'Intensive',
      'Specialist',
      'Child in need',
    ]);

    const id = await recorded(people);
    expect((await decide(dsl.cookie, id, level.code)).statusCode).toBe(204);
    const detail = (
      await h().request({ method: 'GET', url: `/api/concerns/${id}`, cookie: dsl.cookie })
    ).json().data;
    expect(detail.decisions).toMatchObject([{ levelOfNeed: level.code }]);
    const file = (
      await h().request({ method: 'GET', url: `/api/files/${pupilId}`, cookie: dsl.cookie })
    ).json().data;
    expect(file.chronology.find((e: { kind: string }) => e.kind === 'decision')).toMatchObject({
      summary: 'Decision on C-00001: monitor (level of need: Child in need)',
    });

    const theirs = await model(other.teacher.cookie);
    expect(theirs.model).toBe('Essex Windscreen of Need');
    expect(theirs.levels.map((l) => [l.code, l.label])).toEqual([
      ['universal', 'Universal'],
      ['additional', 'Additional'],
      ['intensive', 'Intensive'],
      ['specialist', 'Specialist'],
    ]);
    // The other school never had the new level, so its DSL cannot choose it.
    const elsewhere = await recorded(other);
    const refused = await decide(other.dsl.cookie, elsewhere, level.code);
    expect([refused.statusCode, refused.json().error.field]).toEqual([400, 'levelOfNeed']);

    expect(await h().auditTypes(schoolId)).toEqual(
      expect.arrayContaining([
        'need_level.created',
        'need_level.updated',
        'need_level.model_renamed',
        'concern.decided',
      ]),
    );
    expect(await h().auditTypes(other.schoolId)).not.toContain('need_level.updated');
  });

  test('a retired level cannot be chosen, but the decisions that used it still name it', async () => {
    const people = await schoolWithPeople(h());
    const { dsl, teacher } = people;
    const intensive = byCode((await model(dsl.cookie)).levels, 'intensive');
    const before = await recorded(people);
    expect((await decide(dsl.cookie, before, 'intensive')).statusCode).toBe(204);

    const retired = await send('PATCH', dsl.cookie, `/api/levels-of-need/${intensive.id}`, {
      active: false,
    });
    expect(retired.json().data).toMatchObject({ code: 'intensive', active: false });
    const later = await recorded(people);
    const refused = await decide(dsl.cookie, later, 'intensive');
    expect([refused.statusCode, refused.json().error.field]).toEqual([400, 'levelOfNeed']);

    // The list still holds it, so the decision made before shows its name.
    const list = (await model(teacher.cookie)).levels;
    expect(byCode(list, 'intensive')).toMatchObject({ label: 'Intensive', active: false });
    const detail = (
      await h().request({ method: 'GET', url: `/api/concerns/${before}`, cookie: dsl.cookie })
    ).json().data;
    expect(detail.decisions).toMatchObject([{ levelOfNeed: 'intensive' }]);

    // Reordering moves it; its code stays whatever happens to its name.
    const ids = list.map((l) => l.id).reverse();
    const reordered = await send('PUT', dsl.cookie, '/api/levels-of-need/order', { ids });
    expect(reordered.statusCode, reordered.body).toBe(200);
    expect(reordered.json().data.levels.map((l: Level) => l.id)).toEqual(ids);
    await send('PATCH', dsl.cookie, `/api/levels-of-need/${intensive.id}`, { active: true });
    expect((await decide(dsl.cookie, later, 'intensive')).statusCode).toBe(204);
    expect(await h().auditTypes(people.schoolId)).toEqual(
      expect.arrayContaining(['need_level.updated', 'need_level.reordered']),
    );
  });

  test('the last level in use cannot be retired', async () => {
    const { dsl } = await schoolWithPeople(h());
    const [last, ...rest] = (await model(dsl.cookie)).levels;
    for (const l of rest)
      await send('PATCH', dsl.cookie, `/api/levels-of-need/${l.id}`, { active: false });
    const res = await send('PATCH', dsl.cookie, `/api/levels-of-need/${last?.id}`, {
      active: false,
    });
    expect([res.statusCode, res.json().error.field]).toEqual([409, 'active']);
  });

  test('bad input names the field', async () => {
    const { dsl } = await schoolWithPeople(h());
    const levels = (await model(dsl.cookie)).levels;
    const first = levels[0] as Level;
    const cases: [method: 'POST' | 'PATCH' | 'PUT', url: string, body: object, field: string][] = [
      ['POST', '/api/levels-of-need', { label: ' ' }, 'label'],
      ['POST', '/api/levels-of-need', { label: 'X', description: 'x'.repeat(501) }, 'description'],
      ['PATCH', `/api/levels-of-need/${first.id}`, {}, 'label'],
      ['PATCH', `/api/levels-of-need/${first.id}`, { code: 'other' }, 'label'],
      ['PATCH', '/api/levels-of-need', { model: '' }, 'model'],
      ['PUT', '/api/levels-of-need/order', { ids: [first.id] }, 'ids'],
      ['PUT', '/api/levels-of-need/order', { ids: levels.map(() => first.id) }, 'ids'],
    ];
    for (const [method, url, body, field] of cases) {
      const res = await send(method, dsl.cookie, url, body);
      expect([res.statusCode, res.json().error.field], `${method} ${url}`).toEqual([400, field]);
    }
    const same = await send('POST', dsl.cookie, '/api/levels-of-need', { label: 'specialist' });
    expect([same.statusCode, same.json().error.field]).toEqual([409, 'label']);
    expect((await model(dsl.cookie)).levels.map((l) => l.code)).toEqual(levels.map((l) => l.code));
  });

  test('a teacher is refused; another school’s level is not found', async () => {
    const { teacher, dsl } = await schoolWithPeople(h());
    const other = await schoolWithPeople(h());
    const mine = (await model(teacher.cookie)).levels;
    const id = (mine[0] as Level).id;
    for (const [method, url, body] of [
      ['POST', '/api/levels-of-need', { label: 'X' }],
      ['PATCH', `/api/levels-of-need/${id}`, { label: 'X' }],
      ['PATCH', '/api/levels-of-need', { model: 'X' }],
      ['PUT', '/api/levels-of-need/order', { ids: mine.map((l) => l.id) }],
    ] as const) {
      expect((await send(method, teacher.cookie, url, body)).statusCode, `${method} ${url}`).toBe(
        403,
      );
    }
    const theirs = ((await model(other.dsl.cookie)).levels[0] as Level).id;
    expect(
      (await send('PATCH', dsl.cookie, `/api/levels-of-need/${theirs}`, { label: 'Mine now' }))
        .statusCode,
    ).toBe(404);
    expect(((await model(other.dsl.cookie)).levels[0] as Level).label).toBe('Universal');
    expect((await model(teacher.cookie)).levels).toEqual(mine);
  });
});
