import { beforeEach, expect, test } from 'vitest';
import type { OutboxMessage } from '../../src/core/concerns/ports.ts';
import { SUBJECTS } from '../../src/core/concerns/use-cases/alerts.ts';
import type { DeadlineState } from '../../src/core/deadlines/step.ts';
import { sweepDeadlines } from '../../src/core/deadlines/use-cases/sweep.ts';
import { newId } from '../../src/core/shared/ids.ts';
import { drainOutbox, type OutboxMail } from '../../src/jobs/outbox-worker.ts';
import { describeEachEngine } from '../support/each-engine.ts';
import type { TestHaven } from '../support/haven.ts';
import { concernInput, schoolWithPeople } from '../concerns/support.ts';

/** A mailer that keeps what it is given, as a mail server would. */
const inbox = () => {
  const got: OutboxMail[] = [];
  return { got, send: async (m: OutboxMail) => void got.push(m) };
};

/** Sends whatever earlier tests left due, so each test sees only its own emails. */
async function settle(h: TestHaven) {
  h.clock.advance(2 * 3600_000);
  await drainOutbox({ store: h.rt.store, clock: h.clock, mailer: inbox(), batch: 1000 });
}

async function enqueue(h: TestHaven, schoolId: string, payload: OutboxMessage['payload']) {
  const id = newId();
  const at = h.clock.now().toISOString();
  await h.rt.store.transaction((r) =>
    r.outbox.enqueue([{ id, schoolId, kind: 'email', payload, createdAt: at, availableAt: at }]),
  );
  return id;
}

