import { expect, test } from 'vitest';
import { describeEachEngine } from '../support/each-engine.ts';
import { schoolWithPeople } from './support.ts';

describeEachEngine('categories and levels of need are data', (h) => {
  test('[D07] a school starts with the KCSIE categories, in current wording, and an administrator extends them', async () => {
    const { schoolId, dsl, teacher } = await schoolWithPeople(h());
    const list = (
      await h().request({ method: 'GET', url: '/api/categories', cookie: teacher.cookie })
    ).json().data;
    const labels = list.map((c: { label: string }) => c.label);
    for (const l of [
      'Physical abuse',
      'Emotional abuse',
      'Sexual abuse',
      'Neglect',
      'Child-on-child abuse',
      'Female genital mutilation (FGM)',
      'Radicalisation (Prevent)',
      'Children absent from education',
      'So-called ‘honour’-based abuse',
      'Serious violence',
      'Modern slavery, including trafficking',
      'Private fostering',
      'Homelessness',
      'Cybercrime',
      'Children with family members in prison',
    ]) {
      expect(labels).toContain(l);
    }
    expect(labels.join(' ')).not.toMatch(/peer on peer|missing education/i);

    const admin = await h().as(schoolId, ['school_admin']);
    const added = await h().request({
      method: 'POST',
      url: '/api/categories',
      cookie: admin.cookie,
      payload: { label: 'Young carer', group: 'Wellbeing' },
    });
    expect(added.statusCode, added.body).toBe(201);
    const hidden = list.find((c: { code: string }) => c.code === 'other');
    expect(
      (
        await h().request({
          method: 'PATCH',
          url: `/api/categories/${hidden.id}`,
          cookie: dsl.cookie,
          payload: { active: false },
        })
      ).statusCode,
    ).toBe(200);
    const after = (
      await h().request({ method: 'GET', url: '/api/categories', cookie: teacher.cookie })
    ).json().data;
    expect(after.find((c: { label: string }) => c.label === 'Young carer')).toMatchObject({
      active: true,
      group: 'Wellbeing',
    });
    expect(after.find((c: { code: string }) => c.code === 'other')).toMatchObject({
      active: false,
    });
    expect(await h().auditTypes(schoolId)).toEqual(
      expect.arrayContaining(['category.created', 'category.updated']),
    );
  });

  test('a teacher cannot change the list; another school’s category is not found; a name is required', async () => {
    const { teacher, dsl } = await schoolWithPeople(h());
    const other = await schoolWithPeople(h());
    expect(
      (
        await h().request({
          method: 'POST',
          url: '/api/categories',
          cookie: teacher.cookie,
          payload: { label: 'X' },
        })
      ).statusCode,
    ).toBe(403);
    const theirs = (
      await h().request({ method: 'GET', url: '/api/categories', cookie: other.dsl.cookie })
    ).json().data[0].id;
    expect(
      (
        await h().request({
          method: 'PATCH',
          url: `/api/categories/${theirs}`,
          cookie: dsl.cookie,
          payload: { active: false },
        })
      ).statusCode,
    ).toBe(404);
    const bad = await h().request({
      method: 'POST',
      url: '/api/categories',
      cookie: dsl.cookie,
      payload: { label: ' ' },
    });
    expect([bad.statusCode, bad.json().error.field]).toEqual([400, 'label']);
  });

  test('[D47] the levels of need are the Essex Windscreen of Need by default', async () => {
    const { teacher } = await schoolWithPeople(h());
    const model = (
      await h().request({ method: 'GET', url: '/api/levels-of-need', cookie: teacher.cookie })
    ).json().data;
    expect(model.model).toBe('Essex Windscreen of Need');
    expect(model.levels.map((l: { code: string }) => l.code)).toEqual([
      'universal',
      'additional',
      'intensive',
      'specialist',
    ]);
  });
});

describeEachEngine('editing a category', (h) => {
  test('an empty name or an empty change is refused with a readable message', async () => {
    const { dsl } = await schoolWithPeople(h());
    const id = (
      await h().request({ method: 'GET', url: '/api/categories', cookie: dsl.cookie })
    ).json().data[0].id;
    const blank = await h().request({
      method: 'PATCH',
      url: `/api/categories/${id}`,
      cookie: dsl.cookie,
      payload: { label: ' ' },
    });
    expect(blank.json().error).toMatchObject({ field: 'label', message: 'Enter a name' });
    const nothing = await h().request({
      method: 'PATCH',
      url: `/api/categories/${id}`,
      cookie: dsl.cookie,
      payload: {},
    });
    expect([nothing.statusCode, nothing.json().error.field]).toEqual([400, 'label']);
  });
});
