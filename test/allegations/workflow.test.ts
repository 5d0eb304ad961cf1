import { expect, test } from 'vitest';
import { describeEachEngine } from '../support/each-engine.ts';
import { api, staffedSchool } from './support.ts';

describeEachEngine('concerns about adults', (h) => {
  const lado = (at: string) => ({
    contactedAt: at,
    ladoName: 'Lee Lado',
    advice: 'Do not speak to the member of staff yet; keep the pupil away from them.',
    ladoReference: 'LADO/26/0042',
  });

  test('[D41] a concern about a colleague goes to the headteacher and nobody else', async () => {
    const s = await staffedSchool(h());
    const a = api(h());
    const res = await a.raise(s.teacher, { staffId: s.colleague.id });
    expect(res.statusCode).toBe(201);
    const receipt = res.json().data;
    expect(receipt).toMatchObject({ routedTo: 'headteacher', reference: /^ADULT-2026-\d{4}$/ });
    expect(JSON.stringify(receipt)).not.toContain('wrist');

    const seen = await a.get(s.head, receipt.id);
    expect(seen.statusCode).toBe(200);
    expect(seen.json().data).toMatchObject({
      subject: { staffId: s.colleague.id, name: 'Cole Colleague', relationship: 'staff' },
      caseManager: { id: s.head.id },
      stage: 'awaiting_decision',
      investigationUnlocked: false,
      ladoPhone: '03330 139 797',
    });
    expect(seen.json().allowedActions).toEqual([
      'allegation.read',
      'allegation.write',
      'allegation.manage',
    ]);
    const headAlerts = (await a.call(s.head, 'GET', '/api/notifications')).json().data;
    expect(headAlerts[0]).toMatchObject({ kind: 'allegation', caseId: receipt.id });

    // The DSL, the administrator, the deputy, the chair, the raiser and the subject see nothing.
    for (const p of [s.dsl, s.admin, s.deputy, s.chair, s.teacher, s.colleague]) {
      expect((await a.get(p, receipt.id)).statusCode).toBe(404);
      expect((await a.call(p, 'GET', '/api/allegations')).json().data).toEqual([]);
      expect((await a.call(p, 'GET', `/api/allegations/${receipt.id}/pdf`)).statusCode).toBe(404);
      expect((await a.call(p, 'GET', `/api/allegations/${receipt.id}/activity`)).statusCode).toBe(
        404,
      );
      const alerts = (await a.call(p, 'GET', '/api/notifications')).json().data;
      expect(alerts.filter((n: { caseId?: string }) => n.caseId)).toEqual([]);
    }
    // The head's list has it; the refusals are on the case's own trail for the head to see.
    const list = (await a.call(s.head, 'GET', '/api/allegations')).json().data;
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ subjectName: 'Cole Colleague', myRole: 'manager' });
    const trail = (await a.call(s.head, 'GET', `/api/allegations/${receipt.id}/activity`)).json()
      .data as { type: string; actorName: string }[];
    expect(trail.filter((e) => e.type === 'access.denied').map((e) => e.actorName)).toEqual(
      expect.arrayContaining(['Dana Lead', 'Cole Colleague']),
    );
    // The email says nothing but that there is something to see.
    const mail = await h()
      .rt.conn.db.selectFrom('outbox')
      .select('payload')
      .where('school_id', '=', s.schoolId)
      .execute();
    expect(mail).toHaveLength(1);
    expect(mail[0]?.payload).not.toMatch(/Cole|wrist|corridor/);
  });

  test('[D41] about the headteacher it goes to the chair; an unavailable head passes to the deputy', async () => {
    const s = await staffedSchool(h());
    const a = api(h());
    const aboutHead = (await a.raise(s.teacher, { staffId: s.head.id })).json().data;
    expect(aboutHead.routedTo).toBe('chair_of_governors');
    expect((await a.get(s.chair, aboutHead.id)).statusCode).toBe(200);
    expect((await a.get(s.head, aboutHead.id)).statusCode).toBe(404);
    expect((await a.get(s.deputy, aboutHead.id)).statusCode).toBe(404);

    const until = new Date(h().clock.now().getTime() + 86_400_000).toISOString();
    await a.call(s.head, 'POST', '/api/me/availability', { unavailableUntil: until });
    const whileAway = (await a.raise(s.teacher, { staffId: s.colleague.id })).json().data;
    expect(whileAway.routedTo).toBe('deputy_head');
    expect((await a.get(s.deputy, whileAway.id)).statusCode).toBe(200);
    expect((await a.get(s.head, whileAway.id)).statusCode).toBe(404);
    await a.call(s.head, 'POST', '/api/me/availability', { unavailableUntil: null });

    // Someone without an account: described, and still routed to the head.
    const contractor = await a.raise(s.teacher, {
      name: 'Sam Sparks',
      relationship: 'contractor',
      details: 'Electrician, agency van',
    });
    expect(contractor.json().data.routedTo).toBe('headteacher');
  });

  test('[D41] with nobody to receive it the concern is refused whole, with the LADO number', async () => {
    const schoolId = await h().createSchool();
    const { cookie } = await h().as(schoolId, ['staff']);
    const colleague = await h().createUser(schoolId, ['staff']);
    const res = await api(h()).raise({ cookie }, { staffId: colleague.id });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toContain('03330 139 797');
    const rows = await h()
      .rt.conn.db.selectFrom('allegations')
      .select('id')
      .where('school_id', '=', schoolId)
      .execute();
    expect(rows).toEqual([]);
  });

  test('[D42] no investigation before the LADO is spoken to; LADO contact unlocks it and meets the clock', async () => {
    const s = await staffedSchool(h());
    const a = api(h());
    const { id } = (await a.raise(s.teacher, { staffId: s.colleague.id })).json().data;
    const at = h().clock.now().toISOString();
    const step = { kind: 'investigation', step: 'interview', at, text: 'Spoke to the pupil.' };
    expect((await a.step(s.head, id, 'entries', step)).statusCode).toBe(409);

    const decided = await a.step(s.head, id, 'threshold', {
      decision: 'allegation',
      rationale: 'Physical restraint of a pupil without need: meets the harm threshold.',
    });
    expect(decided.json().data).toMatchObject({
      stage: 'awaiting_lado',
      investigationUnlocked: false,
    });
    const locked = await a.step(s.head, id, 'entries', step);
    expect(locked.statusCode).toBe(409);
    expect(locked.json().error.message).toContain('locked until contact with the LADO');
    // A note is allowed: e.g. the LADO's line was engaged.
    const note = { kind: 'note', step: null, at, text: 'Rang the LADO: engaged, will ring back.' };
    expect((await a.step(s.head, id, 'entries', note)).statusCode).toBe(200);

    const after = await a.step(s.head, id, 'lado', lado(at));
    expect(after.statusCode).toBe(200);
    expect(after.json().data).toMatchObject({
      stage: 'investigating',
      investigationUnlocked: true,
      lado: { ladoName: 'Lee Lado', ladoReference: 'LADO/26/0042' },
      deadline: { state: 'met' },
    });
    const done = await a.step(s.head, id, 'entries', step);
    expect(done.statusCode).toBe(200);
    expect(done.json().data.chronology[0]).toMatchObject({
      kind: 'investigation',
      summary: 'Investigation: Interview',
      text: 'Spoke to the pupil.',
    });
  });

  test('[D43] the case stays out of the school’s audit log, the deadline board and the database in clear', async () => {
    const s = await staffedSchool(h());
    const a = api(h());
    const canary = 'pelican-quartz-7731 touched the pupil';
    const { id } = (
      await a.raise(s.teacher, { staffId: s.colleague.id }, { whatHappened: canary })
    ).json().data;
    await a.get(s.head, id);
    await a.get(s.dsl, id); // refused, and audited on the case

    for (const reader of [s.dsl, s.admin]) {
      const log = (await a.call(reader, 'GET', '/api/audit?limit=200')).json().data;
      const text = JSON.stringify(log);
      expect(text).not.toContain(id);
      expect(text).not.toMatch(/allegation|LADO|adult/i);
    }
    const board = (await a.call(s.dsl, 'GET', '/api/deadlines?scope=school')).json().data;
    expect(board.filter((d: { subjectType: string }) => d.subjectType === 'allegation')).toEqual(
      [],
    );
    const mine = (await a.call(s.head, 'GET', '/api/deadlines?scope=mine')).json().data;
    expect(mine).toEqual([expect.objectContaining({ rule: 'lado_inform', subjectId: id })]);
    // A DSL cannot stand the clock down by guessing its id.
    const clock = mine[0].id as string;
    expect(
      (await a.call(s.dsl, 'POST', `/api/deadlines/${clock}/waive`, { reason: 'x' })).statusCode,
    ).toBe(404);

    const rows = await h().rt.conn.db.selectFrom('allegations').selectAll().execute();
    const entries = await h().rt.conn.db.selectFrom('allegation_entries').selectAll().execute();
    expect(JSON.stringify([rows, entries])).not.toMatch(/pelican|Cole Colleague/);
  });

  test('[D43] the case manager adds a colleague only with a reason, and never the subject', async () => {
    const s = await staffedSchool(h());
    const a = api(h());
    const { id } = (await a.raise(s.teacher, { staffId: s.colleague.id })).json().data;
    const noReason = await a.step(s.head, id, 'members', { staffId: s.deputy.id, reason: ' ' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.field).toBe('reason');
    const subject = await a.step(s.head, id, 'members', {
      staffId: s.colleague.id,
      reason: 'Needs to know',
    });
    expect(subject.statusCode).toBe(400);
    expect(subject.json().error.field).toBe('staffId');

    const added = await a.step(s.head, id, 'members', {
      staffId: s.deputy.id,
      reason: 'Deputy head supporting the investigation',
    });
    expect(added.json().data.members).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          id: s.deputy.id,
          reason: 'Deputy head supporting the investigation',
          addedBy: expect.objectContaining({ id: s.head.id }),
        }),
      ]),
    );
    const asDeputy = await a.get(s.deputy, id);
    expect(asDeputy.json().allowedActions).toEqual(['allegation.read', 'allegation.write']);
    // A member may write notes but not decide: told no, since they know the case exists.
    const refused = await a.step(s.deputy, id, 'threshold', {
      decision: 'low_level',
      rationale: 'x',
    });
    expect(refused.statusCode).toBe(403);
    const again = await a.step(s.head, id, 'members', { staffId: s.deputy.id, reason: 'Again' });
    expect(again.statusCode).toBe(409);
  });

  test('[U02] low-level concerns are kept apart, stand the LADO clock down, and a repeat alerts the head', async () => {
    const s = await staffedSchool(h());
    const a = api(h());
    const low = {
      decision: 'low_level',
      rationale: 'Over-familiar language; below the threshold.',
    };
    const first = (await a.raise(s.teacher, { staffId: s.colleague.id })).json().data.id;
    const decided = await a.step(s.head, first, 'threshold', low);
    expect(decided.json().data).toMatchObject({
      stage: 'low_level',
      investigationUnlocked: true,
      deadline: { state: 'waived' },
    });
    expect((await a.call(s.head, 'GET', '/api/allegations/patterns')).json().data).toEqual([]);
    const ladoRefused = await a.step(s.head, first, 'lado', lado(h().clock.now().toISOString()));
    expect(ladoRefused.statusCode).toBe(409);

    const second = (await a.raise(s.dsl, { staffId: s.colleague.id })).json().data.id;
    await a.step(s.head, second, 'threshold', low);
    const patterns = (await a.call(s.head, 'GET', '/api/allegations/patterns')).json().data;
    expect(patterns).toEqual([
      expect.objectContaining({
        subjectName: 'Cole Colleague',
        count: 2,
        caseIds: [first, second],
        windowMonths: 12,
      }),
    ]);
    const alerts = (await a.call(s.head, 'GET', '/api/notifications')).json().data;
    expect(alerts[0]).toMatchObject({ kind: 'allegation_pattern', caseId: second });
    // The DSL who raised the second sees no pattern, and neither does the subject.
    expect((await a.call(s.dsl, 'GET', '/api/allegations/patterns')).json().data).toEqual([]);
    expect((await a.call(s.colleague, 'GET', '/api/allegations/patterns')).json().data).toEqual([]);
  });

  test('[U02] the same described adult is matched however the name is written', async () => {
    const s = await staffedSchool(h());
    const a = api(h());
    const low = { decision: 'low_level', rationale: 'Below the threshold.' };
    for (const name of ['Sam Sparks', '  sam   SPARKS ']) {
      const id = (
        await a.raise(s.teacher, { name, relationship: 'contractor', details: '' })
      ).json().data.id;
      await a.step(s.head, id, 'threshold', low);
    }
    const patterns = (await a.call(s.head, 'GET', '/api/allegations/patterns')).json().data;
    expect(patterns).toHaveLength(1);
    expect(patterns[0].count).toBe(2);
  });

  test('[U07] outcomes drive retention: malicious comes off the file; substantiated is kept to pension age', async () => {
    const s = await staffedSchool(h());
    const a = api(h());
    const allegation = async () => {
      const id = (await a.raise(s.teacher, { staffId: s.colleague.id })).json().data.id as string;
      await a.step(s.head, id, 'threshold', { decision: 'allegation', rationale: 'Meets it.' });
      return id;
    };
    const early = await allegation();
    const tooSoon = await a.step(s.head, early, 'outcome', {
      outcome: 'malicious',
      rationale: 'x',
      subjectDateOfBirth: null,
    });
    expect(tooSoon.statusCode).toBe(409); // the LADO first
    const now = h().clock.now().toISOString();
    await a.step(s.head, early, 'lado', lado(now));
    const malicious = await a.step(s.head, early, 'outcome', {
      outcome: 'malicious',
      rationale: 'The pupil said they made it up to get the teacher into trouble.',
      subjectDateOfBirth: null,
    });
    expect(malicious.json().data).toMatchObject({
      stage: 'closed',
      retention: { rule: 'remove_from_personnel_file', personnelFile: 'remove' },
    });

    const kept = await allegation();
    await a.step(s.head, kept, 'lado', lado(now));
    const noBirth = await a.step(s.head, kept, 'outcome', {
      outcome: 'substantiated',
      rationale: 'Seen by two colleagues.',
      subjectDateOfBirth: null,
    });
    expect(noBirth.statusCode).toBe(400);
    expect(noBirth.json().error.field).toBe('subjectDateOfBirth');
    const young = await a.step(s.head, kept, 'outcome', {
      outcome: 'substantiated',
      rationale: 'Seen by two colleagues.',
      subjectDateOfBirth: '1990-06-15',
    });
    expect(young.json().data.retention).toMatchObject({
      rule: 'keep',
      personnelFile: 'keep',
      retainUntil: '2057-06-15T00:00:00.000Z',
    });
    const closedAgain = await a.step(s.head, kept, 'outcome', {
      outcome: 'false',
      rationale: 'x',
      subjectDateOfBirth: null,
    });
    expect(closedAgain.statusCode).toBe(409);

    // Near pension age, the 10 years from the allegation are the later date.
    const older = await allegation();
    await a.step(s.head, older, 'lado', lado(now));
    const res = await a.step(s.head, older, 'outcome', {
      outcome: 'unfounded',
      rationale: 'No basis.',
      subjectDateOfBirth: '1962-01-01',
    });
    expect(res.json().data.retention.retainUntil.slice(0, 4)).toBe(
      String(new Date(now).getUTCFullYear() + 10),
    );
    const listed = (await a.call(s.head, 'GET', '/api/allegations?view=closed')).json().data;
    expect(listed.map((c: { id: string }) => c.id)).toEqual(
      expect.arrayContaining([early, kept, older]),
    );
  });

  test('the case exports as a PDF for the LADO, audited', async () => {
    const s = await staffedSchool(h());
    const a = api(h());
    const { id } = (await a.raise(s.teacher, { staffId: s.colleague.id })).json().data;
    const pdf = await a.call(s.head, 'GET', `/api/allegations/${id}/pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const trail = (await a.call(s.head, 'GET', `/api/allegations/${id}/activity`)).json().data;
    expect(trail.map((e: { type: string }) => e.type)).toContain('allegation.exported');
  });

  test('refusals: bad input names the field; another school’s case is not found; settings are the head’s', async () => {
    const s = await staffedSchool(h());
    const a = api(h());
    const empty = await a.raise(s.teacher, { staffId: s.colleague.id }, { whatHappened: ' ' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.field).toBe('whatHappened');
    const nobody = await a.raise(s.teacher, { details: '' });
    expect(nobody.json().error.field).toBe('subject.name');
    const future = await a.raise(
      s.teacher,
      { staffId: s.colleague.id },
      { incidentAt: '2099-01-01T10:00:00Z' },
    );
    expect(future.json().error.field).toBe('incidentAt');
    const stranger = await a.raise(s.teacher, { staffId: '00000000-0000-4000-8000-000000000000' });
    expect(stranger.json().error.field).toBe('subject.staffId');

    const { id } = (await a.raise(s.teacher, { staffId: s.colleague.id })).json().data;
    const badStep = await a.step(s.head, id, 'entries', { kind: 'investigation', at: 'soon' });
    expect(badStep.statusCode).toBe(400);
    const noKind = await a.step(s.head, id, 'entries', {
      kind: 'investigation',
      step: null,
      at: h().clock.now().toISOString(),
      text: 'x',
    });
    expect(noKind.json().error.field).toBe('step');
    expect((await a.get(s.head, 'not-a-uuid')).statusCode).toBe(400);
    expect((await a.get(s.head, '00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);

    const other = await h().createSchool('Other');
    const outsider = await h().as(other, ['headteacher']);
    expect((await a.get(outsider, id)).statusCode).toBe(404);
    expect(
      (await a.step(outsider, id, 'threshold', { decision: 'allegation', rationale: 'x' }))
        .statusCode,
    ).toBe(404);
    expect((await a.raise(outsider, { staffId: s.colleague.id })).statusCode).toBe(400);

    const settings = {
      pensionAge: 68,
      keepYears: 12,
      removedKeepYears: 1,
      patternCount: 3,
      patternMonths: 24,
    };
    expect((await a.call(s.dsl, 'PUT', '/api/allegations/settings', settings)).statusCode).toBe(
      403,
    );
    expect((await a.call(s.admin, 'GET', '/api/allegations/settings')).statusCode).toBe(403);
    const bad = await a.call(s.head, 'PUT', '/api/allegations/settings', {
      ...settings,
      keepYears: 0,
    });
    expect(bad.json().error.field).toBe('keepYears');
    const saved = await a.call(s.head, 'PUT', '/api/allegations/settings', settings);
    expect(saved.json().data).toEqual(settings);
    expect((await a.call(s.chair, 'GET', '/api/allegations/settings')).json().data).toEqual(
      settings,
    );
  });
});
