import { expect, test } from 'vitest';
import { describeEachEngine } from '../support/each-engine.ts';
import { concernInput, schoolWithPeople } from './support.ts';

/** A real 1×1 PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

describeEachEngine('[D05] someone stepping in for the DSL team sees what was recorded', (h) => {
  const call = (cookie: string, method: 'GET' | 'POST', url: string, payload?: object) =>
    h().request({ method, url, cookie, ...(payload ? { payload } : {}) });

  test('the recorder’s addenda and attachments, not those the team added since', async () => {
    const { schoolId, dsl, teacher, pupilId, category } = await schoolWithPeople(h());
    const head = await h().as(schoolId, ['headteacher']);
    const until = new Date(h().clock.now().getTime() + 86_400_000).toISOString();
    const away = await call(dsl.cookie, 'POST', '/api/me/availability', {
      unavailableUntil: until,
    });
    expect(away.statusCode, away.body).toBe(204);
    const sent = await call(
      teacher.cookie,
      'POST',
      '/api/concerns',
      concernInput(pupilId, category),
    );
    expect(sent.json().data.alerted).toBe('leaders');
    const id = sent.json().data.id as string;

    const attach = async (cookie: string, filename: string) => {
      const res = await call(cookie, 'POST', `/api/concerns/${id}/attachments`, {
        filename,
        contentBase64: PNG.toString('base64'),
      });
      expect(res.statusCode, res.body).toBe(201);
      return res.json().data.id as string;
    };
    const addendum = async (cookie: string, text: string) =>
      expect((await call(cookie, 'POST', `/api/concerns/${id}/addenda`, { text })).statusCode).toBe(
        201,
      );
    const recorders = await attach(teacher.cookie, 'arm.png');
    await addendum(teacher.cookie, 'He said it happened on Sunday.');
    // The DSL looks in from home: their own work is the team's, not what was recorded.
    const teams = await attach(dsl.cookie, 'strategy-notes.png');
    await addendum(dsl.cookie, 'Spoke to the social worker on duty.');

    const seen = await call(head.cookie, 'GET', `/api/concerns/${id}`);
    expect(seen.statusCode, seen.body).toBe(200);
    const data = seen.json().data;
    expect(data.addenda.map((a: { text: string }) => a.text)).toEqual([
      'He said it happened on Sunday.',
    ]);
    expect(data.attachments.map((a: { filename: string }) => a.filename)).toEqual(['arm.png']);
    expect(seen.body).not.toContain('social worker');
    expect(seen.body).not.toContain('strategy-notes');
    const open = (cookie: string, attachmentId: string) =>
      call(cookie, 'GET', `/api/concerns/${id}/attachments/${attachmentId}`);
    expect((await open(head.cookie, recorders)).statusCode).toBe(200);
    expect((await open(head.cookie, teams)).statusCode).toBe(404);

    // The DSL team sees all of it.
    const full = (await call(dsl.cookie, 'GET', `/api/concerns/${id}`)).json().data;
    expect(full.addenda).toHaveLength(2);
    expect(full.attachments).toHaveLength(2);
    expect((await open(dsl.cookie, teams)).statusCode).toBe(200);
  });
});