const row = (h: TestHaven, id: string) =>
  h.rt.conn.db
    .selectFrom('outbox')
    .select(['sent_at', 'skipped_at', 'skipped_reason', 'attempts'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();

async function clockIn(h: TestHaven, schoolId: string, state: DeadlineState) {
  const id = newId();
  const at = h.clock.now().toISOString();
  await h.rt.store.transaction((r) =>
    r.deadlines.add({
      id,
      schoolId,
      rule: 'urgent_ack',
      subjectType: 'concern',
      subjectId: newId(),
      pupilId: null,
      ownerId: null,
      startsAt: at,
      dueAt: at,
      remindAt: null,
      basis: '15 minutes',
      state,
      stage: 2,
      nextCheckAt: null,
      closedAt: state === 'met' || state === 'waived' ? at : null,
      closedBy: null,
      waivedReason: null,
      waivedReasonSealed: null,
      createdAt: at,
    }),
  );
  return id;
}

describeEachEngine('a queued email no longer needed is not sent', (get) => {
  beforeEach(() => settle(get()));

  test('an email to someone disabled or gone since it was queued is kept unsent, with why, and never tried', async () => {
    const h = get();
    const schoolId = await h.createSchool();
    const [suspended, active] = [
      await h.createUser(schoolId, ['dsl'], { mfa: false }),
      await h.createUser(schoolId, ['deputy_dsl'], { mfa: false }),
    ];
    const mail = (to: string, recipientId?: string) =>
      enqueue(h, schoolId, {
        to,
        subject: SUBJECTS.urgent_concern,
        text: 'Open Haven',
        ...(recipientId ? { recipientId } : {}),
      });
    const toSuspended = await mail(suspended.email, suspended.id);
    const toNobody = await mail('left@example.org', newId());
    const toActive = await mail(active.email, active.id);
    const older = await mail('before-ids@example.org'); // queued before emails named anyone
    // Suspended pending an allegation, after the alert was queued but before it went.
    await h.rt.store.transaction((r) =>
      r.staff.update(schoolId, suspended.id, { disabled: true }, h.clock.now()),
    );

    const mailer = inbox();
    expect(await drainOutbox({ store: h.rt.store, clock: h.clock, mailer })).toEqual({
      sent: 2,
      failed: 0,
      skipped: 2,
    });
    expect(mailer.got.map((m) => m.to).sort()).toEqual(
      [active.email, 'before-ids@example.org'].sort(),
    );
    expect(await row(h, toSuspended)).toMatchObject({
      sent_at: null,
      skipped_at: h.clock.now().toISOString(),
      skipped_reason: 'recipient disabled',
      attempts: 0,
    });
    expect(await row(h, toNobody)).toMatchObject({ skipped_reason: 'recipient not found' });
    for (const id of [toActive, older])
      expect(await row(h, id)).toMatchObject({ skipped_at: null, sent_at: expect.any(String) });

    // Re-enabling them later does not send a stale alert.
    await h.rt.store.transaction((r) =>
      r.staff.update(schoolId, suspended.id, { disabled: false }, h.clock.now()),
    );
    h.clock.advance(2 * 3600_000);
    expect(await drainOutbox({ store: h.rt.store, clock: h.clock, mailer })).toEqual({
      sent: 0,
      failed: 0,
      skipped: 0,
    });
    expect(await h.rt.store.transaction((r) => r.outbox.pending())).toBe(0);
  });

  test('an email about a clock is sent while it is open or missed, not once it is met, waived or gone', async () => {
    const h = get();
    const schoolId = await h.createSchool();
    const dsl = await h.createUser(schoolId, ['dsl'], { mfa: false });
    const about = async (deadlineId: string) =>
      enqueue(h, schoolId, {
        to: dsl.email,
        recipientId: dsl.id,
        deadlineId,
        subject: SUBJECTS.escalation,
        text: 'Open Haven',
      });
    const ids = {
      open: await about(await clockIn(h, schoolId, 'open')),
      missed: await about(await clockIn(h, schoolId, 'missed')),
      met: await about(await clockIn(h, schoolId, 'met')),
      waived: await about(await clockIn(h, schoolId, 'waived')),
      gone: await about(newId()),
    };
    const mailer = inbox();
    expect(await drainOutbox({ store: h.rt.store, clock: h.clock, mailer })).toEqual({
      sent: 2,
      failed: 0,
      skipped: 3,
    });
    expect(mailer.got.map((m) => m.messageId).sort()).toEqual([ids.open, ids.missed].sort());
    expect((await row(h, ids.met)).skipped_reason).toBe('deadline met');
    expect((await row(h, ids.waived)).skipped_reason).toBe('deadline waived');
    expect((await row(h, ids.gone)).skipped_reason).toBe('deadline not found');
  });

  test('[D05] an escalation delayed by a mail outage is not sent once the concern is acknowledged', async () => {
    const h = get();
    const people = await schoolWithPeople(h);
    const head = await h.createUser(people.schoolId, ['headteacher'], { mfa: false });
    const res = await h.request({
      method: 'POST',
      url: '/api/concerns',
      cookie: people.teacher.cookie,
      payload: concernInput(people.pupilId, people.category, { immediateRisk: true }),
    });
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json<{ data: { id: string } }>().data.id;
    h.clock.advance(16 * 60_000);
    await sweepDeadlines(h.rt.concerns);
    const down = {
      send: () =>
        Promise.reject(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNECTION' })),
    };
    expect((await drainOutbox({ store: h.rt.store, clock: h.clock, mailer: down })).failed).toBe(3);

    const cookie = await h.signIn(people.dsl.user);
    const ack = await h.request({ method: 'POST', url: `/api/concerns/${id}/acknowledge`, cookie });
    expect(ack.statusCode, ack.body).toBe(204);
    h.clock.advance(3600_000); // the mail server is back
    const mailer = inbox();
    const after = await drainOutbox({ store: h.rt.store, clock: h.clock, mailer });
    // Both escalations (to the DSL and to the head) stay unsent. The first urgent alert names no
    // clock, so it goes late all the same.
    expect(mailer.got.map((m) => m.subject)).not.toContain(SUBJECTS.escalation);
    expect(mailer.got.map((m) => m.to)).not.toContain(head.email);
    expect(after.skipped).toBeGreaterThanOrEqual(2);
    expect(after.sent + after.skipped).toBe(3);
  });
});
