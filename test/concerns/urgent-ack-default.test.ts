import { expect, test } from 'vitest';
import { describeEachEngine } from '../support/each-engine.ts';
import { concernInput, schoolWithPeople } from './support.ts';

describeEachEngine(
  'an installation’s own urgent acknowledgement time',
  (h) => {
    const urgentRule = async (cookie: string) =>
      (await h().request({ method: 'GET', url: '/api/deadline-rules', cookie }))
        .json()
        .data.find((r: { rule: string }) => r.rule === 'urgent_ack');

    test('the settings show the configured default, the one urgent clocks open with', async () => {
      const { dsl, teacher, pupilId, category } = await schoolWithPeople(h());
      expect(await urgentRule(dsl.cookie)).toMatchObject({
        clock: '30 minutes',
        setting: { min: 5, max: 120, value: 30 },
      });
      await h().request({
        method: 'POST',
        url: '/api/concerns',
        cookie: teacher.cookie,
        payload: concernInput(pupilId, category, { immediateRisk: true }),
      });
      const clocks = (
        await h().request({ method: 'GET', url: '/api/deadlines?scope=school', cookie: dsl.cookie })
      ).json().data;
      expect(clocks[0].basis).toMatch(/^30 minutes from /);
    });

    test('a school’s own number still wins over the installation’s', async () => {
      const { dsl } = await schoolWithPeople(h());
      const set = await h().request({
        method: 'PUT',
        url: '/api/deadline-rules/urgent_ack',
        cookie: dsl.cookie,
        payload: { value: 10 },
      });
      expect(set.statusCode, set.body).toBe(200);
      expect(await urgentRule(dsl.cookie)).toMatchObject({
        clock: '10 minutes',
        setting: { value: 10 },
      });
    });
  },
  { HAVEN_URGENT_ACK_MINUTES: '30' },
);
