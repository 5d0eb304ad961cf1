import { expect, test } from 'vitest';
import { describeEachEngine } from '../support/each-engine.ts';

describeEachEngine('background requests', (h) => {
  test('polling for notifications does not keep an unattended session alive', async () => {
    const school = await h().createSchool();
    const { cookie } = await h().as(school, ['dsl']);
    const poll = () =>
      h().request({
        method: 'GET',
        url: '/api/notifications',
        cookie,
        headers: { 'x-haven-background': '1' },
      });
    for (let i = 0; i < 7; i++) {
      h().clock.advance(2 * 60_000);
      expect((await poll()).statusCode).toBe(200);
    }
    h().clock.advance(2 * 60_000);
    const res = await poll();
    expect(res.statusCode).toBe(401);
    expect(res.json().error.message).toMatch(/inactivity/);
  });

  test('a request the person makes does keep it alive', async () => {
    const school = await h().createSchool();
    const { cookie } = await h().as(school, ['dsl']);
    for (let i = 0; i < 10; i++) {
      h().clock.advance(2 * 60_000);
      expect(
        (await h().request({ method: 'GET', url: '/api/notifications', cookie })).statusCode,
      ).toBe(200);
    }
  });
});
