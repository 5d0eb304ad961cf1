import { expect, test } from 'vitest';
import { describeEachEngine } from '../support/each-engine.ts';
import { concernInput, schoolWithPeople } from '../concerns/support.ts';
import { expectError } from './helpers.ts';

// PostgreSQL refuses a NUL character in any text column; before the guard, such input failed
// there as a 500 while SQLite stored it.
describeEachEngine('a NUL character in any input', (h) => {
  test('in a concern is a 400 naming the field, and nothing is written', async () => {
    const { schoolId, teacher, pupilId, category } = await schoolWithPeople(h());
    const cases: [Record<string, unknown>, string][] = [
      [{ primaryCategoryId: 'a\u0000b' }, 'primaryCategoryId'],
      [{ children: [{ pupilId: `${pupilId}\u0000`, role: 'subject' }] }, 'children.0.pupilId'],
      [{ tagIds: ['x\u0000'] }, 'tagIds.0'],
      [{ observed: 'A bruise\u0000 on the arm.' }, 'observed'],
    ];
    for (const [overrides, field] of cases) {
      const res = await h().request({
        method: 'POST',
        url: '/api/concerns',
        cookie: teacher.cookie,
        payload: concernInput(pupilId, category, overrides),
      });
      expect(expectError(res, 400, 'VALIDATION').field, res.body).toBe(field);
    }
    const written = await h()
      .rt.conn.db.selectFrom('concerns')
      .select('id')
      .where('school_id', '=', schoolId)
      .execute();
    expect(written).toEqual([]);
  });

  test('in a search or an address is a 400, never a 5xx', async () => {
    const { dsl, teacher } = await schoolWithPeople(h());
    for (const [url, cookie, field] of [
      ['/api/concerns/pupil-search?q=a%00b', teacher.cookie, 'q'],
      ['/api/pupils?q=a%00', dsl.cookie, 'q'],
      ['/api/concerns?status=a%00b', dsl.cookie, 'status'],
      ['/api/files/a%00b', dsl.cookie, 'pupilId'],
    ] as const) {
      const res = await h().request({ method: 'GET', url, cookie });
      expect(expectError(res, 400, 'VALIDATION').field, `${url}: ${res.body}`).toBe(field);
    }
  });

  test('in an inbox search is a 400 naming the field', async () => {
    const { dsl } = await schoolWithPeople(h());
    const res = await h().request({
      method: 'POST',
      url: '/api/concerns/search',
      cookie: dsl.cookie,
      payload: { q: 'a\u0000b' },
    });
    expect(expectError(res, 400, 'VALIDATION').field).toBe('q');
  });

  test('in signing in is a 400, before any account is looked up', async () => {
    const res = await h().request({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: 'a\u0000@example.org', password: 'whatever it is' },
    });
    expect(expectError(res, 400, 'VALIDATION').field).toBe('email');
  });
});
