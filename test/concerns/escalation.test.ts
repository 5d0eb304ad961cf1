import { expect, test } from 'vitest';
import { sweepDeadlines } from '../../src/core/deadlines/use-cases/sweep.ts';
import { describeEachEngine } from '../support/each-engine.ts';
import { concernInput, schoolWithPeople } from './support.ts';

describeEachEngine('urgent alerts escalate on a clock', (h) => {
  // Read from storage: over these clock jumps the people's sessions idle out.
  const kinds = async (who: { user: { id: string } }) =>
    (await h().rt.store.transaction((r) => r.notifications.list(who.user.id, 50))).map(
      (n) => n.kind,
    );

  test('[D05] [D06] an urgent concern unacknowledged after 15 minutes alerts again and reaches the headteacher, then the chair', async () => {
    const people = await schoolWithPeople(h());
    const head = await h().as(people.schoolId, ['headteacher']);
    const chair = await h().as(people.schoolId, ['chair_of_governors']);
    await h().request({
      method: 'POST',
      url: '/api/concerns',
      cookie: people.teacher.cookie,
      payload: concernInput(people.pupilId, people.category, { immediateRisk: true }),
    });

    h().clock.advance(14 * 60_000);
    await sweepDeadlines(h().rt.concerns);
    expect(await kinds(head)).toEqual([]);

    h().clock.advance(2 * 60_000);
    expect(await sweepDeadlines(h().rt.concerns)).toBeGreaterThanOrEqual(1);
    expect(await kinds(people.dsl)).toEqual(['escalation', 'urgent_concern']);
    expect(await kinds(head)).toEqual(['escalation']);
    expect(await kinds(chair)).toEqual([]);

    h().clock.advance(10 * 60_000);
    await sweepDeadlines(h().rt.concerns);
    expect(await kinds(chair)).toEqual([]);
    h().clock.advance(6 * 60_000);
    await sweepDeadlines(h().rt.concerns);
    expect(await kinds(chair)).toEqual(['escalation']);
    const audit = await h().auditTypes(people.schoolId);
    expect(audit.filter((t) => t === 'deadline.alerted')).toHaveLength(2);
  });

  test('[D05] whoever the escalation reached can open the concern and acknowledge it; nobody else can', async () => {
    const people = await schoolWithPeople(h());
    const head = await h().as(people.schoolId, ['headteacher']);
    const chair = await h().as(people.schoolId, ['chair_of_governors']);
    const elsewhere = await h().as(await h().createSchool(), ['headteacher']);
    const sent = await h().request({
      method: 'POST',
      url: '/api/concerns',
      cookie: people.teacher.cookie,
      payload: concernInput(people.pupilId, people.category, { immediateRisk: true }),
    });
    const id = sent.json().data.id as string;
    const open = (cookie: string) =>
      h().request({ method: 'GET', url: `/api/concerns/${id}`, cookie });
    const acknowledge = (cookie: string) =>
      h().request({ method: 'POST', url: `/api/concerns/${id}/acknowledge`, cookie });

    // Before any alert reached them, the concern does not exist for the head.
    for (const who of [head, chair, people.teacher, elsewhere]) {
      expect((await open(who.cookie)).statusCode).toBe(404);
      expect((await acknowledge(who.cookie)).statusCode).toBe(404);
    }

    h().clock.advance(16 * 60_000);
    await sweepDeadlines(h().rt.concerns);
    expect(await kinds(head)).toEqual(['escalation']);
    // Their sessions idled out over the jump: each signs in again.
    for (const who of [head, chair, people.teacher, people.dsl, elsewhere])
      who.cookie = await h().signIn(who.user);
    const seen = await open(head.cookie);
    expect(seen.statusCode, seen.body).toBe(200);
    expect(seen.json().data).toMatchObject({ id, immediateRisk: true, acknowledgedAt: null });
    expect(seen.json().data.narrative.observed).toContain('bruise');
    expect(seen.json().allowedActions).toContain('concern.respond');
    expect(seen.json().allowedActions).not.toContain('concern.triage');
    // The chair was not reached yet, the teacher never: still not found.
    for (const who of [chair, people.teacher, elsewhere])
      expect((await open(who.cookie)).statusCode).toBe(404);
    // Stepping in does not open the child's file or the DSL team's steps.
    expect(
      (
        await h().request({
          method: 'GET',
          url: `/api/files/${people.pupilId}`,
          cookie: head.cookie,
        })
      ).statusCode,
    ).toBe(404);
    const decided = await h().request({
      method: 'POST',
      url: `/api/concerns/${id}/decision`,
      cookie: head.cookie,
      payload: { outcome: 'monitor', levelOfNeed: 'universal', rationale: 'x' },
    });
    expect(decided.statusCode).toBe(404);

    expect((await acknowledge(head.cookie)).statusCode).toBe(204);
    const after = (await open(people.dsl.cookie)).json().data;
    expect(after.acknowledgedAt).not.toBeNull();
    // Only the DSL team takes a case on by acknowledging it.
    expect(after.ownerId).toBeNull();
    // The head who stepped in still has it, without the team's own work, until the team takes it.
    expect((await open(head.cookie)).json().data).toMatchObject({ decisions: [], actions: [] });
    const assigned = await h().request({
      method: 'POST',
      url: `/api/concerns/${id}/assign`,
      cookie: people.dsl.cookie,
      payload: { ownerId: people.dsl.user.id },
    });
    expect(assigned.statusCode, assigned.body).toBe(204);
    expect((await open(head.cookie)).statusCode).toBe(404);
    // The clock is met: the alerts stop short of the chair.
    h().clock.advance(30 * 60_000);
    await sweepDeadlines(h().rt.concerns);
    expect(await kinds(chair)).toEqual([]);
    const reads = await h()
      .rt.conn.db.selectFrom('audit_events')
      .select(['actor_id', 'details'])
      .where('type', '=', 'concern.read')
      .where('subject_id', '=', id)
      .execute();
    expect(reads.map((r) => [r.actor_id, JSON.parse(r.details).via])).toEqual(
      expect.arrayContaining([
        [head.user.id, 'alert'],
        [people.dsl.user.id, 'dsl_team'],
      ]),
    );
  });

  test('acknowledging stops the clock', async () => {
    const people = await schoolWithPeople(h());
    const head = await h().as(people.schoolId, ['headteacher']);
    const id = (
      await h().request({
        method: 'POST',
        url: '/api/concerns',
        cookie: people.teacher.cookie,
        payload: concernInput(people.pupilId, people.category, { immediateRisk: true }),
      })
    ).json().data.id;
    const clocks = async () =>
      (
        await h().request({
          method: 'GET',
          url: '/api/deadlines?scope=school',
          cookie: people.dsl.cookie,
        })
      ).json().data;
    expect(await clocks()).toMatchObject([
      { rule: 'urgent_ack', subjectId: id, label: 'Acknowledge the urgent concern' },
    ]);
    expect((await clocks())[0].basis).toMatch(/^15 minutes from /);
    h().clock.advance(5 * 60_000);
    await h().request({
      method: 'POST',
      url: `/api/concerns/${id}/acknowledge`,
      cookie: people.dsl.cookie,
    });
    expect(await clocks()).toEqual([]);
    h().clock.advance(30 * 60_000);
    await sweepDeadlines(h().rt.concerns);
    expect(await kinds(head)).toEqual([]);
  });

  test('[D05] when the DSL marks themselves unavailable, alerts go to whoever is on duty', async () => {
    const people = await schoolWithPeople(h());
    const deputy = await h().as(people.schoolId, ['deputy_dsl']);
    const until = new Date(h().clock.now().getTime() + 3 * 86_400_000).toISOString();
    expect(
      (
        await h().request({
          method: 'POST',
          url: '/api/me/availability',
          cookie: people.dsl.cookie,
          payload: { unavailableUntil: until },
        })
      ).statusCode,
    ).toBe(204);
    await h().request({
      method: 'POST',
      url: '/api/concerns',
      cookie: people.teacher.cookie,
      payload: concernInput(people.pupilId, people.category),
    });
    expect(await kinds(people.dsl)).toEqual([]);
    expect(await kinds(deputy)).toEqual(['new_concern']);
  });

  test('[D05] with the whole DSL team away, the headteacher is alerted', async () => {
    const people = await schoolWithPeople(h());
    const head = await h().as(people.schoolId, ['headteacher']);
    const until = new Date(h().clock.now().getTime() + 86_400_000).toISOString();
    await h().request({
      method: 'POST',
      url: '/api/me/availability',
      cookie: people.dsl.cookie,
      payload: { unavailableUntil: until },
    });
    const sent = await h().request({
      method: 'POST',
      url: '/api/concerns',
      cookie: people.teacher.cookie,
      payload: concernInput(people.pupilId, people.category),
    });
    // The recorder is told who was alerted instead.
    expect(sent.json().data.alerted).toBe('leaders');
    expect(await kinds(head)).toEqual(['new_concern']);
  });

  test('[D44] a wellbeing concern keeps its risk and protective factors', async () => {
    const people = await schoolWithPeople(h());
    const mh = await h().request({
      method: 'GET',
      url: '/api/categories',
      cookie: people.teacher.cookie,
    });
    const category = mh.json().data.find((c: { code: string }) => c.code === 'mental_health').id;
    const id = (
      await h().request({
        method: 'POST',
        url: '/api/concerns',
        cookie: people.teacher.cookie,
        payload: concernInput(people.pupilId, category, {
          kind: 'wellbeing',
          riskFactors: 'Low mood for weeks',
          protectiveFactors: 'Close to grandmother',
          bodyMap: [],
        }),
      })
    ).json().data.id;
    const detail = (
      await h().request({ method: 'GET', url: `/api/concerns/${id}`, cookie: people.dsl.cookie })
    ).json().data;
    expect(detail).toMatchObject({
      kind: 'wellbeing',
      narrative: { riskFactors: 'Low mood for weeks', protectiveFactors: 'Close to grandmother' },
    });
  });
});

describeEachEngine('availability', (h) => {
  test('only people who receive alerts set it, and only into the future', async () => {
    const people = await schoolWithPeople(h());
    const past = new Date(h().clock.now().getTime() - 60_000).toISOString();
    const future = new Date(h().clock.now().getTime() + 60_000).toISOString();
    const set = (cookie: string, unavailableUntil: string | null) =>
      h().request({
        method: 'POST',
        url: '/api/me/availability',
        cookie,
        payload: { unavailableUntil },
      });
    expect((await set(people.teacher.cookie, future)).statusCode).toBe(403);
    const bad = await set(people.dsl.cookie, past);
    expect([bad.statusCode, bad.json().error.field]).toEqual([400, 'unavailableUntil']);
    expect((await set(people.dsl.cookie, future)).statusCode).toBe(204);
    const me = async () =>
      (await h().request({ method: 'GET', url: '/api/me', cookie: people.dsl.cookie })).json().data
        .user;
    expect((await me()).unavailableUntil).toBe(new Date(future).toISOString());
    expect((await set(people.dsl.cookie, null)).statusCode).toBe(204);
    expect((await me()).unavailableUntil).toBeNull();
  });
});
