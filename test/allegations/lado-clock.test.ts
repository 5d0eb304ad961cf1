import { expect, test } from 'vitest';
import { sweepDeadlines } from '../../src/core/deadlines/use-cases/sweep.ts';
import { describeEachEngine } from '../support/each-engine.ts';
import { api, staffedSchool } from './support.ts';

describeEachEngine('the LADO clock', (h) => {
  const kinds = async (userId: string) =>
    (await h().rt.store.transaction((r) => r.notifications.list(userId, 50)))
      .filter((n) => n.caseId)
      .map((n) => n.kind)
      .reverse();
  const sweepAt = async (iso: string) => {
    h().clock.set(iso);
    return sweepDeadlines(h().rt.concerns);
  };

  test('[D42] one working day across the spring bank holiday weekend; missed, it escalates to the chair, never to the subject', async () => {
    // Raised Fri 22 May 2026 14:00 London (13:00 UTC); Mon 25 May is the spring bank holiday.
    h().clock.set('2026-05-22T12:55:00Z');
    const s = await staffedSchool(h(), { 'Harry Chair-Subject': ['chair_of_governors', 'staff'] });
    h().clock.set('2026-05-22T13:00:00Z');
    const a = api(h());
    // Signed in a few minutes ago; raised now.
    const res = await a.raise(s.teacher, { staffId: s.colleague.id });
    expect(res.statusCode).toBe(201);
    const { id } = res.json().data;
    const [clock] = await h().rt.store.transaction((r) =>
      r.deadlines.watchedFor(s.schoolId, id, ['lado_inform']),
    );
    expect(clock?.dueAt).toBe('2026-05-26T13:00:00.000Z');
    expect(clock?.basis).toContain('25 May Spring bank holiday is a bank holiday');
    expect(clock?.ownerId).toBe(s.head.id);

    expect(await sweepAt('2026-05-25T12:00:00Z')).toBe(0);
    expect(await sweepAt('2026-05-26T08:00:00Z')).toBe(1); // 09:00 London on the due day
    expect(await kinds(s.head.id)).toEqual(['allegation', 'deadline_reminder']);
    expect(await sweepAt('2026-05-26T13:00:00Z')).toBe(1);
    expect(await kinds(s.head.id)).toEqual(['allegation', 'deadline_reminder', 'deadline_missed']);
    expect(await kinds(s.chair.id)).toEqual([]);

    expect(await sweepAt('2026-05-27T13:00:00Z')).toBe(1);
    expect(await kinds(s.chair.id)).toEqual(['deadline_escalation']);
    for (const p of [s.dsl, s.deputy, s.admin, s.colleague]) expect(await kinds(p.id)).toEqual([]);
    // The chair is now on the case, on the record, so they can act on it.
    const members = await h().rt.store.transaction((r) => r.allegations.members(s.schoolId, id));
    expect(members.map((m) => [m.staffId, m.reasonCode])).toEqual(
      expect.arrayContaining([[s.chair.id, 'lado_escalation']]),
    );
    const chairAlert = (
      await h().rt.store.transaction((r) => r.notifications.list(s.chair.id, 5))
    )[0];
    expect(chairAlert).toMatchObject({ caseId: id, concernId: null });
    const mail = await h()
      .rt.conn.db.selectFrom('outbox')
      .select('payload')
      .where('school_id', '=', s.schoolId)
      .execute();
    expect(mail.map((m) => m.payload).join('\n')).not.toMatch(/Cole|wrist|Colleague/);
    expect(mail.map((m) => m.payload).join('\n')).toContain(`/allegations/${id}`);
  });

  test('[D42] a clock about a chair who is also staff never alerts them', async () => {
    h().clock.set('2026-06-01T08:00:00Z');
    const schoolId = await h().createSchool();
    const head = await h().as(schoolId, ['headteacher'], { name: 'Hal Head' });
    const chairSubject = await h().createUser(schoolId, ['chair_of_governors', 'staff'], {
      name: 'Cara Chair',
    });
    const teacher = await h().as(schoolId, ['staff'], { name: 'Tom Teacher' });
    const res = await api(h()).raise(teacher, { staffId: chairSubject.id });
    expect(res.json().data.routedTo).toBe('headteacher');
    for (const at of [
      '2026-06-02T08:00:00Z',
      '2026-06-02T09:00:00Z',
      '2026-06-03T09:00:00Z',
      '2026-06-04T09:00:00Z',
    ])
      await sweepAt(at);
    expect(await kinds(chairSubject.id)).toEqual([]);
    expect((await kinds(head.user.id)).length).toBeGreaterThan(1);
  });
});
