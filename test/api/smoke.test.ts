import { expect, test } from 'vitest';
import { describeEachEngine } from '../support/each-engine.ts';
import { validPupil } from '../support/haven.ts';

describeEachEngine('smoke', (h) => {
  test('a DSL signs in with MFA and adds a pupil', async () => {
    const school = await h().createSchool();
    const { cookie } = await h().as(school, ['dsl']);
    const res = await h().request({
      method: 'POST',
      url: '/api/pupils',
      cookie,
      payload: validPupil(),
    });
    expect(res.statusCode, res.body).toBe(201);
    const list = await h().request({ method: 'GET', url: '/api/pupils', cookie });
    expect(list.json().data).toHaveLength(1);
  });
});
