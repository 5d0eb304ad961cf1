import { expect, test } from 'vitest';
import { sweepDeadlines } from '../../src/core/deadlines/use-cases/sweep.ts';
import { describeEachEngine } from '../support/each-engine.ts';
import { concernInput, schoolWithPeople } from './support.ts';

describeEachEngine('alerts when nobody is available, and a DSL who records a concern', (h) => {
  const kinds = async (who: { user: { id: string } }) =>
    (await h().rt.store.transaction((r) => r.notifications.list(who.user.id, 50))).map(
      (n) => n.kind,
    );
  const emailsTo = async (email: string) =>
    (
      await h()
        .rt.conn.db.selectFrom('outbox')
        .select('payload')
        .where('payload', 'like', `%${email}%`)
        .execute()
    ).length;
  const away = (cookie: string, hours: number) =>
    h().request({
      method: 'POST',
      url: '/api/me/availability',
      cookie,
      payload: {
        unavailableUntil: new Date(h().clock.now().getTime() + hours * 3_600_000).toISOString(),
      },
    });
  const record = (cookie: string, overrides: Record<string, unknown>, pupil: string, c: string) =>
    h().request({
      method: 'POST',
      url: '/api/concerns',
      cookie,
      payload: concernInput(pupil, c, overrides),
    });

  test('[D05] [D17] a school whose only DSL is away: the urgent concern waits for them, and the recorder is told to ring', async () => {
    const { dsl, teacher, pupilId, category } = await schoolWithPeople(h());
    expect((await away(dsl.cookie, 1)).statusCode).toBe(204);
    const sent = await record(teacher.cookie, { immediateRisk: true }, pupilId, category);
    expect(sent.statusCode, sent.body).toBe(201);
    // Nobody could be reached now, so the recorder must act themselves...
    expect(sent.json().data.alerted).toBe('nobody');
    expect(sent.json().data.contacts.length).toBeGreaterThan(0);
    // ...and the DSL finds it waiting, in Haven and by email, however long they were away.
    expect(await kinds(dsl)).toEqual(['urgent_concern']);
    expect(await emailsTo(dsl.user.email)).toBe(1);
  });

  test('[D05] an escalation with everyone on its rung away still reaches them', async () => {
    const { schoolId, dsl, teacher, pupilId, category } = await schoolWithPeople(h());
    const head = await h().as(schoolId, ['headteacher']);
    for (const who of [dsl, head]) expect((await away(who.cookie, 2)).statusCode).toBe(204);
    await record(teacher.cookie, { immediateRisk: true }, pupilId, category);
    h().clock.advance(16 * 60_000);
    await sweepDeadlines(h().rt.concerns);
    // Before, the step found nobody available on the rung and told nobody at all.
    expect(await kinds(head)).toContain('escalation');
    const steps = await h()
      .rt.conn.db.selectFrom('audit_events')
      .select('details')
      .where('school_id', '=', schoolId)
      .where('type', '=', 'deadline.alerted')
      .execute();
    expect(steps.length).toBeGreaterThan(0);
    for (const s of steps) expect(JSON.parse(s.details).recipients).toBeGreaterThan(0);
  });

  test('[D05] someone away is not woken while a colleague on the ladder is available', async () => {
    const { schoolId, dsl, teacher, pupilId, category } = await schoolWithPeople(h());
    const head = await h().as(schoolId, ['headteacher']);
    await away(dsl.cookie, 1);
    const sent = await record(teacher.cookie, {}, pupilId, category);
    expect(sent.json().data.alerted).toBe('leaders');
    expect(await kinds(head)).toEqual(['new_concern']);
    expect(await kinds(dsl)).toEqual([]);
  });

  test('[D05] a DSL who records an urgent concern is not alerted about it, and nobody is escalated to', async () => {
    const { schoolId, dsl, pupilId, category } = await schoolWithPeople(h());
    const deputy = await h().as(schoolId, ['deputy_dsl']);
    const head = await h().as(schoolId, ['headteacher']);
    const sent = await record(dsl.cookie, { immediateRisk: true }, pupilId, category);
    expect(sent.statusCode, sent.body).toBe(201);
    expect(sent.json().data.alerted).toBe('dsl_team');
    // The rest of the team hears of it; the DSL is not alerted about their own concern.
    expect(await kinds(dsl)).toEqual([]);
    expect(await kinds(deputy)).toEqual(['urgent_concern']);
    // It waits in the inbox to be triaged like any other.
    const id = sent.json().data.id as string;
    const detail = (
      await h().request({ method: 'GET', url: `/api/concerns/${id}`, cookie: dsl.cookie })
    ).json().data;
    expect(detail).toMatchObject({ status: 'new', acknowledgedAt: null });
    // No urgent clock: the team was reached when one of them recorded it.
    h().clock.advance(40 * 60_000);
    await sweepDeadlines(h().rt.concerns);
    expect(await kinds(head)).toEqual([]);
    expect(await kinds(deputy)).toEqual(['urgent_concern']);
  });

  test('[D05] a DSL who is the whole team records a concern: the alert counts as reached, and nobody is woken', async () => {
    const { schoolId, dsl, pupilId, category } = await schoolWithPeople(h());
    const head = await h().as(schoolId, ['headteacher']);
    const sent = await record(dsl.cookie, {}, pupilId, category);
    expect(sent.json().data.alerted).toBe('dsl_team');
    expect(await kinds(dsl)).toEqual([]);
    expect(await kinds(head)).toEqual([]);
  });
});

describeEachEngine('what a concern is checked for: categories and wellbeing factors', (h) => {
  test('a category chosen twice, or the main category again as a tag, is refused on that tag', async () => {
    const { teacher, pupilId, category } = await schoolWithPeople(h());
    const other = (
      await h().request({ method: 'GET', url: '/api/categories', cookie: teacher.cookie })
    )
      .json()
      .data.find((c: { id: string }) => c.id !== category).id as string;
    for (const [tagIds, field] of [
      [[category], 'tagIds.0'],
      [[other, other], 'tagIds.1'],
    ] as const) {
      const res = await h().request({
        method: 'POST',
        url: '/api/concerns',
        cookie: teacher.cookie,
        payload: concernInput(pupilId, category, { tagIds }),
      });
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().error.field).toBe(field);
    }
  });

  test('[D44] a wellbeing concern with neither risk nor protective factors is refused on riskFactors', async () => {
    const { schoolId, teacher, pupilId, category } = await schoolWithPeople(h());
    const res = await h().request({
      method: 'POST',
      url: '/api/concerns',
      cookie: teacher.cookie,
      payload: concernInput(pupilId, category, { kind: 'wellbeing', bodyMap: [] }),
    });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.field).toBe('riskFactors');
    const rows = await h()
      .rt.conn.db.selectFrom('concerns')
      .select('id')
      .where('school_id', '=', schoolId)
      .execute();
    expect(rows).toEqual([]);
    const one = await h().request({
      method: 'POST',
      url: '/api/concerns',
      cookie: teacher.cookie,
      payload: concernInput(pupilId, category, {
        kind: 'wellbeing',
        bodyMap: [],
        protectiveFactors: 'Close to her grandmother',
      }),
    });
    expect(one.statusCode, one.body).toBe(201);
  });
});
