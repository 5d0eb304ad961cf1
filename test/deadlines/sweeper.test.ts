import { expect, test } from 'vitest';
import { systemActor } from '../../src/core/access/actor.ts';
import { openDeadline } from '../../src/core/deadlines/use-cases/open.ts';
import { sweepDeadlines } from '../../src/core/deadlines/use-cases/sweep.ts';
import { newId } from '../../src/core/shared/ids.ts';
import { createRuntime } from '../../src/runtime.ts';
import { pupilInputSchema } from '../../src/core/people/pupil.ts';
import { describeEachEngine } from '../support/each-engine.ts';
import { validPupil } from '../support/haven.ts';

describeEachEngine('the deadline sweeper', (h) => {
  async function schoolWithClock(rule: 'referral_follow_up' | 'fgm_police', start: string) {
    h().clock.set(start);
    const schoolId = await h().createSchool();
    const owner = await h().createUser(schoolId, ['staff'], { name: 'Olive Owner', mfa: false });
    const dsl = await h().createUser(schoolId, ['dsl'], { name: 'Dana Lead' });
    const head = await h().createUser(schoolId, ['headteacher'], { name: 'Hal Head' });
    const chair = await h().createUser(schoolId, ['chair_of_governors'], { name: 'Cai Chair' });
    const pupilId = newId();
    const now = h().clock.now();
    const deadline = await h().rt.store.transaction(async (r) => {
      await r.pupils.create(
        schoolId,
        pupilId,
        pupilInputSchema.parse(validPupil({ upn: null })),
        now,
      );
      return openDeadline(r, systemActor(schoolId, 'test'), {
        rule,
        subjectType: 'referral',
        subjectId: newId(),
        pupilId,
        ownerId: owner.id,
        start: now,
        now,
      });
    });
    return { schoolId, owner, dsl, head, chair, deadline };
  }

  const kinds = async (userId: string) =>
    (await h().rt.store.transaction((r) => r.notifications.list(userId, 50)))
      .map((n) => n.kind)
      .reverse();
  // One database serves the whole suite, so each test reads its own school's mail.
  const emails = (schoolId: string) =>
    h()
      .rt.conn.db.selectFrom('outbox')
      .select('payload')
      .where('school_id', '=', schoolId)
      .execute()
      .then((rows) =>
        rows.map((r) => JSON.parse(r.payload) as { to: string; subject: string; text: string }),
      );
  const sweepAt = async (iso: string) => {
    h().clock.set(iso);
    return sweepDeadlines(h().rt.concerns);
  };

  test('reminds the owner, alerts at the due time, then escalates one rung a working day: owner → DSL → head', async () => {
    // Referral made Fri 19 Dec 2025 16:40: due Wed 24 Dec 16:40; reminder 09:00 Tue 23 Dec.
    const s = await schoolWithClock('referral_follow_up', '2025-12-19T16:40:00Z');
    expect(s.deadline.remindAt).toBe('2025-12-23T09:00:00.000Z');

    expect(await sweepAt('2025-12-23T08:59:00Z')).toBe(0);
    expect(await sweepAt('2025-12-23T09:00:00Z')).toBe(1);
    expect(await kinds(s.owner.id)).toEqual(['deadline_reminder']);
    expect(await sweepAt('2025-12-23T12:00:00Z')).toBe(0); // nothing twice

    expect(await sweepAt('2025-12-24T16:40:00Z')).toBe(1);
    expect(await kinds(s.owner.id)).toEqual(['deadline_reminder', 'deadline_missed']);
    expect(await kinds(s.dsl.id)).toEqual([]);
    const missed = await h().rt.store.transaction((r) =>
      r.deadlines.get(s.schoolId, s.deadline.id),
    );
    expect(missed?.state).toBe('missed');

    // A working day after the due time is Mon 29 Dec (25, 26 Dec are bank holidays, then a weekend).
    expect(await sweepAt('2025-12-27T10:00:00Z')).toBe(0);
    expect(await sweepAt('2025-12-29T16:40:00Z')).toBe(1);
    expect(await kinds(s.dsl.id)).toEqual(['deadline_escalation']);
    expect(await sweepAt('2025-12-30T16:40:00Z')).toBe(1);
    expect(await kinds(s.head.id)).toEqual(['deadline_escalation']);
    // This rule's chain ends with the headteacher: nothing more, ever.
    expect(await sweepAt('2026-02-01T16:40:00Z')).toBe(0);
    expect(await kinds(s.chair.id)).toEqual([]);

    const mail = await emails(s.schoolId);
    expect(mail.map((m) => m.to).sort()).toEqual(
      [s.owner.email, s.owner.email, s.dsl.email, s.head.email].sort(),
    );
    for (const m of mail) {
      expect(m.text).not.toMatch(/Amelia|Fictional|Millie|referral/i);
      expect(m.text).toContain('/deadlines');
    }
    expect(await h().auditTypes(s.schoolId)).toEqual(
      expect.arrayContaining(['deadline.opened', 'deadline.alerted']),
    );
  });

  test('[D13] the FGM clock runs to the end of the next working day and reaches the chair if ignored', async () => {
    // Found on Thu 24 Dec 2025 at 15:00: the next working day is Mon 29 Dec.
    const s = await schoolWithClock('fgm_police', '2025-12-24T15:00:00Z');
    expect(s.deadline.dueAt).toBe('2025-12-29T23:59:59.999Z');
    expect(s.deadline.basis).toContain('25 Dec Christmas Day, 26 Dec Boxing Day are bank holidays');
    await sweepAt('2025-12-29T09:00:00Z');
    expect(await kinds(s.owner.id)).toEqual(['deadline_reminder']);
    await sweepAt('2025-12-30T00:00:00Z');
    await sweepAt('2025-12-30T23:59:59.999Z');
    await sweepAt('2025-12-31T23:59:59.999Z');
    await sweepAt('2026-01-02T23:59:59.999Z');
    expect(await kinds(s.owner.id)).toEqual(['deadline_reminder', 'deadline_missed']);
    expect(await kinds(s.dsl.id)).toEqual(['deadline_escalation']);
    expect(await kinds(s.head.id)).toEqual(['deadline_escalation']);
    expect(await kinds(s.chair.id)).toEqual(['deadline_escalation']);
  });

  test('a deadline met before it falls due sends nothing', async () => {
    const s = await schoolWithClock('referral_follow_up', '2025-12-19T16:40:00Z');
    await h().rt.store.transaction((r) =>
      r.deadlines.close(s.schoolId, s.deadline.id, {
        state: 'met',
        closedAt: '2025-12-22T10:00:00Z',
        closedBy: s.dsl.id,
        waivedReason: null,
      }),
    );
    expect(await sweepAt('2026-01-30T10:00:00Z')).toBe(0);
    expect(await emails(s.schoolId)).toEqual([]);
  });

  test('two servers sweeping at once never send the same alert twice', async () => {
    const s = await schoolWithClock('referral_follow_up', '2025-12-19T16:40:00Z');
    const now = h().clock.now();
    await h().rt.store.transaction(async (r) => {
      for (let i = 0; i < 120; i++)
        await openDeadline(r, systemActor(s.schoolId, 'test'), {
          rule: 'referral_follow_up',
          subjectType: 'referral',
          subjectId: newId(),
          pupilId: null,
          ownerId: s.owner.id,
          start: now,
          now,
        });
    });
    h().clock.set('2025-12-23T09:00:00Z');
    // A second server on the same database, sharing the test clock.
    const second = await createRuntime(h().rt.config, {
      clock: h().clock,
      pgSchema: h().db.pgSchema,
      fastHashing: true,
    });
    const servers = [h().rt, second, h().rt, second];
    try {
      const passes = await Promise.all(servers.map((rt) => sweepDeadlines(rt.concerns, 50)));
      const again = await Promise.all(servers.map((rt) => sweepDeadlines(rt.concerns, 50)));
      expect(passes.reduce((a, b) => a + b, 0) + again.reduce((a, b) => a + b, 0)).toBe(121);
    } finally {
      await second.close();
    }
    expect((await emails(s.schoolId)).length).toBe(121);
    expect((await kinds(s.owner.id)).length).toBe(50); // the list shows the latest 50
  });
});
