import { expect, test } from 'vitest';
import { describeEachEngine } from '../support/each-engine.ts';
import { categoryId, concernInput, makePupil, schoolWithPeople } from '../concerns/support.ts';

describeEachEngine('referrals, parents and information sharing', (h) => {
  const post = (cookie: string, url: string, payload: object) =>
    h().request({ method: 'POST', url, cookie, payload });
  const get = (cookie: string, url: string) => h().request({ method: 'GET', url, cookie });

  async function concernedSchool() {
    // Friday 19 December 2025, 16:40 in London: a weekend and Christmas lie ahead.
    h().clock.set('2025-12-19T16:40:00Z');
    const people = await schoolWithPeople(h());
    const res = await post(
      people.teacher.cookie,
      '/api/concerns',
      concernInput(people.pupilId, people.category),
    );
    return { ...people, concernId: res.json().data.id as string };
  }

  const hubReferral = (pupilId: string, concernId: string | null, extra: object = {}) => ({
    pupilId,
    concernId,
    agency: 'childrens_hub',
    method: 'portal',
    urgent: false,
    abuseCategory: 'PHY',
    reason: 'Repeated unexplained bruising.',
    madeAt: '2025-12-19T16:40:00Z',
    agencyReference: 'HUB-1234',
    ...extra,
  });

  test('[D17] a referral to the Hub starts a follow-up clock that says how it was worked out', async () => {
    const { dsl, pupilId, concernId } = await concernedSchool();
    const res = await post(dsl.cookie, '/api/referrals', hubReferral(pupilId, concernId));
    expect(res.statusCode).toBe(201);
    expect(res.json().data).toMatchObject({
      state: 'made',
      agencyLabel: 'Children and Families Hub (MASH)',
      abuseCategory: 'PHY',
      reason: 'Repeated unexplained bruising.',
      events: ['acknowledge', 'record_outcome', 'withdraw'],
    });
    const deadlines = (await get(dsl.cookie, '/api/deadlines?scope=school')).json().data;
    expect(deadlines).toHaveLength(1);
    // 3 working days: Mon 22, Tue 23, Wed 24 Dec (25, 26 Dec are bank holidays, after the due day).
    expect(deadlines[0]).toMatchObject({
      rule: 'referral_follow_up',
      pupilId,
      ownerId: dsl.user.id,
      dueAt: '2025-12-24T16:40:00.000Z',
      overdue: false,
    });
    expect(deadlines[0].basis).toBe(
      '3 working days from Fri 19 Dec 2025 16:40 → Wed 24 Dec 2025 16:40 (Sat 20, Sun 21 Dec: weekend)',
    );
    const file = (await get(dsl.cookie, `/api/files/${pupilId}`)).json().data;
    expect(file.chronology.find((e: { kind: string }) => e.kind === 'referral')).toMatchObject({
      kind: 'referral',
      significant: true,
      summary: 'Referral made to Children and Families Hub (MASH) (reference HUB-1234)',
    });
    expect(await h().auditTypes(people(dsl))).toEqual(
      expect.arrayContaining(['referral.created', 'deadline.opened']),
    );
  });

  const people = (dsl: { user: { schoolId: string } }) => dsl.user.schoolId;

  test('the referral moves through its states; an outcome meets the clock; a wrong step is refused', async () => {
    const { dsl, pupilId, concernId } = await concernedSchool();
    const id = (await post(dsl.cookie, '/api/referrals', hubReferral(pupilId, concernId))).json()
      .data.id;
    const early = await post(dsl.cookie, `/api/referrals/${id}/close`, { closureReason: 'RC8' });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toBe('A referral that is made cannot be closed');

    expect((await post(dsl.cookie, `/api/referrals/${id}/acknowledge`, {})).json().data.state).toBe(
      'acknowledged',
    );
    const outcome = await post(dsl.cookie, `/api/referrals/${id}/outcome`, {
      outcome: 'assessment',
      outcomeAt: '2025-12-19T16:44:00Z',
      notes: 'Social worker allocated.',
    });
    expect(outcome.json().data).toMatchObject({
      state: 'outcome_recorded',
      outcomeLabel: 'Child and family assessment',
      outcomeNotes: 'Social worker allocated.',
    });
    expect((await get(dsl.cookie, '/api/deadlines?scope=school')).json().data).toEqual([]);
    expect(
      (await get(dsl.cookie, '/api/deadlines?scope=school&state=closed')).json().data,
    ).toMatchObject([{ rule: 'referral_follow_up', state: 'met' }]);
    const closed = await post(dsl.cookie, `/api/referrals/${id}/close`, { closureReason: 'RC8' });
    expect(closed.json().data).toMatchObject({ state: 'closed', closureReason: 'RC8', events: [] });
  });

  test('a draft has no clock until it is made; a withdrawal needs a reason and stands the clock down', async () => {
    const { dsl, pupilId } = await concernedSchool();
    const draft = await post(
      dsl.cookie,
      '/api/referrals',
      hubReferral(pupilId, null, { madeAt: null }),
    );
    expect(draft.json().data.state).toBe('draft');
    expect((await get(dsl.cookie, '/api/deadlines?scope=school')).json().data).toEqual([]);
    const id = draft.json().data.id;
    await post(dsl.cookie, `/api/referrals/${id}/make`, { madeAt: '2025-12-19T16:42:00Z' });
    expect((await get(dsl.cookie, '/api/deadlines?scope=school')).json().data).toHaveLength(1);
    const noReason = await post(dsl.cookie, `/api/referrals/${id}/withdraw`, { reason: ' ' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.field).toBe('reason');
    const withdrawn = await post(dsl.cookie, `/api/referrals/${id}/withdraw`, {
      reason: 'Parent moved out of area; referred there instead.',
    });
    expect(withdrawn.json().data).toMatchObject({
      state: 'withdrawn',
      withdrawnReason: 'Parent moved out of area; referred there instead.',
    });
    expect(
      (await get(dsl.cookie, '/api/deadlines?scope=school&state=closed')).json().data,
    ).toMatchObject([{ state: 'waived', waivedReason: 'Referral withdrawn' }]);
  });

  test('[D20] a teacher records a referral they made while the DSL was away; the DSL is alerted', async () => {
    const { dsl, teacher, pupilId } = await concernedSchool();
    const res = await post(teacher.cookie, '/api/referrals/self', hubReferral(pupilId, null));
    expect(res.statusCode).toBe(201);
    const notes = await h().rt.store.transaction((r) => r.notifications.list(dsl.user.id, 10));
    expect(notes.map((n) => n.kind)).toContain('staff_referral');
    const listed = (await get(dsl.cookie, `/api/referrals?pupilId=${pupilId}`)).json().data;
    expect(listed).toMatchObject([
      { withoutDsl: true, madeBy: { id: teacher.user.id }, state: 'made' },
    ]);
    // The clock falls to the DSL team, not to the teacher.
    expect((await get(dsl.cookie, '/api/deadlines?scope=school')).json().data).toMatchObject([
      { rule: 'referral_follow_up', ownerId: null },
    ]);
    // The teacher cannot read the file or the referrals back.
    expect((await get(teacher.cookie, `/api/referrals?pupilId=${pupilId}`)).statusCode).toBe(404);
    expect((await get(teacher.cookie, `/api/referrals/${res.json().data.id}`)).statusCode).toBe(
      404,
    );
    const noTime = await post(teacher.cookie, '/api/referrals/self', {
      ...hubReferral(pupilId, null),
      madeAt: null,
    });
    expect(noTime.statusCode).toBe(400);
    expect(noTime.json().error.field).toBe('madeAt');
  });

  test('[D13] FGM chosen on a concern gives the teacher until the end of the next working day; their police report meets it', async () => {
    const { dsl, teacher, pupilId } = await concernedSchool();
    const fgm = await categoryId(h(), teacher.cookie, 'fgm');
    const receipt = (await post(teacher.cookie, '/api/concerns', concernInput(pupilId, fgm))).json()
      .data;
    // Signing in moved the test clock on a minute or so from 16:40.
    expect(receipt.fgmReport).toEqual({
      dueAt: '2025-12-22T23:59:59.999Z',
      basis: expect.stringMatching(
        /^End of the next working day after Fri 19 Dec 2025 16:4\d → Mon 22 Dec 2025 23:59 \(Sat 20, Sun 21 Dec: weekend\)$/,
      ),
    });
    const mine = (await get(teacher.cookie, '/api/deadlines?scope=mine')).json().data;
    // The teacher recorded the concern, so the clock may say whose it is, though they cannot
    // open the child's file.
    expect(mine).toMatchObject([{ rule: 'fgm_police', ownerId: teacher.user.id, pupilId }]);
    expect(mine[0].pupilName).toBeTruthy();

    const missing = await post(teacher.cookie, '/api/referrals/fgm', {
      pupilId,
      concernId: receipt.id,
      notifiedAt: '2025-12-19T16:43:00Z',
      policeReference: '',
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.field).toBe('policeReference');

    const report = await post(teacher.cookie, '/api/referrals/fgm', {
      pupilId,
      concernId: receipt.id,
      notifiedAt: '2025-12-19T16:43:00Z',
      policeReference: 'ESX-55-2025',
      details: 'Rang 101 and spoke to the duty officer.',
    });
    expect(report.statusCode).toBe(201);
    expect((await get(teacher.cookie, '/api/deadlines?scope=mine')).json().data).toEqual([]);
    const referral = (await get(dsl.cookie, `/api/referrals/${report.json().data.id}`)).json().data;
    expect(referral).toMatchObject({
      fgm: true,
      agency: 'police',
      agencyReference: 'ESX-55-2025',
      madeBy: { id: teacher.user.id },
      madeAt: '2025-12-19T16:43:00.000Z',
    });
  });

  test('[D14] a radicalisation concern is referred to Channel and the referral is on record', async () => {
    const { dsl, pupilId, concernId } = await concernedSchool();
    const res = await post(
      dsl.cookie,
      '/api/referrals',
      hubReferral(pupilId, concernId, { agency: 'channel', abuseCategory: null }),
    );
    expect(res.json().data).toMatchObject({ agency: 'channel', agencyLabel: 'Channel (Prevent)' });
    expect(
      (await get(dsl.cookie, `/api/referrals?concernId=${concernId}`)).json().data,
    ).toHaveLength(1);
  });

  test('[D18] parents told, or not told with an allowed reason, each on the child’s file', async () => {
    const { dsl, pupilId, concernId } = await concernedSchool();
    const base = { pupilId, concernId, at: '2025-12-19T16:42:00Z' };
    const noReason = await post(dsl.cookie, '/api/disclosures/parents', { ...base, told: false });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.field).toBe('reasonCode');
    const notTold = await post(dsl.cookie, '/api/disclosures/parents', {
      ...base,
      told: false,
      reasonCode: 'impede_investigation',
      reason: 'Police asked us to wait until they have spoken to the family.',
    });
    expect(notTold.statusCode).toBe(201);
    const told = await post(dsl.cookie, '/api/disclosures/parents', {
      ...base,
      told: true,
      whoTold: 'Dana Lead, by phone',
    });
    expect(told.statusCode).toBe(201);
    const list = (await get(dsl.cookie, `/api/disclosures?concernId=${concernId}`)).json().data;
    expect(list.map((d: { decision: string }) => d.decision).sort()).toEqual(['not_told', 'told']);
    const file = (await get(dsl.cookie, `/api/files/${pupilId}`)).json().data;
    expect(file.chronology.map((e: { summary: string }) => e.summary)).toEqual(
      expect.arrayContaining([
        'Parents or carers not told: Telling them would impede a police or social care investigation',
        'Parents or carers told, by Dana Lead, by phone',
      ]),
    );
  });

  test('[D37] information shared: what, with whom, why and the lawful basis', async () => {
    const { dsl, pupilId, concernId } = await concernedSchool();
    const noBasis = await post(dsl.cookie, '/api/disclosures/sharing', {
      pupilId,
      concernId,
      sharedWith: 'School nurse',
      what: 'Injury history',
      why: 'Health assessment',
      at: '2025-12-19T16:42:00Z',
    });
    expect(noBasis.statusCode).toBe(400);
    expect(noBasis.json().error.field).toBe('lawfulBasis');
    const res = await post(dsl.cookie, '/api/disclosures/sharing', {
      pupilId,
      concernId,
      sharedWith: 'School nurse',
      what: 'Injury history',
      why: 'Health assessment',
      lawfulBasis: 'public_task',
      at: '2025-12-19T16:42:00Z',
    });
    expect(res.json().data).toMatchObject({
      kind: 'sharing',
      basis: 'public_task',
      details: { sharedWith: 'School nurse', what: 'Injury history', why: 'Health assessment' },
    });
    expect(await h().auditTypes(dsl.user.schoolId)).toContain('disclosure.recorded');
  });

  test('[D22] a strategy discussion starts the conference clock; the conference meets it and starts the core group and review clocks', async () => {
    const { dsl, pupilId } = await concernedSchool();
    await post(dsl.cookie, '/api/meetings', {
      pupilId,
      kind: 'strategy_discussion',
      heldAt: '2025-12-19T10:00:00Z',
      notes: 'Section 47 agreed.',
    });
    const icpc = (await get(dsl.cookie, '/api/deadlines?scope=school')).json().data;
    // 15 working days from Fri 19 Dec, passing over Christmas, Boxing Day and New Year's Day:
    // 22-24, 29-31 Dec, 2 Jan, 5-9 Jan, 12-14 Jan → Wed 14 Jan 2026.
    expect(icpc).toMatchObject([{ rule: 'icpc', dueAt: '2026-01-14T10:00:00.000Z' }]);
    expect(icpc[0].basis).toContain('25 Dec Christmas Day, 26 Dec Boxing Day');
    // Three weeks on the DSL signs in again to record the conference.
    h().clock.set('2026-01-09T12:00:00Z');
    const later = await h().signIn(dsl.user);
    await post(later, '/api/meetings', {
      pupilId,
      kind: 'icpc',
      heldAt: '2026-01-09T10:00:00Z',
      notes: 'Child protection plan: neglect.',
    });
    const after = (await get(later, '/api/deadlines?scope=school')).json().data;
    expect(after.map((d: { rule: string }) => d.rule)).toEqual(['core_group', 'cp_review_first']);
    // Three months on, at the same London clock time: 10:00 GMT in January is 10:00 BST in April.
    expect(after[1].dueAt).toBe('2026-04-09T09:00:00.000Z');
    expect((await get(later, `/api/meetings?pupilId=${pupilId}`)).json().data).toHaveLength(2);
  });

  test('refusals: another school’s records are not found, staff cannot use DSL routes, bad links write nothing', async () => {
    const { dsl, teacher, pupilId, concernId } = await concernedSchool();
    const id = (await post(dsl.cookie, '/api/referrals', hubReferral(pupilId, concernId))).json()
      .data.id;
    const other = await h().createSchool('Other');
    const otherDsl = await h().as(other, ['dsl']);
    expect((await get(otherDsl.cookie, `/api/referrals/${id}`)).statusCode).toBe(404);
    expect((await post(otherDsl.cookie, `/api/referrals/${id}/acknowledge`, {})).statusCode).toBe(
      404,
    );
    const foreign = await post(otherDsl.cookie, '/api/referrals', hubReferral(pupilId, null));
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.field).toBe('pupilId');
    expect((await get(otherDsl.cookie, '/api/referrals')).json().data).toEqual([]);
    const deadline = (await get(dsl.cookie, '/api/deadlines?scope=school')).json().data[0].id;
    expect(
      (await post(otherDsl.cookie, `/api/deadlines/${deadline}/waive`, { reason: 'x' })).statusCode,
    ).toBe(404);

    expect(
      (await post(teacher.cookie, '/api/referrals', hubReferral(pupilId, null))).statusCode,
    ).toBe(404);
    expect((await get(teacher.cookie, '/api/deadlines?scope=school')).statusCode).toBe(403);
    expect(
      (await post(teacher.cookie, `/api/deadlines/${deadline}/waive`, { reason: 'x' })).statusCode,
    ).toBe(403);

    const noReason = await post(dsl.cookie, `/api/deadlines/${deadline}/waive`, { reason: '' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.field).toBe('reason');
    expect((await get(teacher.cookie, `/api/disclosures?pupilId=${pupilId}`)).statusCode).toBe(404);
    expect(
      (
        await post(teacher.cookie, '/api/meetings', {
          pupilId,
          kind: 'icpc',
          heldAt: '2025-12-19T10:00:00Z',
        })
      ).statusCode,
    ).toBe(404);
    expect((await get(otherDsl.cookie, `/api/meetings?pupilId=${pupilId}`)).json().data).toEqual(
      [],
    );
    expect((await get(otherDsl.cookie, `/api/disclosures?pupilId=${pupilId}`)).json().data).toEqual(
      [],
    );

    const before = (await get(dsl.cookie, `/api/referrals?pupilId=${pupilId}`)).json().data.length;
    const badConcern = await post(
      dsl.cookie,
      '/api/referrals',
      hubReferral(pupilId, '00000000-0000-4000-8000-000000000000'),
    );
    expect(badConcern.statusCode).toBe(400);
    expect(badConcern.json().error.field).toBe('concernId');
    const badAgency = await post(
      dsl.cookie,
      '/api/referrals',
      hubReferral(pupilId, null, { agency: 'other' }),
    );
    expect(badAgency.json().error.field).toBe('agencyName');
    expect((await get(dsl.cookie, `/api/referrals?pupilId=${pupilId}`)).json().data).toHaveLength(
      before,
    );
    const future = await post(
      dsl.cookie,
      '/api/referrals',
      hubReferral(pupilId, null, { madeAt: '2025-12-25T09:00:00Z' }),
    );
    expect(future.statusCode).toBe(400);
    expect(future.json().error.field).toBe('madeAt');
    const meetingLater = await post(dsl.cookie, '/api/meetings', {
      pupilId,
      kind: 'icpc',
      heldAt: '2026-02-01T10:00:00Z',
    });
    expect(meetingLater.json().error.field).toBe('heldAt');
    const pupil2 = await makePupil(h(), dsl.cookie, { upn: null });
    expect((await get(dsl.cookie, `/api/referrals?pupilId=${pupil2}`)).json().data).toEqual([]);
  });

  test('a school sets its own follow-up period; a statutory clock cannot be changed', async () => {
    const { dsl, pupilId } = await concernedSchool();
    const set = await h().request({
      method: 'PUT',
      url: '/api/deadline-rules/referral_follow_up',
      cookie: dsl.cookie,
      payload: { value: 5 },
    });
    expect(set.statusCode).toBe(200);
    expect(
      set.json().data.find((r: { rule: string }) => r.rule === 'referral_follow_up'),
    ).toMatchObject({ clock: '5 working days', setting: { value: 5 } });
    await post(dsl.cookie, '/api/referrals', hubReferral(pupilId, null));
    const d = (await get(dsl.cookie, '/api/deadlines?scope=school')).json().data[0];
    // 5 working days: Mon 22, Tue 23, Wed 24, Mon 29, Tue 30 Dec.
    expect(d.dueAt).toBe('2025-12-30T16:40:00.000Z');
    const statutory = await h().request({
      method: 'PUT',
      url: '/api/deadline-rules/icpc',
      cookie: dsl.cookie,
      payload: { value: 30 },
    });
    expect(statutory.statusCode).toBe(400);
    expect(statutory.json().error.field).toBe('rule');
    const tooMany = await h().request({
      method: 'PUT',
      url: '/api/deadline-rules/referral_follow_up',
      cookie: dsl.cookie,
      payload: { value: 99 },
    });
    expect(tooMany.json().error.field).toBe('value');
  });
});
