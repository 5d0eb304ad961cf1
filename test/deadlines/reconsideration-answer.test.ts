import { expect, test } from 'vitest';
import { sweepDeadlines } from '../../src/core/deadlines/use-cases/sweep.ts';
import { describeEachEngine } from '../support/each-engine.ts';
import { concernInput, schoolWithPeople } from '../concerns/support.ts';

describeEachEngine('the clock on a request for reconsideration (D19)', (h) => {
  const deadlinesOf = async (cookie: string, id: string, state = '') => {
    const res = await h().request({
      method: 'GET',
      url: `/api/deadlines?scope=school${state ? `&state=${state}` : ''}`,
      cookie,
    });
    expect(res.statusCode, res.body).toBe(200);
    return res
      .json()
      .data.filter(
        (d: { rule: string; subjectId: string }) =>
          d.rule === 'reconsideration_answer' && d.subjectId === id,
      );
  };

  test('[D19] a request opens a two-working-day clock for the DSL team, the sweeper chases it, and the answer meets it', async () => {
    // Thursday 5 March 2026, 10:00 in London (GMT): due Monday, past the weekend.
    h().clock.set('2026-03-05T10:00:00Z');
    const { schoolId, dsl, teacher, pupilId, category } = await schoolWithPeople(h());
    const recorded = await h().request({
      method: 'POST',
      url: '/api/concerns',
      cookie: teacher.cookie,
      payload: concernInput(pupilId, category),
    });
    const id = recorded.json().data.id as string;
    const asked = await h().request({
      method: 'POST',
      url: `/api/concerns/${id}/reconsider`,
      cookie: teacher.cookie,
      payload: { reason: 'He is still coming in hungry.' },
    });
    expect(asked.statusCode, asked.body).toBe(204);

    const [clock] = await deadlinesOf(dsl.cookie, id);
    expect(clock).toMatchObject({
      rule: 'reconsideration_answer',
      subjectType: 'concern',
      pupilId,
      ownerId: null,
      state: 'open',
    });
    expect(clock.dueAt.slice(0, 10)).toBe('2026-03-09');
    expect(clock.basis).toMatch(/2 working days/);

    // Missed: the DSL team is alerted, by an email that says nothing of the child.
    h().clock.set(new Date(Date.parse(clock.dueAt) + 60_000).toISOString());
    await sweepDeadlines(h().rt.concerns);
    const alerts = await h().rt.store.transaction((r) => r.notifications.list(dsl.user.id, 50));
    expect(alerts.map((n) => n.kind)).toContain('deadline_missed');
    const mail = await h()
      .rt.conn.db.selectFrom('outbox')
      .select('payload')
      .where('school_id', '=', schoolId)
      .where('payload', 'like', '%deadline has passed%')
      .execute();
    expect(mail).toHaveLength(1);
    expect(mail[0]?.payload).not.toMatch(/hungry|Amelia|Fictional/i);

    const cookie = await h().signIn(dsl.user);
    const answered = await h().request({
      method: 'POST',
      url: `/api/concerns/${id}/reconsideration-answer`,
      cookie,
      payload: { answer: 'Breakfast club arranged.' },
    });
    expect(answered.statusCode, answered.body).toBe(204);
    expect(await deadlinesOf(cookie, id)).toEqual([]);
    const [met] = await deadlinesOf(cookie, id, 'closed');
    expect(met).toMatchObject({ state: 'met', waivedReason: null });
  });

  test('[D19] each request starts its own clock; one answer meets only the one that waits', async () => {
    h().clock.set('2026-03-16T09:00:00Z');
    const { dsl, teacher, pupilId, category } = await schoolWithPeople(h());
    const recorded = await h().request({
      method: 'POST',
      url: '/api/concerns',
      cookie: teacher.cookie,
      payload: concernInput(pupilId, category),
    });
    const id = recorded.json().data.id as string;
    const step = async (cookie: string, path: string, payload: object) =>
      expect(
        (await h().request({ method: 'POST', url: `/api/concerns/${id}${path}`, cookie, payload }))
          .statusCode,
      ).toBe(204);
    await step(teacher.cookie, '/reconsider', { reason: 'First.' });
    await step(dsl.cookie, '/reconsideration-answer', { answer: 'First answer.' });
    await step(teacher.cookie, '/reconsider', { reason: 'Second.' });
    expect(await deadlinesOf(dsl.cookie, id)).toHaveLength(1);
    expect(await deadlinesOf(dsl.cookie, id, 'closed')).toHaveLength(1);
    await step(dsl.cookie, '/reconsideration-answer', { answer: 'Second answer.' });
    expect(await deadlinesOf(dsl.cookie, id)).toEqual([]);
    expect(await deadlinesOf(dsl.cookie, id, 'closed')).toHaveLength(2);
  });
});
