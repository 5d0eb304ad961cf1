import { expect, test } from 'vitest';
import { describeEachEngine } from '../support/each-engine.ts';
import { expectError, unknownId } from '../api/helpers.ts';
import { attendanceSchool, b64, both, csvOf, later, RUN_DAYS, UPNS } from './support.ts';

describeEachEngine('attendance duties', (h) => {
  const post = (cookie: string, url: string, payload: object) =>
    h().request({ method: 'POST', url, cookie, payload });
  const get = (cookie: string, url: string) => h().request({ method: 'GET', url, cookie });
  const importRows = async (cookie: string, rows: string[][]) => {
    const res = await post(cookie, '/api/attendance/import', {
      contentBase64: b64(csvOf(rows)),
      dryRun: false,
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json().data;
  };
  const laClocks = async (cookie: string, state = 'watched') =>
    (await get(cookie, `/api/deadlines?scope=school&state=${state}`))
      .json()
      .data.filter((d: { rule: string }) => d.rule === 'la_absence_notify');
  const kindsFor = async (userId: string) =>
    (await h().rt.store.transaction((r) => r.notifications.list(userId, 50))).map((n) => n.kind);
  const outbox = () => h().rt.conn.db.selectFrom('outbox').select(['payload']).execute();

  test('[D10] 10 school days of unauthorised absence across half term and an INSET day open one clock to tell the LA', async () => {
    h().clock.set('2026-11-04T16:00:00Z');
    const s = await attendanceSchool(h());
    // Nine school days: 15 Oct to 4 Nov, across the half term (26-30 Oct) and INSET (2 Nov).
    const nine = both(UPNS[0], RUN_DAYS.slice(0, 9));
    expect((await importRows(s.office.cookie, nine)).notices).toBe(0);
    expect(await laClocks(s.dsl.cookie)).toEqual([]);

    await later(h(), '2026-11-05T16:00:00Z', s.office, s.dsl);
    const ten = both(UPNS[0], RUN_DAYS.slice(0, 10));
    expect((await importRows(s.office.cookie, ten)).notices).toBe(1);
    const [clock, ...more] = await laClocks(s.dsl.cookie);
    expect(more).toEqual([]);
    expect(clock).toMatchObject({
      label: 'Tell the local authority: 10 school days of continuous unauthorised absence',
      subjectType: 'attendance',
      pupilId: s.pupilA,
      ownerId: null,
      dueAt: '2026-11-06T16:00:00.000Z',
      basis: '1 working day from Thu 5 Nov 2026 16:00 → Fri 6 Nov 2026 16:00',
    });
    expect(await kindsFor(s.dsl.user.id)).toContain('attendance_la_notice');
    const emails = (await outbox()).map((o) => String(o.payload));
    expect(emails.some((e) => e.includes('10 school days'))).toBe(true);
    expect(emails.some((e) => e.includes('Amelia') || e.includes('Millie'))).toBe(false);

    // The same file again, and the run growing, never open a second clock for the same run.
    expect((await importRows(s.office.cookie, ten)).notices).toBe(0);
    await later(h(), '2026-11-06T16:00:00Z', s.office, s.dsl, s.teacher);
    expect((await importRows(s.office.cookie, both(UPNS[0], RUN_DAYS))).notices).toBe(0);
    expect(await laClocks(s.dsl.cookie)).toHaveLength(1);

    const teacherView = (await get(s.teacher.cookie, `/api/pupils/${s.pupilA}/attendance`)).json()
      .data;
    expect(teacherView.summary.run).toEqual({ days: 11, first: '2026-10-15', last: '2026-11-06' });
    expect(teacherView.notices).toEqual([]);
    const dslView = (await get(s.dsl.cookie, `/api/pupils/${s.pupilA}/attendance`)).json().data;
    const notice = dslView.notices[0];
    expect(notice).toMatchObject({
      runFirst: '2026-10-15',
      reachedOn: '2026-11-05',
      notifiedAt: null,
    });
    expect((await get(s.dsl.cookie, '/api/attendance/watch')).json().data.notices).toHaveLength(1);

    const url = `/api/attendance/notices/${notice.id}/notified`;
    const told = {
      notifiedAt: '2026-11-06T15:30:00Z',
      notifiedTo: 'Essex Attendance Specialist Service (fictional officer)',
      reference: 'CME-0042',
    };
    expectError(await post(s.office.cookie, url, told), 403, 'FORBIDDEN');
    expectError(
      await post(s.dsl.cookie, url, { ...told, notifiedTo: ' ' }),
      400,
      'VALIDATION',
      'notifiedTo',
    );
    expectError(
      await post(s.dsl.cookie, url, { ...told, notifiedAt: '2026-11-07T09:00:00Z' }),
      400,
      'VALIDATION',
      'notifiedAt',
    );
    expectError(
      await post(s.dsl.cookie, `/api/attendance/notices/${unknownId()}/notified`, told),
      404,
      'NOT_FOUND',
    );
    const other = await attendanceSchool(h());
    expectError(await post(other.dsl.cookie, url, told), 404, 'NOT_FOUND');
    const res = await post(s.dsl.cookie, url, told);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().data).toMatchObject({ notifiedTo: told.notifiedTo, reference: 'CME-0042' });
    expectError(await post(s.dsl.cookie, url, told), 409, 'CONFLICT');
    expect(await laClocks(s.dsl.cookie)).toEqual([]);
    expect(await laClocks(s.dsl.cookie, 'closed')).toMatchObject([{ state: 'met' }]);
    const file = (await get(s.dsl.cookie, `/api/files/${s.pupilA}?kind=attendance`)).json().data;
    expect(file.chronology.map((e: { summary: string }) => e.summary)).toEqual([
      'Local authority told of 10 school days of unauthorised absence (from 2026-10-15) (reference CME-0042)',
      '10 school days of continuous unauthorised absence (from 2026-10-15): the local authority must be told',
    ]);
    expect(await h().auditTypes(s.schoolId)).toEqual(
      expect.arrayContaining([
        'attendance.la_notice_opened',
        'deadline.opened',
        'attendance.la_notified',
        'deadline.met',
      ]),
    );

    // Back in school on 9 Nov, then away again for 10 more school days: a new run, a new clock.
    const nextRun = ['10', '11', '12', '13', '16', '17', '18', '19', '20', '23'].map(
      (d) => `2026-11-${d}`,
    );
    await later(h(), '2026-11-23T16:00:00Z', s.office, s.dsl);
    const rows = [...both(UPNS[0], ['2026-11-09'], '/'), ...both(UPNS[0], nextRun)];
    expect((await importRows(s.office.cookie, rows)).notices).toBe(1);
    expect(await laClocks(s.dsl.cookie)).toHaveLength(1);
  });

  test('[D39] an absence of a child on a plan alerts the DSL team the same day, once per child per day', async () => {
    h().clock.set('2026-11-05T10:00:00Z');
    const s = await attendanceSchool(h());
    const plan = await post(s.dsl.cookie, '/api/plans', {
      pupilId: s.pupilB,
      kind: 'child_protection',
      startsOn: '2026-11-01',
    });
    expect(plan.statusCode, plan.body).toBe(201);
    const before = (await kindsFor(s.dsl.user.id)).length;
    // A present mark, and an absence of a child with no plan, alert nobody.
    await post(s.office.cookie, `/api/pupils/${s.pupilB}/attendance`, {
      date: '2026-11-05',
      am: '/',
    });
    await post(s.office.cookie, `/api/pupils/${s.pupilA}/attendance`, {
      date: '2026-11-05',
      am: 'I',
    });
    // An absence before the plan began does not either.
    await importRows(s.office.cookie, [[UPNS[1], '2026-10-22', 'AM', 'O']]);
    expect((await kindsFor(s.dsl.user.id)).length).toBe(before);

    const res = await post(s.office.cookie, `/api/pupils/${s.pupilB}/attendance`, {
      date: '2026-11-05',
      pm: 'M',
    });
    expect(res.json().data).toEqual({ notices: 0, alerts: 1 });
    expect(await kindsFor(s.dsl.user.id)).toContain('plan_absence');
    const email = (await outbox())
      .map((o) => String(o.payload))
      .find((p) => p.includes('on a plan'));
    expect(email).toBeDefined();
    expect(email).not.toMatch(/Ben|Fictional/);
    // More absence today: no second alert.
    expect((await importRows(s.office.cookie, [[UPNS[1], '2026-11-04', 'PM', 'O']])).alerts).toBe(
      0,
    );
    // The next day, a new alert.
    await later(h(), '2026-11-06T10:00:00Z', s.office, s.dsl);
    expect((await importRows(s.office.cookie, [[UPNS[1], '2026-11-06', 'AM', 'N']])).alerts).toBe(
      1,
    );
    const watch = (await get(s.dsl.cookie, '/api/attendance/watch')).json().data;
    expect(watch.onPlans).toMatchObject([{ pupilId: s.pupilB, kinds: ['child_protection'] }]);
    expect(watch.onPlans[0].absences).toHaveLength(3);

    // Ended plans stop the alerts for later days.
    const ended = await post(s.dsl.cookie, `/api/plans/${plan.json().data.id}/end`, {
      endsOn: '2026-11-06',
    });
    expect(ended.json().data.endsOn).toBe('2026-11-06');
    expectError(
      await post(s.dsl.cookie, `/api/plans/${plan.json().data.id}/end`, { endsOn: '2026-11-06' }),
      409,
      'CONFLICT',
    );
    await later(h(), '2026-11-09T10:00:00Z', s.office, s.dsl);
    expect((await importRows(s.office.cookie, [[UPNS[1], '2026-11-09', 'AM', 'O']])).alerts).toBe(
      0,
    );
    const file = (await get(s.dsl.cookie, `/api/files/${s.pupilB}?kind=plan`)).json().data;
    expect(file.chronology.map((e: { summary: string }) => e.summary)).toEqual([
      'Child protection plan ended on 2026-11-06',
      'Child protection plan from 2026-11-01',
    ]);
    expect(await h().auditTypes(s.schoolId)).toEqual(
      expect.arrayContaining(['plan.recorded', 'attendance.plan_alerted', 'plan.ended']),
    );
  });

  test('[D39] plans are the DSL team’s: others refused, another school’s child not found, bad input named', async () => {
    h().clock.set('2026-11-05T10:00:00Z');
    const s = await attendanceSchool(h());
    const other = await attendanceSchool(h());
    const input = { pupilId: s.pupilA, kind: 'child_in_need', startsOn: '2026-11-01' };
    for (const who of [s.office, s.teacher])
      expectError(await post(who.cookie, '/api/plans', input), 403, 'FORBIDDEN');
    expectError(await get(s.office.cookie, `/api/plans?pupilId=${s.pupilA}`), 403, 'FORBIDDEN');
    expectError(
      await post(s.dsl.cookie, '/api/plans', { ...input, pupilId: other.pupilA }),
      404,
      'NOT_FOUND',
    );
    expectError(await get(s.dsl.cookie, `/api/plans?pupilId=${other.pupilA}`), 404, 'NOT_FOUND');
    expectError(
      await post(s.dsl.cookie, '/api/plans', { ...input, kind: 'early_help' }),
      400,
      'VALIDATION',
      'kind',
    );
    expectError(
      await post(s.dsl.cookie, '/api/plans', { ...input, endsOn: '2026-10-01' }),
      400,
      'VALIDATION',
      'endsOn',
    );
    expect((await get(s.dsl.cookie, `/api/plans?pupilId=${s.pupilA}`)).json().data).toEqual([]);
    const made = await post(s.dsl.cookie, '/api/plans', input);
    expect(made.statusCode).toBe(201);
    expectError(
      await post(other.dsl.cookie, `/api/plans/${made.json().data.id}/end`, {
        endsOn: '2026-11-05',
      }),
      404,
      'NOT_FOUND',
    );
    expectError(
      await post(s.dsl.cookie, `/api/plans/${made.json().data.id}/end`, { endsOn: '2026-10-01' }),
      400,
      'VALIDATION',
      'endsOn',
    );
  });

  test('[D10] children missing education: a register with actions, each in the chronology', async () => {
    h().clock.set('2026-11-05T10:00:00Z');
    const s = await attendanceSchool(h());
    const other = await attendanceSchool(h());
    const open = {
      pupilId: s.pupilA,
      reason: 'Family not answering; house appears empty.',
      lastSeenOn: '2026-10-23',
    };
    expectError(await post(s.office.cookie, '/api/cme', open), 403, 'FORBIDDEN');
    expectError(await get(s.teacher.cookie, '/api/cme'), 403, 'FORBIDDEN');
    expectError(
      await post(s.dsl.cookie, '/api/cme', { ...open, pupilId: other.pupilA }),
      404,
      'NOT_FOUND',
    );
    expectError(
      await post(s.dsl.cookie, '/api/cme', { ...open, reason: '' }),
      400,
      'VALIDATION',
      'reason',
    );
    expectError(
      await post(s.dsl.cookie, '/api/cme', { ...open, lastSeenOn: '2026-12-01' }),
      400,
      'VALIDATION',
      'lastSeenOn',
    );
    const made = await post(s.dsl.cookie, '/api/cme', open);
    expect(made.statusCode, made.body).toBe(201);
    const id = made.json().data.id;
    expectError(await post(s.dsl.cookie, '/api/cme', open), 409, 'CONFLICT', 'pupilId');

    const action = (kind: string, outcome: string) =>
      post(s.dsl.cookie, `/api/cme/${id}/actions`, { kind, at: '2026-11-05T09:30:00Z', outcome });
    expect((await action('call', 'No answer on either number.')).statusCode).toBe(200);
    expect(
      (await action('home_visit', 'Neighbour says the family left last week.')).statusCode,
    ).toBe(200);
    expect(
      (await action('cme_referral', 'Referred to the missing education service.')).statusCode,
    ).toBe(200);
    const police = await action('police', 'Reported; police reference given.');
    expect(
      police
        .json()
        .data.actions.map((a: { kind: string }) => a.kind)
        .sort(),
    ).toEqual(['call', 'cme_referral', 'home_visit', 'police']);
    expectError(await action('carrier_pigeon', 'x'), 400, 'VALIDATION', 'kind');
    expectError(await action('call', ''), 400, 'VALIDATION', 'outcome');
    expectError(await get(other.dsl.cookie, `/api/cme/${id}`), 404, 'NOT_FOUND');
    expectError(
      await post(other.dsl.cookie, `/api/cme/${id}/actions`, {
        kind: 'call',
        at: '2026-11-05T09:30:00Z',
        outcome: 'x',
      }),
      404,
      'NOT_FOUND',
    );
    expect((await get(s.dsl.cookie, '/api/cme')).json().data).toMatchObject([
      { id, pupilId: s.pupilA, lastSeenOn: '2026-10-23', reason: open.reason, closedAt: null },
    ]);
    expect((await get(other.dsl.cookie, '/api/cme')).json().data).toEqual([]);

    const closed = await post(s.dsl.cookie, `/api/cme/${id}/close`, {
      outcome: 'On roll at a school in Kent (fictional).',
    });
    expect(closed.json().data.closeOutcome).toBe('On roll at a school in Kent (fictional).');
    expectError(await action('call', 'Too late'), 409, 'CONFLICT');
    expect((await get(s.dsl.cookie, '/api/cme')).json().data).toEqual([]);
    expect((await get(s.dsl.cookie, '/api/cme?state=closed')).json().data).toHaveLength(1);
    const file = (await get(s.dsl.cookie, `/api/files/${s.pupilA}?kind=cme`)).json().data;
    expect(file.chronology).toHaveLength(6);
    expect(file.chronology.map((e: { text: string }) => e.text)).toContain(open.reason);
    expect(await h().auditTypes(s.schoolId)).toEqual(
      expect.arrayContaining(['cme.opened', 'cme.action_added', 'cme.closed']),
    );
    // Reading the register is on the child's "who viewed" list, as reading their file is.
    const viewers = (await get(s.dsl.cookie, `/api/files/${s.pupilA}/viewers`)).json().data;
    expect(viewers.map((v: { via: string }) => v.via)).toContain('missing_education');
  });
});
