import { expect, test } from 'vitest';
import { MY_CONCERNS_SHOWN } from '../../src/core/concerns/use-cases/mine.ts';
import { describeEachEngine } from '../support/each-engine.ts';
import { concernInput, schoolWithPeople } from './support.ts';

describeEachEngine(
  'the concerns a recorder raised',
  (h) => {
    test('[D19] are listed newest first, urgent or not, and say when older ones were left out', async () => {
      const { teacher, pupilId, category } = await schoolWithPeople(h());
      const send = async (immediateRisk: boolean) => {
        h().clock.advance(1_000);
        const res = await h().request({
          method: 'POST',
          url: '/api/concerns',
          cookie: teacher.cookie,
          payload: concernInput(pupilId, category, { immediateRisk, bodyMap: [] }),
        });
        expect(res.statusCode, res.body).toBe(201);
        return res.json().data.reference as string;
      };
      // The oldest are urgent: in the inbox's order they would come first and push out the newest.
      const oldest = [await send(true), await send(true)];
      const rest: string[] = [];
      for (let i = 0; i < MY_CONCERNS_SHOWN; i++) rest.push(await send(false));
      const mine = async () => {
        teacher.cookie = await h().signIn(teacher.user);
        return h().request({ method: 'GET', url: '/api/concerns/mine', cookie: teacher.cookie });
      };
      const res = await mine();
      expect(res.statusCode, res.body).toBe(200);
      const listed = res.json().data.map((c: { reference: string }) => c.reference);
      expect(listed).toHaveLength(MY_CONCERNS_SHOWN);
      expect(listed[0]).toBe(rest.at(-1));
      expect(listed).not.toContain(oldest[0]);
      expect(res.json().more).toBe(true);
    });

    test('a short list says nothing was left out', async () => {
      const { teacher, pupilId, category } = await schoolWithPeople(h());
      await h().request({
        method: 'POST',
        url: '/api/concerns',
        cookie: teacher.cookie,
        payload: concernInput(pupilId, category),
      });
      const res = await h().request({
        method: 'GET',
        url: '/api/concerns/mine',
        cookie: teacher.cookie,
      });
      expect(res.json()).toMatchObject({ more: false, data: [expect.any(Object)] });
    });
  },
  // Two hundred concerns from one person in a test: more a minute than a person sends.
  { HAVEN_RATE_LIMIT_PER_MINUTE: '100000' },
);
