import { randomUUID } from 'node:crypto';
import { expect, test } from 'vitest';
import { describeEachEngine } from '../support/each-engine.ts';
import { expectError } from '../api/helpers.ts';
import { concernInput, schoolWithPeople } from './support.ts';

describeEachEngine('sending a concern twice (a lost reply on a phone)', (h) => {
  const send = (cookie: string, payload: object, key?: string) =>
    h().request({
      method: 'POST',
      url: '/api/concerns',
      cookie,
      payload,
      ...(key ? { headers: { 'idempotency-key': key } } : {}),
    });
  const countFor = async (schoolId: string, table: 'concerns' | 'notifications' | 'outbox') =>
    (
      await h()
        .rt.conn.db.selectFrom(table)
        .select('id')
        .where('school_id', '=', schoolId)
        .execute()
    ).length;

  test('[D16] the same key sent again answers the first receipt: one concern, one alert', async () => {
    const { schoolId, teacher, pupilId, category } = await schoolWithPeople(h());
    const key = randomUUID();
    const first = await send(teacher.cookie, concernInput(pupilId, category), key);
    expect(first.statusCode, first.body).toBe(201);
    const again = await send(teacher.cookie, concernInput(pupilId, category), key);
    expect(again.statusCode, again.body).toBe(201);
    expect(again.json().data).toEqual(first.json().data);
    expect(await countFor(schoolId, 'concerns')).toBe(1);
    expect(await countFor(schoolId, 'notifications')).toBe(1);
    expect(await countFor(schoolId, 'outbox')).toBe(1);
    // A different key is a different concern.
    expect(
      (await send(teacher.cookie, concernInput(pupilId, category), randomUUID())).json().data
        .reference,
    ).toBe('C-00002');
  });

  test('[D29] the same key sent again with other words is refused, never quietly dropped: the record stays as signed', async () => {
    const { schoolId, teacher, pupilId, category } = await schoolWithPeople(h());
    const key = randomUUID();
    const first = await send(teacher.cookie, concernInput(pupilId, category), key);
    expect(first.statusCode, first.body).toBe(201);
    // The reply was lost; the recorder changed the form and sent it again under the same key.
    const changed = concernInput(pupilId, category, {
      observed: 'A bruise on the left forearm, and another on the neck.',
      immediateRisk: true,
    });
    const again = await send(teacher.cookie, changed, key);
    const error = expectError(again, 409, 'CONFLICT');
    expect(error.message).toContain(first.json().data.reference);
    expect(error.message).toContain('addendum');
    expect(await countFor(schoolId, 'concerns')).toBe(1);
    // Nothing of the second sending was kept: no urgent alert went out on the strength of it.
    expect(await countFor(schoolId, 'notifications')).toBe(1);
    expect(await countFor(schoolId, 'outbox')).toBe(1);
  });

  test('two sendings at the same moment make one concern', async () => {
    const { schoolId, teacher, pupilId, category } = await schoolWithPeople(h());
    const key = randomUUID();
    const both = await Promise.all(
      [0, 1].map(() => send(teacher.cookie, concernInput(pupilId, category), key)),
    );
    expect(both.map((r) => r.statusCode)).toEqual([201, 201]);
    expect(both[0]?.json().data.id).toBe(both[1]?.json().data.id);
    expect(await countFor(schoolId, 'concerns')).toBe(1);
    expect(await countFor(schoolId, 'outbox')).toBe(1);
  });

  test('an urgent concern sent again still gives the numbers to ring', async () => {
    const { teacher, pupilId, category } = await schoolWithPeople(h());
    const key = randomUUID();
    const input = concernInput(pupilId, category, { immediateRisk: true });
    const first = (await send(teacher.cookie, input, key)).json().data;
    const again = (await send(teacher.cookie, input, key)).json().data;
    expect(again).toEqual(first);
    expect(again).toMatchObject({ alerted: 'dsl_team', immediateRisk: true });
    expect(again.contacts).toEqual(
      expect.arrayContaining([expect.objectContaining({ phone: '999' })]),
    );
  });

  test('the draft the key names goes with the sending, and a late save cannot bring it back', async () => {
    const { teacher, pupilId, category } = await schoolWithPeople(h());
    const draftId = randomUUID();
    const put = () =>
      h().request({
        method: 'PUT',
        url: `/api/concerns/drafts/${draftId}`,
        cookie: teacher.cookie,
        payload: { input: { observed: 'Half written' } },
      });
    expect((await put()).statusCode).toBe(200);
    expect((await send(teacher.cookie, concernInput(pupilId, category), draftId)).statusCode).toBe(
      201,
    );
    const drafts = await h().request({
      method: 'GET',
      url: '/api/concerns/drafts',
      cookie: teacher.cookie,
    });
    expect(drafts.json().data).toEqual([]);
    expectError(await put(), 409, 'CONFLICT', 'id');
  });

  test("another person's key is theirs alone; a bad key is refused naming the header", async () => {
    const { schoolId, teacher, pupilId, category } = await schoolWithPeople(h());
    const colleague = await h().as(schoolId, ['staff']);
    const key = randomUUID();
    const mine = (await send(teacher.cookie, concernInput(pupilId, category), key)).json().data;
    const theirs = await send(colleague.cookie, concernInput(pupilId, category), key);
    expect(theirs.statusCode).toBe(201);
    expect(theirs.json().data.id).not.toBe(mine.id);
    expectError(
      await send(teacher.cookie, concernInput(pupilId, category), 'not-a-uuid'),
      400,
      'VALIDATION',
      'idempotency-key',
    );
    expect(await countFor(schoolId, 'concerns')).toBe(2);
  });

  test('a refused sending claims nothing: the same key works once the input is put right', async () => {
    const { schoolId, teacher, pupilId, category } = await schoolWithPeople(h());
    const key = randomUUID();
    const bad = await send(teacher.cookie, concernInput(pupilId, 'no-such-category'), key);
    expectError(bad, 400, 'VALIDATION', 'primaryCategoryId');
    const good = await send(teacher.cookie, concernInput(pupilId, category), key);
    expect(good.statusCode, good.body).toBe(201);
    expect(await countFor(schoolId, 'concerns')).toBe(1);
  });
});
