import { randomUUID } from 'node:crypto';
import { expect, test } from 'vitest';
import { describeEachEngine } from '../support/each-engine.ts';
import { schoolWithPeople } from './support.ts';

describeEachEngine('drafts and notifications belong to one person', (h) => {
  test('a draft is saved on the server, resumed, and deleted; nobody else can touch it', async () => {
    const { schoolId, teacher } = await schoolWithPeople(h());
    const colleague = await h().as(schoolId, ['staff']);
    const id = randomUUID();
    const put = (cookie: string, input: object) =>
      h().request({ method: 'PUT', url: `/api/concerns/drafts/${id}`, cookie, payload: { input } });
    expect((await put(teacher.cookie, { observed: 'Half-written' })).statusCode).toBe(200);
    expect((await put(teacher.cookie, { observed: 'Half-written, then more' })).statusCode).toBe(
      200,
    );
    const mine = (
      await h().request({ method: 'GET', url: '/api/concerns/drafts', cookie: teacher.cookie })
    ).json().data;
    expect(mine).toEqual([
      expect.objectContaining({ id, input: { observed: 'Half-written, then more' } }),
    ]);

    expect((await put(colleague.cookie, { observed: 'Overwritten' })).statusCode).toBe(404);
    expect(
      (
        await h().request({
          method: 'DELETE',
          url: `/api/concerns/drafts/${id}`,
          cookie: colleague.cookie,
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await h().request({ method: 'GET', url: '/api/concerns/drafts', cookie: colleague.cookie })
      ).json().data,
    ).toEqual([]);

    expect(
      (
        await h().request({
          method: 'DELETE',
          url: `/api/concerns/drafts/${id}`,
          cookie: teacher.cookie,
        })
      ).statusCode,
    ).toBe(204);
    expect(
      (
        await h().request({ method: 'GET', url: '/api/concerns/drafts', cookie: teacher.cookie })
      ).json().data,
    ).toEqual([]);
  });

  test('draft ids must be uuids, drafts need a session', async () => {
    const { teacher } = await schoolWithPeople(h());
    const bad = await h().request({
      method: 'PUT',
      url: '/api/concerns/drafts/draft-1',
      cookie: teacher.cookie,
      payload: { input: {} },
    });
    expect([bad.statusCode, bad.json().error.field]).toEqual([400, 'id']);
    expect((await h().request({ method: 'GET', url: '/api/concerns/drafts' })).statusCode).toBe(
      401,
    );
  });

  test('someone else’s notification cannot be marked read', async () => {
    const { dsl, teacher, pupilId, category } = await schoolWithPeople(h());
    const { concernInput } = await import('./support.ts');
    await h().request({
      method: 'POST',
      url: '/api/concerns',
      cookie: teacher.cookie,
      payload: concernInput(pupilId, category),
    });
    const note = (
      await h().request({ method: 'GET', url: '/api/notifications', cookie: dsl.cookie })
    ).json().data[0];
    expect(
      (
        await h().request({
          method: 'POST',
          url: `/api/notifications/${note.id}/read`,
          cookie: teacher.cookie,
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await h().request({
          method: 'POST',
          url: `/api/notifications/${note.id}/read`,
          cookie: dsl.cookie,
        })
      ).statusCode,
    ).toBe(204);
    expect(
      (await h().request({ method: 'GET', url: '/api/notifications', cookie: dsl.cookie })).json()
        .unread,
    ).toBe(0);
  });
});
