import { expect, test } from 'vitest';
import { describeEachEngine } from '../support/each-engine.ts';
import { concernInput, schoolWithPeople } from './support.ts';

type Counts = Record<'new' | 'in_progress' | 'waiting' | 'closed', number>;
interface InboxItem {
  id: string;
  status: string;
  immediateRisk: boolean;
  ownerId: string | null;
}
interface Action {
  id: string;
  description: string;
  doneAt: string | null;
}

describeEachEngine(
  'the DSL team’s triage steps',
  (h) => {
    const get = (cookie: string, url: string) => h().request({ method: 'GET', url, cookie });
    const post = (cookie: string, url: string, payload?: object) =>
      h().request({ method: 'POST', url, cookie, ...(payload ? { payload } : {}) });

    async function record(
      cookie: string,
      pupilId: string,
      category: string,
      overrides: Record<string, unknown> = {},
    ): Promise<string> {
      const res = await post(cookie, '/api/concerns', concernInput(pupilId, category, overrides));
      expect(res.statusCode, res.body).toBe(201);
      return res.json<{ data: { id: string } }>().data.id;
    }

    async function recorded(overrides: Record<string, unknown> = {}) {
      const people = await schoolWithPeople(h());
      const id = await record(people.teacher.cookie, people.pupilId, people.category, overrides);
      return { ...people, id };
    }

    const detail = async (cookie: string, id: string) => {
      const res = await get(cookie, `/api/concerns/${id}`);
      expect(res.statusCode, res.body).toBe(200);
      return res.json().data as {
        status: string;
        ownerId: string | null;
        actions: Action[];
      };
    };

    const inbox = async (cookie: string, query = '') => {
      const res = await get(cookie, `/api/concerns${query}`);
      expect(res.statusCode, res.body).toBe(200);
      return res.json() as { data: InboxItem[]; counts: Counts };
    };

    /** The school's audit events of one type, oldest first, with their details parsed. */
    async function events(schoolId: string, type: string) {
      const rows = await h()
        .rt.conn.db.selectFrom('audit_events')
        .select(['actor_id', 'subject_type', 'subject_id', 'summary', 'details'])
        .where('school_id', '=', schoolId)
        .where('type', '=', type)
        .orderBy('seq')
        .execute();
      return rows.map((r) => ({
        actorId: r.actor_id,
        subjectType: r.subject_type,
        subjectId: r.subject_id,
        summary: r.summary,
        details: JSON.parse(r.details) as Record<string, unknown>,
      }));
    }

    const ownerOf = async (id: string) =>
      (
        await h()
          .rt.conn.db.selectFrom('concerns')
          .select('owner_id')
          .where('id', '=', id)
          .executeTakeFirstOrThrow()
      ).owner_id;

    // ---------------------------------------------------------------- case owner

    test('a member of the DSL team makes a colleague on the team the case owner: it shows on the concern and in the inbox, and is audited', async () => {
      const { schoolId, dsl, id } = await recorded();
      const deputy = await h().as(schoolId, ['deputy_dsl'], { name: 'Dee Deputy' });
      expect(await ownerOf(id)).toBeNull();

      const res = await post(dsl.cookie, `/api/concerns/${id}/assign`, {
        ownerId: deputy.user.id,
      });
      expect(res.statusCode, res.body).toBe(204);
      expect((await detail(dsl.cookie, id)).ownerId).toBe(deputy.user.id);
      // The deputy, now the case owner, sees it so in their own inbox.
      expect((await inbox(deputy.cookie)).data).toEqual([
        expect.objectContaining({ id, ownerId: deputy.user.id }),
      ]);
      expect(await events(schoolId, 'concern.assigned')).toEqual([
        {
          actorId: dsl.user.id,
          subjectType: 'concern',
          subjectId: id,
          summary: 'Concern C-00001 assigned to Dee Deputy',
          details: { ownerId: deputy.user.id },
        },
      ]);

      // A deputy may hand it back: the team, not only the DSL, assigns.
      expect(
        (await post(deputy.cookie, `/api/concerns/${id}/assign`, { ownerId: dsl.user.id }))
          .statusCode,
      ).toBe(204);
      expect((await inbox(dsl.cookie)).data).toEqual([
        expect.objectContaining({ id, ownerId: dsl.user.id }),
      ]);
      expect((await events(schoolId, 'concern.assigned')).map((e) => e.details)).toEqual([
        { ownerId: deputy.user.id },
        { ownerId: dsl.user.id },
      ]);
    });

    test('assigning: a teacher and another school’s DSL get "not found"; an owner outside the team, disabled or malformed is a 400 on ownerId; nothing is written', async () => {
      const { schoolId, dsl, teacher, id } = await recorded();
      const other = await schoolWithPeople(h());
      const head = await h().as(schoolId, ['headteacher']);
      const leaver = await h().as(schoolId, ['deputy_dsl']);
      const disabled = await h().request({
        method: 'PATCH',
        url: `/api/staff/${leaver.user.id}`,
        cookie: head.cookie,
        payload: { disabled: true },
      });
      expect(disabled.statusCode, disabled.body).toBe(200);

      for (const [cookie, ownerId] of [
        [teacher.cookie, dsl.user.id],
        [teacher.cookie, teacher.user.id],
        [other.dsl.cookie, other.dsl.user.id],
        [other.dsl.cookie, dsl.user.id],
      ] as const) {
        expect((await post(cookie, `/api/concerns/${id}/assign`, { ownerId })).statusCode).toBe(
          404,
        );
      }
      for (const payload of [
        { ownerId: other.dsl.user.id }, // on another school's DSL team
        { ownerId: teacher.user.id },
        { ownerId: leaver.user.id }, // disabled
        { ownerId: 'dana' },
        {},
      ]) {
        const res = await post(dsl.cookie, `/api/concerns/${id}/assign`, payload);
        expect([res.statusCode, res.json().error.field], JSON.stringify(payload)).toEqual([
          400,
          'ownerId',
        ]);
      }
      // An id that is no concern at all answers as another school's does.
      expect(
        (
          await post(dsl.cookie, `/api/concerns/${other.pupilId}/assign`, {
            ownerId: dsl.user.id,
          })
        ).statusCode,
      ).toBe(404);

      expect(await ownerOf(id)).toBeNull();
      expect(await events(schoolId, 'concern.assigned')).toEqual([]);
      expect(await events(other.schoolId, 'concern.assigned')).toEqual([]);
    });

    // ---------------------------------------------------------------- status

    test('moving a concern to waiting and back: the inbox, its counts and its status filter follow, each change audited once', async () => {
      const { schoolId, dsl, teacher, id, pupilId, category } = await recorded();
      const second = await record(teacher.cookie, pupilId, category);
      expect((await inbox(dsl.cookie)).counts).toEqual({
        new: 2,
        in_progress: 0,
        waiting: 0,
        closed: 0,
      });

      expect(
        (await post(dsl.cookie, `/api/concerns/${id}/status`, { status: 'waiting' })).statusCode,
      ).toBe(204);
      const waiting = await inbox(dsl.cookie, '?status=waiting');
      expect(waiting.data.map((c) => [c.id, c.status])).toEqual([[id, 'waiting']]);
      expect(waiting.counts).toEqual({ new: 1, in_progress: 0, waiting: 1, closed: 0 });
      expect((await inbox(dsl.cookie, '?status=new')).data.map((c) => c.id)).toEqual([second]);
      expect((await detail(dsl.cookie, id)).status).toBe('waiting');
      // The recorder is told only that it is being dealt with.
      const mine = (await get(teacher.cookie, '/api/concerns/mine')).json().data as {
        id: string;
        status: string;
      }[];
      expect(mine.find((c) => c.id === id)?.status).toBe('in_progress');

      // The same status again changes nothing and writes nothing.
      expect(
        (await post(dsl.cookie, `/api/concerns/${id}/status`, { status: 'waiting' })).statusCode,
      ).toBe(204);

      expect(
        (await post(dsl.cookie, `/api/concerns/${id}/status`, { status: 'in_progress' }))
          .statusCode,
      ).toBe(204);
      const back = await inbox(dsl.cookie);
      expect(back.counts).toEqual({ new: 1, in_progress: 1, waiting: 0, closed: 0 });
      expect((await inbox(dsl.cookie, '?status=waiting')).data).toEqual([]);
      expect(back.data.find((c) => c.id === id)?.status).toBe('in_progress');

      expect(await events(schoolId, 'concern.status_changed')).toEqual([
        expect.objectContaining({
          actorId: dsl.user.id,
          subjectId: id,
          details: { from: 'new', to: 'waiting' },
        }),
        expect.objectContaining({
          actorId: dsl.user.id,
          subjectId: id,
          details: { from: 'waiting', to: 'in_progress' },
        }),
      ]);
    });

    test('changing status: a teacher and another school’s DSL get "not found"; a status that is not a step is a 400 on status; nothing is written', async () => {
      const { schoolId, dsl, teacher, id } = await recorded();
      const other = await schoolWithPeople(h());
      for (const cookie of [teacher.cookie, other.dsl.cookie]) {
        expect(
          (await post(cookie, `/api/concerns/${id}/status`, { status: 'waiting' })).statusCode,
        ).toBe(404);
      }
      for (const status of ['new', 'parked', '', null]) {
        const res = await post(dsl.cookie, `/api/concerns/${id}/status`, { status });
        expect([res.statusCode, res.json().error.field], String(status)).toEqual([400, 'status']);
      }
      const bad = await post(dsl.cookie, `/api/concerns/not-an-id/status`, { status: 'waiting' });
      expect([bad.statusCode, bad.json().error.field]).toEqual([400, 'id']);

      expect((await inbox(dsl.cookie)).counts).toEqual({
        new: 1,
        in_progress: 0,
        waiting: 0,
        closed: 0,
      });
      expect(await events(schoolId, 'concern.status_changed')).toEqual([]);
    });

    // ---------------------------------------------------------------- actions

    test('marking an action done sets doneAt to the time it was marked and is audited; it cannot be done twice', async () => {
      const { schoolId, dsl, teacher, pupilId, id } = await recorded();
      const added = await post(dsl.cookie, `/api/concerns/${id}/actions`, {
        description: 'Call parent',
        ownerId: teacher.user.id,
        dueOn: '2026-03-05',
      });
      expect(added.statusCode, added.body).toBe(204);
      const [action] = (await detail(dsl.cookie, id)).actions;
      expect(action).toMatchObject({ description: 'Call parent', doneAt: null });
      const actionId = (action as Action).id;

      // Within the DSL's 15-minute idle limit.
      h().clock.advance(10 * 60_000);
      const doneAt = h().clock.now().toISOString();
      const done = await post(dsl.cookie, `/api/concerns/${id}/actions/${actionId}/done`);
      expect(done.statusCode, done.body).toBe(204);
      expect((await detail(dsl.cookie, id)).actions).toEqual([
        expect.objectContaining({ id: actionId, description: 'Call parent', doneAt }),
      ]);
      expect(await events(schoolId, 'concern.action_done')).toEqual([
        {
          actorId: dsl.user.id,
          subjectType: 'concern',
          subjectId: id,
          summary: 'Action done on C-00001',
          details: { actionId },
        },
      ]);
      // The child's chronology shows the action set and, newest first, done.
      const file = (await get(dsl.cookie, `/api/files/${pupilId}?kind=action`)).json().data;
      expect(file.chronology).toEqual([
        expect.objectContaining({
          kind: 'action',
          summary: expect.stringMatching(/^Action done: /),
        }),
        expect.objectContaining({
          kind: 'action',
          summary: 'Action for Tom Teacher by 2026-03-05: Call parent',
        }),
      ]);

      // Done once only: a second press is "not found", and the first time stands.
      h().clock.advance(60_000);
      const again = await post(dsl.cookie, `/api/concerns/${id}/actions/${actionId}/done`);
      expect(again.statusCode).toBe(404);
      expect((await detail(dsl.cookie, id)).actions[0]?.doneAt).toBe(doneAt);
      expect(await events(schoolId, 'concern.action_done')).toHaveLength(1);
    });

    test('marking done: a teacher, another school’s DSL, and an action of another concern get "not found"; a malformed id is a 400 naming it; nothing is written', async () => {
      const { schoolId, dsl, teacher, pupilId, category, id } = await recorded();
      const elsewhere = await record(teacher.cookie, pupilId, category);
      const other = await schoolWithPeople(h());
      const theirs = await record(other.teacher.cookie, other.pupilId, other.category);
      await post(dsl.cookie, `/api/concerns/${id}/actions`, {
        description: 'Speak to class teacher',
        ownerId: dsl.user.id,
        dueOn: '2026-03-06',
      });
      const actionId = (await detail(dsl.cookie, id)).actions[0]?.id as string;

      for (const [cookie, url] of [
        [teacher.cookie, `/api/concerns/${id}/actions/${actionId}/done`],
        [other.dsl.cookie, `/api/concerns/${id}/actions/${actionId}/done`],
        [other.dsl.cookie, `/api/concerns/${theirs}/actions/${actionId}/done`],
        [dsl.cookie, `/api/concerns/${elsewhere}/actions/${actionId}/done`],
        [dsl.cookie, `/api/concerns/${id}/actions/${elsewhere}/done`],
      ] as const) {
        expect((await post(cookie, url)).statusCode, url).toBe(404);
      }
      for (const [url, field] of [
        [`/api/concerns/${id}/actions/call-parent/done`, 'actionId'],
        [`/api/concerns/C-00001/actions/${actionId}/done`, 'id'],
      ] as const) {
        const res = await post(dsl.cookie, url);
        expect([res.statusCode, res.json().error.field], url).toEqual([400, field]);
      }

      expect((await detail(dsl.cookie, id)).actions).toEqual([
        expect.objectContaining({ id: actionId, doneAt: null }),
      ]);
      expect(await events(schoolId, 'concern.action_done')).toEqual([]);
      expect(await events(other.schoolId, 'concern.action_done')).toEqual([]);
    });

    // ---------------------------------------------------------------- urgent filter

    test('the inbox’s urgent filter returns only this school’s urgent concerns; without it, urgent ones come first', async () => {
      const { dsl, teacher, pupilId, category, id: plain } = await recorded();
      h().clock.advance(60_000);
      const urgent = await record(teacher.cookie, pupilId, category, { immediateRisk: true });
      h().clock.advance(60_000);
      const later = await record(teacher.cookie, pupilId, category);
      const other = await schoolWithPeople(h());
      await record(other.teacher.cookie, other.pupilId, other.category, { immediateRisk: true });

      const only = await inbox(dsl.cookie, '?urgent=true');
      expect(only.data.map((c) => [c.id, c.immediateRisk])).toEqual([[urgent, true]]);
      // Counts are the whole inbox's, not the filtered list's.
      expect(only.counts.new).toBe(3);

      const all = await inbox(dsl.cookie);
      expect(all.data.map((c) => c.id)).toEqual([urgent, later, plain]);
      // "false" is the box unticked: everything, as without the filter.
      expect((await inbox(dsl.cookie, '?urgent=false')).data.map((c) => c.id)).toEqual([
        urgent,
        later,
        plain,
      ]);

      // Combined with a status, both must hold.
      await post(dsl.cookie, `/api/concerns/${urgent}/acknowledge`);
      expect((await inbox(dsl.cookie, '?urgent=true&status=new')).data).toEqual([]);
      expect(
        (await inbox(dsl.cookie, '?urgent=true&status=in_progress')).data.map((c) => c.id),
      ).toEqual([urgent]);
    });

    test('the urgent filter: a teacher gets "not found"; a value other than true or false is a 400 on urgent', async () => {
      const { dsl, teacher } = await recorded({ immediateRisk: true });
      expect((await get(teacher.cookie, '/api/concerns?urgent=true')).statusCode).toBe(404);
      for (const v of ['yes', '1', 'TRUE']) {
        const res = await get(dsl.cookie, `/api/concerns?urgent=${v}`);
        expect([res.statusCode, res.json().error.field], v).toEqual([400, 'urgent']);
      }
    });

    // ---------------------------------------------------------------- grants

    test('a grant is audited as grant.created on the child’s file, naming the grantee and the expiry', async () => {
      const { schoolId, dsl, teacher, pupilId } = await recorded();
      const expiresAt = new Date(h().clock.now().getTime() + 7 * 86_400_000).toISOString();
      const res = await post(dsl.cookie, `/api/files/${pupilId}/grants`, {
        granteeId: teacher.user.id,
        reason: 'Class teacher: support plan',
        expiresAt,
      });
      expect(res.statusCode, res.body).toBe(201);
      expect(await events(schoolId, 'grant.created')).toEqual([
        {
          actorId: dsl.user.id,
          subjectType: 'file',
          subjectId: pupilId,
          summary: 'Tom Teacher given access to a child protection file',
          details: { granteeId: teacher.user.id, expiresAt },
        },
      ]);
      // The reason describes the child's situation: it is in the grant, not the audit trail.
      expect(JSON.stringify(await events(schoolId, 'grant.created'))).not.toContain('support plan');
      // The DSL sees it in the school's audit log.
      const log = await get(dsl.cookie, '/api/audit?type=grant.created');
      expect(log.statusCode, log.body).toBe(200);
      expect(log.json().data.events).toEqual([
        expect.objectContaining({ actorId: dsl.user.id, subjectId: pupilId }),
      ]);
    });

    test('granting: a teacher, even one holding a grant, and another school’s DSL get "not found"; bad input is a 400 naming the field; nothing is written', async () => {
      const { schoolId, dsl, teacher, pupilId } = await recorded();
      const colleague = await h().as(schoolId, ['staff'], { name: 'Cora Colleague' });
      const other = await schoolWithPeople(h());
      const day = 86_400_000;
      const future = new Date(h().clock.now().getTime() + day).toISOString();
      const grantRows = () =>
        h()
          .rt.conn.db.selectFrom('access_grants')
          .select(['grantee_id', 'granted_by'])
          .where('pupil_id', '=', pupilId)
          .execute();

      expect(
        (
          await post(teacher.cookie, `/api/files/${pupilId}/grants`, {
            granteeId: teacher.user.id,
            reason: 'I teach her',
            expiresAt: future,
          })
        ).statusCode,
      ).toBe(404);
      // A colleague given read access cannot pass it on.
      expect(
        (
          await post(dsl.cookie, `/api/files/${pupilId}/grants`, {
            granteeId: teacher.user.id,
            reason: 'Support plan',
            expiresAt: future,
          })
        ).statusCode,
      ).toBe(201);
      expect(
        (
          await post(teacher.cookie, `/api/files/${pupilId}/grants`, {
            granteeId: colleague.user.id,
            reason: 'Covering my class',
            expiresAt: future,
          })
        ).statusCode,
      ).toBe(404);
      expect(
        (
          await post(other.dsl.cookie, `/api/files/${pupilId}/grants`, {
            granteeId: other.teacher.user.id,
            reason: 'x',
            expiresAt: future,
          })
        ).statusCode,
      ).toBe(404);

      const now = h().clock.now().getTime();
      for (const [body, field] of [
        [{ granteeId: 'tom', reason: 'x', expiresAt: future }, 'granteeId'],
        [{ reason: 'x', expiresAt: future }, 'granteeId'],
        [{ granteeId: colleague.user.id, reason: '   ', expiresAt: future }, 'reason'],
        [{ granteeId: colleague.user.id, reason: 'x', expiresAt: 'next week' }, 'expiresAt'],
        [
          { granteeId: colleague.user.id, reason: 'x', expiresAt: new Date(now).toISOString() },
          'expiresAt',
        ],
        [
          {
            granteeId: colleague.user.id,
            reason: 'x',
            expiresAt: new Date(now + 367 * day).toISOString(),
          },
          'expiresAt',
        ],
        [{ granteeId: other.dsl.user.id, reason: 'x', expiresAt: future }, 'granteeId'],
      ] as const) {
        const res = await post(dsl.cookie, `/api/files/${pupilId}/grants`, body);
        expect([res.statusCode, res.json().error.field], JSON.stringify(body)).toEqual([
          400,
          field,
        ]);
      }

      // Only the one good grant exists, and only it was audited.
      expect(await grantRows()).toEqual([{ grantee_id: teacher.user.id, granted_by: dsl.user.id }]);
      expect((await events(schoolId, 'grant.created')).map((e) => e.details.granteeId)).toEqual([
        teacher.user.id,
      ]);
      expect(await events(other.schoolId, 'grant.created')).toEqual([]);
    });
  },
  { HAVEN_RATE_LIMIT_PER_MINUTE: '100000' },
);
