import { randomUUID } from 'node:crypto';
import { expect, test } from 'vitest';
import { describeEachEngine } from '../support/each-engine.ts';
import { concernInput, schoolWithPeople } from './support.ts';

const minutesFromNow = (now: Date, minutes: number) =>
  new Date(now.getTime() + minutes * 60_000).toISOString();

describeEachEngine('what a concern and its attachments are checked for', (h) => {
  const record = (cookie: string, pupilId: string, category: string, incidentAt: string) =>
    h().request({
      method: 'POST',
      url: '/api/concerns',
      cookie,
      payload: concernInput(pupilId, category, { incidentAt }),
    });
  const concernsOf = (schoolId: string) =>
    h().rt.conn.db.selectFrom('concerns').select('id').where('school_id', '=', schoolId).execute();

  const refused = async (incidentAt: string) => {
    const { schoolId, teacher, pupilId, category } = await schoolWithPeople(h());
    const res = await record(teacher.cookie, pupilId, category, incidentAt);
    expect(res.statusCode, `${incidentAt}: ${res.body}`).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'VALIDATION', field: 'incidentAt' });
    expect(await concernsOf(schoolId)).toEqual([]);
  };

  test('an incident an hour ahead of the server is refused on incidentAt and nothing is written', () =>
    refused(minutesFromNow(h().clock.now(), 60)));

  test('an incident before 1990 is refused on incidentAt and nothing is written', async () => {
    await refused('1900-01-01T00:00:00Z');
    await refused('0000-01-01T00:00:00Z');
  });

  test('a phone a couple of minutes ahead of the server is allowed', async () => {
    const { schoolId, teacher, pupilId, category } = await schoolWithPeople(h());
    const res = await record(teacher.cookie, pupilId, category, minutesFromNow(h().clock.now(), 2));
    expect(res.statusCode, res.body).toBe(201);
    expect(await concernsOf(schoolId)).toHaveLength(1);
  });

  test('a draft is unfinished work: any incident time saves', async () => {
    const { teacher } = await schoolWithPeople(h());
    for (const incidentAt of [minutesFromNow(h().clock.now(), 60), '1900-01-01T00:00:00Z']) {
      const res = await h().request({
        method: 'PUT',
        url: `/api/concerns/drafts/${randomUUID()}`,
        cookie: teacher.cookie,
        payload: { input: { incidentAt } },
      });
      expect(res.statusCode, res.body).toBe(200);
    }
  });

  test('every problem with an attachment’s bytes names contentBase64, the field that carried them', async () => {
    const { teacher, pupilId, category } = await schoolWithPeople(h());
    const id = (await record(teacher.cookie, pupilId, category, '2026-03-02T08:30:00Z')).json().data
      .id;
    const upload = (contentBase64: string) =>
      h().request({
        method: 'POST',
        url: `/api/concerns/${id}/attachments`,
        cookie: teacher.cookie,
        payload: { filename: 'photo.jpg', contentBase64 },
      });
    for (const [what, contentBase64] of [
      ['not base64', 'this is %%% not base64'],
      ['not a photo or PDF', Buffer.from('MZ a renamed program').toString('base64')],
      ['empty', ''],
    ]) {
      const res = await upload(contentBase64 as string);
      expect(res.statusCode, `${what}: ${res.body}`).toBe(400);
      expect(res.json().error.field, what).toBe('contentBase64');
    }
  });
});
