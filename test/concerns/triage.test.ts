import { expect, test } from 'vitest';
import { describeEachEngine } from '../support/each-engine.ts';
import { concernInput, schoolWithPeople } from './support.ts';

describeEachEngine('triage by the DSL team', (h) => {
  async function recorded() {
    const people = await schoolWithPeople(h());
    const res = await h().request({
      method: 'POST',
      url: '/api/concerns',
      cookie: people.teacher.cookie,
      payload: concernInput(people.pupilId, people.category),
    });
    return { ...people, id: res.json().data.id as string };
  }
  const post = (cookie: string, url: string, payload?: object) =>
    h().request({ method: 'POST', url, cookie, ...(payload ? { payload } : {}) });

  test('[D30] [D31] acknowledge, decide with a level of need, add an action: all in the child’s chronology', async () => {
    const { dsl, teacher, pupilId, id } = await recorded();
    const inbox = await h().request({
      method: 'GET',
      url: '/api/concerns?status=new',
      cookie: dsl.cookie,
    });
    expect(inbox.json()).toMatchObject({
      counts: { new: 1 },
      data: [{ id, status: 'new', children: [{ pupilId, role: 'subject' }] }],
    });

    expect((await post(dsl.cookie, `/api/concerns/${id}/acknowledge`)).statusCode).toBe(204);
    expect(
      (
        await post(dsl.cookie, `/api/concerns/${id}/decision`, {
          outcome: 'early_help',
          levelOfNeed: 'additional',
          rationale: 'Family agrees to early help.',
        })
      ).statusCode,
    ).toBe(204);
    expect(
      (
        await post(dsl.cookie, `/api/concerns/${id}/actions`, {
          description: 'Call parent',
          ownerId: dsl.user.id,
          dueOn: '2026-03-05',
        })
      ).statusCode,
    ).toBe(204);

    const detail = (
      await h().request({ method: 'GET', url: `/api/concerns/${id}`, cookie: dsl.cookie })
    ).json().data;
    expect(detail).toMatchObject({
      status: 'in_progress',
      ownerId: dsl.user.id,
      decisions: [
        {
          outcome: 'early_help',
          levelOfNeed: 'additional',
          rationale: 'Family agrees to early help.',
        },
      ],
      actions: [{ description: 'Call parent', dueOn: '2026-03-05', doneAt: null }],
    });
    const file = (
      await h().request({ method: 'GET', url: `/api/files/${pupilId}`, cookie: dsl.cookie })
    ).json().data;
    expect(file.openedAt).not.toBeNull();
    expect(file.chronology.map((e: { kind: string }) => e.kind)).toEqual(
      expect.arrayContaining(['concern', 'decision', 'action']),
    );
    // The decision's entry carries its rationale, not only its outcome.
    expect(file.chronology.find((e: { kind: string }) => e.kind === 'decision')).toMatchObject({
      summary: 'Decision on C-00001: early help (level of need: Additional)',
      text: 'Family agrees to early help.',
    });
    const mine = (
      await h().request({ method: 'GET', url: '/api/concerns/mine', cookie: teacher.cookie })
    ).json().data;
    expect(mine[0]).toMatchObject({ status: 'in_progress' });
    expect(JSON.stringify(mine)).not.toContain('early help');
  });

  test('a level of need must come from the configured model, and an owner from the DSL team', async () => {
    const { dsl, teacher, id } = await recorded();
    const bad = await post(dsl.cookie, `/api/concerns/${id}/decision`, {
      outcome: 'monitor',
      levelOfNeed: 'purple',
      rationale: 'x',
    });
    expect([bad.statusCode, bad.json().error.field]).toEqual([400, 'levelOfNeed']);
    const owner = await post(dsl.cookie, `/api/concerns/${id}/assign`, {
      ownerId: teacher.user.id,
    });
    expect([owner.statusCode, owner.json().error.field]).toEqual([400, 'ownerId']);
  });

  test('anyone outside the DSL team gets "not found" from every triage step, and nothing changes', async () => {
    const { teacher, id } = await recorded();
    for (const [url, payload] of [
      [`/api/concerns/${id}/acknowledge`, undefined],
      [`/api/concerns/${id}/assign`, { ownerId: teacher.user.id }],
      [
        `/api/concerns/${id}/decision`,
        { outcome: 'monitor', levelOfNeed: 'universal', rationale: 'x' },
      ],
      [`/api/concerns/${id}/status`, { status: 'closed' }],
    ] as const) {
      expect((await post(teacher.cookie, url, payload)).statusCode, url).toBe(404);
    }
    expect(
      (await h().request({ method: 'GET', url: '/api/concerns', cookie: teacher.cookie }))
        .statusCode,
    ).toBe(404);
    const row = await h()
      .rt.conn.db.selectFrom('concerns')
      .select(['status', 'acknowledged_at'])
      .where('id', '=', id)
      .executeTakeFirst();
    expect(row).toEqual({ status: 'new', acknowledged_at: null });
  });

  test('another school’s DSL cannot see or touch the concern', async () => {
    const { id } = await recorded();
    const other = await schoolWithPeople(h());
    expect(
      (await h().request({ method: 'GET', url: `/api/concerns/${id}`, cookie: other.dsl.cookie }))
        .statusCode,
    ).toBe(404);
    expect((await post(other.dsl.cookie, `/api/concerns/${id}/acknowledge`)).statusCode).toBe(404);
    const inbox = await h().request({
      method: 'GET',
      url: '/api/concerns',
      cookie: other.dsl.cookie,
    });
    expect(inbox.json().data).toEqual([]);
  });

  test('[D19] a recorder presses for reconsideration and the DSL must answer on the record', async () => {
    const { dsl, teacher, pupilId, id } = await recorded();
    await post(dsl.cookie, `/api/concerns/${id}/decision`, {
      outcome: 'no_further_action',
      levelOfNeed: 'universal',
      rationale: 'Accidental injury.',
    });
    expect(
      (
        await post(teacher.cookie, `/api/concerns/${id}/reconsider`, {
          reason: 'He has had three bruises this month.',
        })
      ).statusCode,
    ).toBe(204);
    const alerts = (
      await h().request({ method: 'GET', url: '/api/notifications', cookie: dsl.cookie })
    ).json().data;
    expect(alerts.map((n: { kind: string }) => n.kind)).toContain('reconsideration');
    expect(
      (
        await post(dsl.cookie, `/api/concerns/${id}/reconsideration-answer`, {
          answer: 'Reopened; referring to early help.',
        })
      ).statusCode,
    ).toBe(204);
    const mine = (
      await h().request({ method: 'GET', url: '/api/concerns/mine', cookie: teacher.cookie })
    ).json().data[0];
    expect(mine.reconsideration).toMatchObject({ answer: 'Reopened; referring to early help.' });
    const file = (
      await h().request({
        method: 'GET',
        url: `/api/files/${pupilId}?significant=true`,
        cookie: dsl.cookie,
      })
    ).json().data;
    expect(
      file.chronology.some((e: { summary: string }) =>
        /Reconsideration .* requested/.test(e.summary),
      ),
    ).toBe(true);
  });

  test('[D29] a signed concern is never edited: later information is an addendum with its own author and time', async () => {
    const { dsl, teacher, id } = await recorded();
    const before = (
      await h().request({ method: 'GET', url: `/api/concerns/${id}`, cookie: dsl.cookie })
    ).json().data;
    h().clock.advance(10 * 60_000);
    expect(
      (
        await post(teacher.cookie, `/api/concerns/${id}/addenda`, {
          text: 'His sister says he fell off a trampoline.',
        })
      ).statusCode,
    ).toBe(201);
    const after = (
      await h().request({ method: 'GET', url: `/api/concerns/${id}`, cookie: dsl.cookie })
    ).json().data;
    expect(after.narrative).toEqual(before.narrative);
    expect(after.contentHash).toBe(before.contentHash);
    expect(after.addenda).toEqual([
      expect.objectContaining({
        author: { id: teacher.user.id, fullName: 'Tom Teacher' },
        at: h().clock.now().toISOString(),
        text: 'His sister says he fell off a trampoline.',
      }),
    ]);
  });

  test("[D05] the recorder's later information alerts the DSL team, without its words; the team's own does not", async () => {
    const { schoolId, dsl, teacher, id } = await recorded();
    const unread = async () =>
      (await h().request({ method: 'GET', url: '/api/notifications', cookie: dsl.cookie })).json()
        .data as { kind: string; concernId: string | null }[];
    const before = (await unread()).length;
    expect(
      (await post(teacher.cookie, `/api/concerns/${id}/addenda`, { text: 'Trampoline story.' }))
        .statusCode,
    ).toBe(201);
    const after = await unread();
    expect(after).toHaveLength(before + 1);
    expect(after[0]).toMatchObject({ kind: 'addendum', concernId: id });
    const emails = await h()
      .rt.conn.db.selectFrom('outbox')
      .select('payload')
      .where('payload', 'like', '%new information%')
      .where('school_id', '=', schoolId)
      .execute();
    expect(emails).toHaveLength(1);
    expect(emails[0]?.payload).not.toContain('Trampoline');
    expect(
      (await post(dsl.cookie, `/api/concerns/${id}/addenda`, { text: 'Spoke to mum.' })).statusCode,
    ).toBe(201);
    expect(await unread()).toHaveLength(before + 1);
  });
});
