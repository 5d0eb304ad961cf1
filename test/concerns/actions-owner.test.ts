import { expect, test } from 'vitest';
import { describeEachEngine } from '../support/each-engine.ts';
import { concernInput, schoolWithPeople } from './support.ts';

interface Notification {
  kind: string;
  concernId: string | null;
  readAt: string | null;
}

describeEachEngine('an action’s owner is told, and its end goes on the file', (h) => {
  const get = (cookie: string, url: string) => h().request({ method: 'GET', url, cookie });
  const post = (cookie: string, url: string, payload?: object) =>
    h().request({ method: 'POST', url, cookie, ...(payload ? { payload } : {}) });

  async function recorded() {
    const people = await schoolWithPeople(h());
    const res = await post(
      people.teacher.cookie,
      '/api/concerns',
      concernInput(people.pupilId, people.category),
    );
    expect(res.statusCode, res.body).toBe(201);
    return { ...people, id: res.json<{ data: { id: string } }>().data.id };
  }

  async function addAction(cookie: string, id: string, ownerId: string, description: string) {
    const res = await post(cookie, `/api/concerns/${id}/actions`, {
      description,
      ownerId,
      dueOn: '2026-03-05',
    });
    expect(res.statusCode, res.body).toBe(204);
  }

  const actionAlerts = async (cookie: string) =>
    (await get(cookie, '/api/notifications'))
      .json<{ data: Notification[] }>()
      .data.filter((n) => n.kind === 'concern_action');

  /** The emails waiting to go to this address. */
  async function mailTo(email: string) {
    const rows = await h().rt.conn.db.selectFrom('outbox').select('payload').execute();
    return rows
      .map((r) => JSON.parse(r.payload) as { to: string; subject: string; text: string })
      .filter((m) => m.to === email);
  }

  test('a colleague on the DSL team given an action is told in Haven and by email, with a link to the concern and nothing about the child', async () => {
    const { schoolId, dsl, id } = await recorded();
    const deputy = await h().as(schoolId, ['deputy_dsl'], { name: 'Dee Deputy' });
    await addAction(dsl.cookie, id, deputy.user.id, 'Call Millie’s mother about the bruise');

    expect(await actionAlerts(deputy.cookie)).toEqual([
      expect.objectContaining({ kind: 'concern_action', concernId: id, readAt: null }),
    ]);
    const [mail, ...more] = await mailTo(deputy.user.email);
    expect(more).toEqual([]);
    expect(mail?.subject).toBe('A safeguarding action has been given to you');
    expect(mail?.text).toContain(`/concerns/${id}`);
    expect(JSON.stringify(mail)).not.toMatch(/Millie|Amelia|Fictional|bruise|mother|2026-03-05/i);
    // The notification opens the concern for them: they are on the team.
    expect((await get(deputy.cookie, `/api/concerns/${id}`)).statusCode).toBe(200);
  });

  test('a teacher given an action is told, but the email sends them to their actions, not to a concern they cannot open; the alert opens nothing for them', async () => {
    const { dsl, teacher, id } = await recorded();
    await addAction(dsl.cookie, id, teacher.user.id, 'Check in with Millie each morning');

    expect(await actionAlerts(teacher.cookie)).toHaveLength(1);
    const [mail] = await mailTo(teacher.user.email);
    expect(mail?.subject).toBe('A safeguarding action has been given to you');
    expect(mail?.text).not.toContain(`/concerns/${id}`);
    expect(mail?.text).toContain('/concerns/mine');
    expect(JSON.stringify(mail)).not.toMatch(/Millie|Amelia|Fictional|morning/i);
    // Being told of an action is not an alert to act on the concern (D05): still "not found".
    expect((await get(teacher.cookie, `/api/concerns/${id}`)).statusCode).toBe(404);
  });

  test('[D30] a teacher sees the actions they own, and only theirs, and marks one done', async () => {
    const { schoolId, dsl, teacher, id } = await recorded();
    const colleague = await h().as(schoolId, ['staff']);
    const elsewhere = await schoolWithPeople(h());
    await addAction(dsl.cookie, id, teacher.user.id, 'Check in with Millie each morning');
    await addAction(dsl.cookie, id, dsl.user.id, 'Call the Hub');
    const mine = await get(teacher.cookie, '/api/actions/mine');
    expect(mine.statusCode, mine.body).toBe(200);
    expect(mine.json().data).toEqual([
      expect.objectContaining({
        concernId: id,
        concernReference: 'C-00001',
        description: 'Check in with Millie each morning',
        dueOn: '2026-03-05',
      }),
    ]);
    expect((await get(colleague.cookie, '/api/actions/mine')).json().data).toEqual([]);
    const actionId = mine.json().data[0].id as string;
    const dslAction = (await get(dsl.cookie, '/api/actions/mine')).json().data[0].id as string;
    const done = (cookie: string, action: string, concern = id) =>
      post(cookie, `/api/concerns/${concern}/actions/${action}/done`);
    // Not theirs, another school's, or the wrong concern: not found, and nothing changes.
    expect((await done(colleague.cookie, actionId)).statusCode).toBe(404);
    expect((await done(teacher.cookie, dslAction)).statusCode).toBe(404);
    expect((await done(elsewhere.dsl.cookie, actionId)).statusCode).toBe(404);
    expect((await done(teacher.cookie, actionId, elsewhere.pupilId)).statusCode).toBe(404);
    expect((await done(teacher.cookie, actionId)).statusCode).toBe(204);
    expect((await get(teacher.cookie, '/api/actions/mine')).json().data).toEqual([]);
    const detail = (await get(dsl.cookie, `/api/concerns/${id}`)).json().data;
    expect(detail.actions.find((a: { id: string }) => a.id === actionId).doneAt).not.toBeNull();
    // Owning an action still opens nothing else of the concern.
    expect((await get(teacher.cookie, `/api/concerns/${id}`)).statusCode).toBe(404);
    const listed = await h()
      .rt.conn.db.selectFrom('audit_events')
      .select('actor_id')
      .where('type', '=', 'concern.actions_listed')
      .where('school_id', '=', schoolId)
      .execute();
    expect(listed.map((e) => e.actor_id)).toContain(teacher.user.id);
  });

  test('[D30] an action is a clock for its owner: due at the end of its day, met when it is done', async () => {
    const { dsl, teacher, id } = await recorded();
    await addAction(dsl.cookie, id, teacher.user.id, 'Check in with Millie each morning');
    const mine = (await get(teacher.cookie, '/api/deadlines')).json().data;
    expect(mine).toEqual([
      expect.objectContaining({
        rule: 'action_due',
        label: 'Do the safeguarding action you were given',
        ownerId: teacher.user.id,
        dueAt: '2026-03-05T17:00:00.000Z',
      }),
    ]);
    const actionId = (await get(teacher.cookie, '/api/actions/mine')).json().data[0].id as string;
    expect(
      (await post(teacher.cookie, `/api/concerns/${id}/actions/${actionId}/done`)).statusCode,
    ).toBe(204);
    expect((await get(teacher.cookie, '/api/deadlines')).json().data).toEqual([]);
    // A due date already gone is refused, naming the field, and nothing is set.
    const late = await post(dsl.cookie, `/api/concerns/${id}/actions`, {
      description: 'Too late',
      ownerId: teacher.user.id,
      dueOn: '2026-03-01',
    });
    expect(late.statusCode).toBe(400);
    expect(late.json().error.field).toBe('dueOn');
  });

  test('an action the DSL sets for themselves tells nobody', async () => {
    const { dsl, id } = await recorded();
    await addAction(dsl.cookie, id, dsl.user.id, 'Ring social care back');
    expect(await actionAlerts(dsl.cookie)).toEqual([]);
    expect((await mailTo(dsl.user.email)).filter((m) => m.subject.includes('action'))).toEqual([]);
  });

  test('an owner outside the school is a 400 on ownerId, and nobody is told', async () => {
    const { dsl, id } = await recorded();
    const other = await schoolWithPeople(h());
    const res = await post(dsl.cookie, `/api/concerns/${id}/actions`, {
      description: 'Call parent',
      ownerId: other.dsl.user.id,
      dueOn: '2026-03-05',
    });
    expect([res.statusCode, res.json().error.field]).toEqual([400, 'ownerId']);
    expect(await actionAlerts(other.dsl.cookie)).toEqual([]);
    expect(await mailTo(other.dsl.user.email)).toEqual([]);
  });

  test('marking an action done writes “Action done: …” on each child’s file, by whoever marked it', async () => {
    const people = await schoolWithPeople(h());
    const { dsl, teacher, pupilId, category } = people;
    const sibling = await (async () => {
      const res = await h().request({
        method: 'POST',
        url: '/api/pupils',
        cookie: dsl.cookie,
        payload: {
          legalFirstName: 'Ben',
          legalLastName: 'Fictional',
          preferredName: null,
          dateOfBirth: '2014-02-03',
          upn: null,
          sex: 'M',
          gender: null,
          yearGroup: '6',
          senFlag: false,
          lookedAfter: false,
          emergencyContacts: [
            {
              name: 'Pat Fictional',
              relationship: 'Mother',
              phones: ['07700 900123'],
              priority: 1,
            },
          ],
        },
      });
      expect(res.statusCode, res.body).toBe(201);
      return res.json<{ data: { id: string } }>().data.id;
    })();
    const recordedRes = await post(teacher.cookie, '/api/concerns', {
      ...concernInput(pupilId, category),
      children: [
        { pupilId, role: 'subject' },
        { pupilId: sibling, role: 'witness' },
      ],
      bodyMap: [],
    });
    expect(recordedRes.statusCode, recordedRes.body).toBe(201);
    const id = recordedRes.json<{ data: { id: string } }>().data.id;
    await addAction(dsl.cookie, id, teacher.user.id, 'Call parent');
    const detail = (await get(dsl.cookie, `/api/concerns/${id}`)).json().data as {
      actions: { id: string }[];
    };
    const actionId = detail.actions[0]?.id as string;

    h().clock.advance(5 * 60_000);
    const doneAt = h().clock.now().toISOString();
    expect(
      (await post(dsl.cookie, `/api/concerns/${id}/actions/${actionId}/done`)).statusCode,
    ).toBe(204);
    for (const child of [pupilId, sibling]) {
      const file = (await get(dsl.cookie, `/api/files/${child}?kind=action`)).json().data as {
        chronology: { at: string; summary: string; author: { id: string }; concernId: string }[];
      };
      expect(file.chronology.map((e) => e.summary).sort(), child).toEqual([
        'Action done: Call parent (for Tom Teacher by 2026-03-05)',
        'Action for Tom Teacher by 2026-03-05: Call parent',
      ]);
      expect(file.chronology.find((e) => e.summary.startsWith('Action done'))).toMatchObject({
        at: doneAt,
        author: { id: dsl.user.id },
        concernId: id,
      });
    }

    // A second press writes nothing more.
    expect(
      (await post(dsl.cookie, `/api/concerns/${id}/actions/${actionId}/done`)).statusCode,
    ).toBe(404);
    const again = (await get(dsl.cookie, `/api/files/${pupilId}?kind=action`)).json().data;
    expect(again.chronology).toHaveLength(2);
  });
});
