import { expect, test } from 'vitest';
import { describeEachEngine } from '../support/each-engine.ts';
import { concernInput, schoolWithPeople } from './support.ts';

describeEachEngine('pressing for reconsideration (D19)', (h) => {
  async function recorded() {
    const people = await schoolWithPeople(h());
    const res = await h().request({
      method: 'POST',
      url: '/api/concerns',
      cookie: people.teacher.cookie,
      payload: concernInput(people.pupilId, people.category),
    });
    expect(res.statusCode, res.body).toBe(201);
    return { ...people, id: res.json().data.id as string };
  }
  const post = (cookie: string, url: string, payload?: object) =>
    h().request({ method: 'POST', url, cookie, ...(payload ? { payload } : {}) });
  const get = (cookie: string, url: string) => h().request({ method: 'GET', url, cookie });
  const ask = (cookie: string, id: string, reason: string) =>
    post(cookie, `/api/concerns/${id}/reconsider`, { reason });
  const answer = (cookie: string, id: string, text: string) =>
    post(cookie, `/api/concerns/${id}/reconsideration-answer`, { answer: text });
  const detail = async (cookie: string, id: string) =>
    (await get(cookie, `/api/concerns/${id}`)).json().data;
  const mine = async (cookie: string, id: string) =>
    (await get(cookie, '/api/concerns/mine')).json().data.find((c: { id: string }) => c.id === id);

  test('[D19] every request and every answer is kept, oldest first, with who and when, for the DSL team and the recorder', async () => {
    const { dsl, teacher, id } = await recorded();
    const t0 = h().clock.now().toISOString();
    expect((await ask(teacher.cookie, id, 'He has had three bruises this month.')).statusCode).toBe(
      204,
    );
    h().clock.advance(5 * 60_000);
    const t1 = h().clock.now().toISOString();
    expect((await answer(dsl.cookie, id, 'Spoken to mum; monitoring.')).statusCode).toBe(204);
    h().clock.advance(5 * 60_000);
    const t2 = h().clock.now().toISOString();
    expect(
      (await ask(teacher.cookie, id, 'Now he flinches when his name is called.')).statusCode,
    ).toBe(204);
    h().clock.advance(5 * 60_000);
    const t3 = h().clock.now().toISOString();
    expect((await answer(dsl.cookie, id, 'Referring to early help.')).statusCode).toBe(204);

    const tom = { id: teacher.user.id, fullName: 'Tom Teacher' };
    const dana = { id: dsl.user.id, fullName: 'Dana Lead' };
    const history = [
      {
        requestedAt: t0,
        requestedBy: tom,
        reason: 'He has had three bruises this month.',
        answeredAt: t1,
        answeredBy: dana,
        answer: 'Spoken to mum; monitoring.',
      },
      {
        requestedAt: t2,
        requestedBy: tom,
        reason: 'Now he flinches when his name is called.',
        answeredAt: t3,
        answeredBy: dana,
        answer: 'Referring to early help.',
      },
    ];
    const forTeam = await detail(dsl.cookie, id);
    expect(forTeam.reconsiderations).toMatchObject(history);
    expect(forTeam.reconsideration).toMatchObject(history[1] as object);
    expect(forTeam.reconsiderationOpen).toBe(false);
    const forRecorder = await mine(teacher.cookie, id);
    expect(forRecorder.reconsiderations).toMatchObject(history);
    expect(forRecorder.reconsideration).toMatchObject(history[1] as object);
  });

  test('[D19] a request waits for its answer: asking again meanwhile, or answering twice, is a 409', async () => {
    const { dsl, teacher, id } = await recorded();
    expect((await answer(dsl.cookie, id, 'Nothing asked yet.')).statusCode).toBe(409);
    expect((await ask(teacher.cookie, id, 'Still worried.')).statusCode).toBe(204);
    const again = await ask(teacher.cookie, id, 'Still worried, again.');
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toMatch(/already asked/);
    expect((await answer(dsl.cookie, id, 'Looked again.')).statusCode).toBe(204);
    expect((await answer(dsl.cookie, id, 'Looked again, twice.')).statusCode).toBe(409);
    expect((await detail(dsl.cookie, id)).reconsiderations).toHaveLength(1);
  });

  test('[D19] a concern cannot be closed while a request is unanswered, by status or by decision, and nothing changes', async () => {
    const { dsl, teacher, id } = await recorded();
    expect((await post(dsl.cookie, `/api/concerns/${id}/acknowledge`)).statusCode).toBe(204);
    expect((await ask(teacher.cookie, id, 'Please look again.')).statusCode).toBe(204);
    const before = await detail(dsl.cookie, id);

    const closing = await post(dsl.cookie, `/api/concerns/${id}/status`, { status: 'closed' });
    expect(closing.statusCode).toBe(409);
    expect(closing.json().error).toMatchObject({ code: 'CONFLICT', field: 'status' });
    expect(closing.json().error.message).toMatch(/reconsider.*unanswered/);
    const deciding = await post(dsl.cookie, `/api/concerns/${id}/decision`, {
      outcome: 'no_further_action',
      levelOfNeed: 'universal',
      rationale: 'Nothing more to do.',
    });
    expect(deciding.statusCode).toBe(409);
    expect(deciding.json().error).toMatchObject({ code: 'CONFLICT', field: 'outcome' });

    const after = await detail(dsl.cookie, id);
    expect(after.status).toBe('in_progress');
    expect(after.decisions).toEqual(before.decisions);
    expect(after.reconsiderations).toEqual(before.reconsiderations);
    const log = (await get(dsl.cookie, `/api/audit?subjectId=${id}&limit=200`)).json().data
      .events as { type: string }[];
    const onThis = log.map((e) => e.type);
    expect(onThis).toContain('concern.reconsideration_requested');
    expect(onThis).not.toContain('concern.status_changed');
    expect(onThis).not.toContain('concern.decided');

    // A decision that keeps it open is still allowed; once answered, it may close.
    expect(
      (
        await post(dsl.cookie, `/api/concerns/${id}/decision`, {
          outcome: 'monitor',
          levelOfNeed: 'universal',
          rationale: 'Watching.',
        })
      ).statusCode,
    ).toBe(204);
    expect((await answer(dsl.cookie, id, 'We are monitoring.')).statusCode).toBe(204);
    expect(
      (await post(dsl.cookie, `/api/concerns/${id}/status`, { status: 'closed' })).statusCode,
    ).toBe(204);
  });

  test('[D19] at the same moment: two requests make one, and a close and a request never leave it closed and unanswered', async () => {
    const { dsl, teacher, id } = await recorded();
    const both = await Promise.all([
      ask(teacher.cookie, id, 'First tab.'),
      ask(teacher.cookie, id, 'Second tab.'),
    ]);
    expect(both.map((r) => r.statusCode).sort()).toEqual([204, 409]);
    expect((await answer(dsl.cookie, id, 'Looked again.')).statusCode).toBe(204);

    const [closing, asking] = await Promise.all([
      post(dsl.cookie, `/api/concerns/${id}/status`, { status: 'closed' }),
      ask(teacher.cookie, id, 'Still worried.'),
    ]);
    expect(asking.statusCode).toBe(204);
    expect([204, 409]).toContain(closing.statusCode);
    const after = await detail(dsl.cookie, id);
    expect(after.reconsiderationOpen).toBe(true);
    expect(after.status).not.toBe('closed');
  });

  test('[D19] asking about a closed concern reopens it until the DSL answers', async () => {
    const { dsl, teacher, id } = await recorded();
    expect(
      (
        await post(dsl.cookie, `/api/concerns/${id}/decision`, {
          outcome: 'no_further_action',
          levelOfNeed: 'universal',
          rationale: 'Accidental injury.',
        })
      ).statusCode,
    ).toBe(204);
    expect((await mine(teacher.cookie, id)).status).toBe('closed');
    expect((await ask(teacher.cookie, id, 'It has happened again.')).statusCode).toBe(204);
    expect((await detail(dsl.cookie, id)).status).toBe('in_progress');
    expect((await mine(teacher.cookie, id)).status).toBe('in_progress');
  });

  test('[D19] the inbox flags concerns with an unanswered request, and ?reconsideration=open lists only those', async () => {
    const { dsl, teacher, pupilId, category, id } = await recorded();
    const other = await h().request({
      method: 'POST',
      url: '/api/concerns',
      cookie: teacher.cookie,
      payload: concernInput(pupilId, category),
    });
    const otherId = other.json().data.id as string;
    expect((await ask(teacher.cookie, id, 'Please look again.')).statusCode).toBe(204);

    const all = (await get(dsl.cookie, '/api/concerns')).json();
    const flag = (items: { id: string; reconsiderationOpen: boolean }[], of: string) =>
      items.find((i) => i.id === of)?.reconsiderationOpen;
    expect(flag(all.data, id)).toBe(true);
    expect(flag(all.data, otherId)).toBe(false);
    expect(all.awaitingAnswer).toBe(1);
    const open = (await get(dsl.cookie, '/api/concerns?reconsideration=open')).json();
    expect(open.data.map((i: { id: string }) => i.id)).toEqual([id]);
    // Whatever its status: the filter is not a status.
    expect(
      (await get(dsl.cookie, '/api/concerns?reconsideration=open&status=closed')).json().data,
    ).toEqual([]);
    expect((await get(dsl.cookie, '/api/concerns?reconsideration=maybe')).statusCode).toBe(400);

    expect((await answer(dsl.cookie, id, 'Looked again.')).statusCode).toBe(204);
    expect((await get(dsl.cookie, '/api/concerns?reconsideration=open')).json().data).toEqual([]);
    expect(flag((await get(dsl.cookie, '/api/concerns')).json().data, id)).toBe(false);
    expect((await detail(dsl.cookie, id)).reconsiderationOpen).toBe(false);
  });

  test('[D19] the recorder is told in Haven and by an email that holds no child details', async () => {
    const { schoolId, dsl, teacher, id } = await recorded();
    const child = (await mine(teacher.cookie, id)).childNames[0] as string;
    const reference = (await detail(dsl.cookie, id)).reference as string;
    expect((await ask(teacher.cookie, id, 'Bruise on the other arm now.')).statusCode).toBe(204);
    expect((await answer(dsl.cookie, id, 'Mum explained the bruise.')).statusCode).toBe(204);

    const alerts = (await get(teacher.cookie, '/api/notifications')).json().data;
    expect(alerts[0]).toMatchObject({ kind: 'reconsideration_answered', concernId: id });
    // The DSL team hears of the request, not of their own answer.
    const team = (await get(dsl.cookie, '/api/notifications')).json().data;
    expect(team.map((n: { kind: string }) => n.kind)).not.toContain('reconsideration_answered');

    const emails = (
      await h()
        .rt.conn.db.selectFrom('outbox')
        .select('payload')
        .where('school_id', '=', schoolId)
        .execute()
    )
      .map((r) => JSON.parse(r.payload) as { to: string; subject: string; text: string })
      .filter((m) => m.to === teacher.user.email);
    expect(emails).toHaveLength(1);
    expect(emails[0]?.subject).toMatch(/answered your request/);
    expect(emails[0]?.text).toContain('/concerns/mine');
    for (const detailWord of [child, reference, id, 'bruise', 'Mum', 'arm'])
      expect(JSON.stringify(emails[0])).not.toContain(detailWord);
  });

  test('[D19] only the recorder may ask, only the DSL team may answer, and another school’s concern is not found', async () => {
    const { schoolId, dsl, id } = await recorded();
    const colleague = await h().as(schoolId, ['staff'], { name: 'Cole League' });
    expect((await ask(colleague.cookie, id, 'I am worried too.')).statusCode).toBe(404);
    expect((await answer(colleague.cookie, id, 'Not mine to answer.')).statusCode).toBe(404);

    const elsewhere = await schoolWithPeople(h());
    expect((await ask(elsewhere.teacher.cookie, id, 'Wrong school.')).statusCode).toBe(404);
    expect((await answer(elsewhere.dsl.cookie, id, 'Wrong school.')).statusCode).toBe(404);
    const theirs = await h().request({
      method: 'GET',
      url: '/api/concerns?reconsideration=open',
      cookie: elsewhere.dsl.cookie,
    });
    expect(theirs.json().data).toEqual([]);
    expect((await detail(dsl.cookie, id)).reconsiderations).toEqual([]);
  });

  test('[D19] an empty reason or answer is a 400 naming the field', async () => {
    const { dsl, teacher, id } = await recorded();
    const noReason = await ask(teacher.cookie, id, '   ');
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error).toMatchObject({ code: 'VALIDATION', field: 'reason' });
    expect((await ask(teacher.cookie, id, 'Worried.')).statusCode).toBe(204);
    const noAnswer = await answer(dsl.cookie, id, '');
    expect(noAnswer.statusCode).toBe(400);
    expect(noAnswer.json().error).toMatchObject({ code: 'VALIDATION', field: 'answer' });
    expect((await detail(dsl.cookie, id)).reconsiderationOpen).toBe(true);
  });
});
