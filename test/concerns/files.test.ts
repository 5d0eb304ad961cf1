import { expect, test } from 'vitest';
import { describeEachEngine } from '../support/each-engine.ts';
import { concernInput, makePupil, schoolWithPeople } from './support.ts';

describeEachEngine('child protection files and need-to-know', (h) => {
  const get = (cookie: string, url: string) => h().request({ method: 'GET', url, cookie });
  const post = (cookie: string, url: string, payload?: object) =>
    h().request({ method: 'POST', url, cookie, ...(payload ? { payload } : {}) });

  test('[D24] [D32] a teacher cannot open a file until the DSL grants access; every read shows in "who viewed"', async () => {
    const { dsl, teacher, pupilId, category } = await schoolWithPeople(h());
    await post(teacher.cookie, '/api/concerns', concernInput(pupilId, category));
    expect((await get(teacher.cookie, `/api/files/${pupilId}`)).statusCode).toBe(404);

    const expiresAt = new Date(h().clock.now().getTime() + 7 * 86_400_000).toISOString();
    const grant = await post(dsl.cookie, `/api/files/${pupilId}/grants`, {
      granteeId: teacher.user.id,
      reason: 'Class teacher: needs to know for a support plan',
      expiresAt,
    });
    expect(grant.statusCode, grant.body).toBe(201);
    const file = await get(teacher.cookie, `/api/files/${pupilId}`);
    expect(file.statusCode).toBe(200);
    expect(file.json().allowedActions).toEqual(['file.read']);
    expect(
      (await post(teacher.cookie, `/api/files/${pupilId}/notes`, { at: '2026-03-02', text: 'x' }))
        .statusCode,
    ).toBe(404);
    expect((await get(teacher.cookie, `/api/files/${pupilId}/viewers`)).statusCode).toBe(404);

    const viewers = (await get(dsl.cookie, `/api/files/${pupilId}/viewers`)).json().data;
    expect(viewers).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          who: { id: teacher.user.id, fullName: 'Tom Teacher' },
          via: 'grant',
        }),
      ]),
    );
    const grants = (await get(dsl.cookie, `/api/files/${pupilId}/grants`)).json().data;
    expect(grants).toEqual([
      expect.objectContaining({
        grantee: { id: teacher.user.id, fullName: 'Tom Teacher' },
        reason: 'Class teacher: needs to know for a support plan',
        revokedAt: null,
      }),
    ]);

    expect(
      (await post(dsl.cookie, `/api/files/${pupilId}/grants/${grants[0].id}/revoke`)).statusCode,
    ).toBe(204);
    expect((await get(teacher.cookie, `/api/files/${pupilId}`)).statusCode).toBe(404);
  });

  test('[D32] "who viewed" also shows reads of the child\'s concerns, their attachments and the PDF', async () => {
    const { dsl, teacher, pupilId, category } = await schoolWithPeople(h());
    const other = await makePupil(h(), dsl.cookie, { legalFirstName: 'Otto' });
    const sent = await post(teacher.cookie, '/api/concerns', concernInput(pupilId, category));
    const id = sent.json().data.id as string;
    const elsewhere = (
      await post(teacher.cookie, '/api/concerns', concernInput(other, category))
    ).json().data.id as string;
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
      'base64',
    );
    const attached = await post(teacher.cookie, `/api/concerns/${id}/attachments`, {
      filename: 'photo.png',
      contentBase64: png.toString('base64'),
    });
    expect(attached.statusCode, attached.body).toBe(201);
    for (const url of [
      `/api/concerns/${id}`,
      `/api/concerns/${id}/attachments/${attached.json().data.id as string}`,
      `/api/files/${pupilId}/chronology.pdf`,
      `/api/files/${pupilId}`,
      `/api/concerns/${elsewhere}`,
    ])
      expect((await get(dsl.cookie, url)).statusCode, url).toBe(200);

    const viewers = (await get(dsl.cookie, `/api/files/${pupilId}/viewers`)).json().data;
    // Newest first; the other child's concern is not this child's record.
    expect(
      viewers.map((v: { what: string; concernId: string | null }) => [v.what, v.concernId]),
    ).toEqual([
      ['file', null],
      ['pdf', null],
      ['attachment', id],
      ['concern', id],
    ]);
    expect(viewers.every((v: { who: { id: string } }) => v.who.id === dsl.user.id)).toBe(true);
  });

  test('[D24] a file shared with someone opens only once their account has two-step sign-in', async () => {
    const { schoolId, dsl, teacher, pupilId, category } = await schoolWithPeople(h());
    await post(teacher.cookie, '/api/concerns', concernInput(pupilId, category));
    const user = await h().createUser(schoolId, ['staff'], { mfa: false });
    const cookie = await h().signIn(user);
    const granted = await post(dsl.cookie, `/api/files/${pupilId}/grants`, {
      granteeId: user.id,
      reason: 'Teaching assistant: supports her in class',
      expiresAt: new Date(h().clock.now().getTime() + 7 * 86_400_000).toISOString(),
    });
    expect(granted.statusCode, granted.body).toBe(201);
    const refused = await get(cookie, `/api/files/${pupilId}`);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error).toMatchObject({ code: 'FORBIDDEN', field: 'mfa' });
    expect(refused.body).not.toMatch(/Amelia|Fictional|bruise/i);
    const pdf = await get(cookie, `/api/files/${pupilId}/chronology.pdf`);
    expect(pdf.statusCode).toBe(403);
    // Without the grant, the same person still gets "not found", as anyone would.
    const other = await makePupil(h(), dsl.cookie, { legalFirstName: 'Otto' });
    expect((await get(cookie, `/api/files/${other}`)).statusCode).toBe(404);
  });

  test('a grant lapses at its expiry', async () => {
    const { dsl, teacher, pupilId } = await schoolWithPeople(h());
    const expiresAt = new Date(h().clock.now().getTime() + 20 * 60_000).toISOString();
    await post(dsl.cookie, `/api/files/${pupilId}/grants`, {
      granteeId: teacher.user.id,
      reason: 'Meeting today',
      expiresAt,
    });
    expect((await get(teacher.cookie, `/api/files/${pupilId}`)).statusCode).toBe(200);
    h().clock.advance(21 * 60_000);
    expect((await get(teacher.cookie, `/api/files/${pupilId}`)).statusCode).toBe(404);
  });

  test('a grant needs a reason and a future expiry, for someone in this school', async () => {
    const { dsl, teacher, pupilId } = await schoolWithPeople(h());
    const other = await schoolWithPeople(h());
    const future = new Date(h().clock.now().getTime() + 86_400_000).toISOString();
    const cases: [object, string][] = [
      [{ granteeId: teacher.user.id, reason: '', expiresAt: future }, 'reason'],
      [{ granteeId: teacher.user.id, reason: 'x', expiresAt: '2020-01-01' }, 'expiresAt'],
      [{ granteeId: other.teacher.user.id, reason: 'x', expiresAt: future }, 'granteeId'],
    ];
    for (const [body, field] of cases) {
      const res = await post(dsl.cookie, `/api/files/${pupilId}/grants`, body);
      expect([res.statusCode, res.json().error.field]).toEqual([400, field]);
    }
  });

  test('[D08] one child-on-child incident makes an entry in each child’s file, each with their own role', async () => {
    const { dsl, teacher, pupilId, category } = await schoolWithPeople(h());
    const other = await makePupil(h(), dsl.cookie, {
      legalFirstName: 'Ravi',
      legalLastName: 'Example',
      preferredName: null,
    });
    const input = concernInput(pupilId, category, {
      children: [
        { pupilId, role: 'victim' },
        { pupilId: other, role: 'alleged_perpetrator' },
      ],
      bodyMap: [],
    });
    const id = (await post(teacher.cookie, '/api/concerns', input)).json().data.id;
    for (const p of [pupilId, other]) {
      const file = (await get(dsl.cookie, `/api/files/${p}`)).json().data;
      expect(file.chronology).toEqual([
        expect.objectContaining({ kind: 'concern', concernId: id }),
      ]);
    }
    const detail = (await get(dsl.cookie, `/api/concerns/${id}`)).json().data;
    expect(detail.children).toEqual([
      expect.objectContaining({ pupilId, role: 'victim' }),
      expect.objectContaining({
        pupilId: other,
        role: 'alleged_perpetrator',
        displayName: 'Ravi Example',
      }),
    ]);
    // A colleague granted one child's file sees that child's chronology, never the other child's name.
    const expiresAt = new Date(h().clock.now().getTime() + 86_400_000).toISOString();
    await post(dsl.cookie, `/api/files/${pupilId}/grants`, {
      granteeId: teacher.user.id,
      reason: 'Support plan',
      expiresAt,
    });
    expect((await get(teacher.cookie, `/api/files/${pupilId}`)).body).not.toContain('Ravi');
  });

  test('contact notes are added and entries marked significant; the filter finds them', async () => {
    const { dsl, pupilId } = await schoolWithPeople(h());
    const note = await post(dsl.cookie, `/api/files/${pupilId}/notes`, {
      at: '2026-03-01T15:00:00Z',
      text: 'Phoned mother.\nShe will come in tomorrow.',
      significant: false,
    });
    expect(note.statusCode, note.body).toBe(201);
    const entryId = note.json().data.id;
    expect(
      (
        await post(dsl.cookie, `/api/files/${pupilId}/entries/${entryId}/significant`, {
          significant: true,
        })
      ).statusCode,
    ).toBe(204);
    const significant = (await get(dsl.cookie, `/api/files/${pupilId}?significant=true`)).json()
      .data.chronology;
    expect(significant).toEqual([
      expect.objectContaining({
        id: entryId,
        kind: 'note',
        summary: 'Phoned mother.',
        text: 'Phoned mother.\nShe will come in tomorrow.',
      }),
    ]);
  });

  test('a non-DSL searching for a pupil to report sees the same whether or not a file exists', async () => {
    const { dsl, teacher, pupilId, category } = await schoolWithPeople(h());
    const plain = await makePupil(h(), dsl.cookie, {
      legalFirstName: 'Millie',
      legalLastName: 'Fictionall',
      preferredName: null,
    });
    await post(teacher.cookie, '/api/concerns', concernInput(pupilId, category));
    const found = (await get(teacher.cookie, '/api/concerns/pupil-search?q=Fiction')).json().data;
    expect(found.map((p: object) => Object.keys(p).sort())).toEqual([
      ['displayName', 'id', 'senFlag', 'yearGroup'],
      ['displayName', 'id', 'senFlag', 'yearGroup'],
    ]);
    expect(found.map((p: { id: string }) => p.id).sort()).toEqual([pupilId, plain].sort());
    expect((await get(teacher.cookie, `/api/files/${plain}`)).statusCode).toBe(404);
    expect((await get(teacher.cookie, `/api/files/${pupilId}`)).statusCode).toBe(404);
  });
});

describeEachEngine('the chronology as a PDF', (h) => {
  test('[D31] the DSL exports the chronology as a confidential PDF; others get "not found"', async () => {
    const { dsl, teacher, pupilId, category } = await schoolWithPeople(h());
    await h().request({
      method: 'POST',
      url: '/api/concerns',
      cookie: teacher.cookie,
      payload: concernInput(pupilId, category),
    });
    const pdf = await h().request({
      method: 'GET',
      url: `/api/files/${pupilId}/chronology.pdf`,
      cookie: dsl.cookie,
    });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.headers['content-disposition']).not.toMatch(/Millie|Fictional/);
    expect(
      (
        await h().request({
          method: 'GET',
          url: `/api/files/${pupilId}/chronology.pdf`,
          cookie: teacher.cookie,
        })
      ).statusCode,
    ).toBe(404);
    const reads = await h()
      .rt.conn.db.selectFrom('audit_events')
      .select('type')
      .where('subject_id', '=', pupilId)
      .where('type', '=', 'file.read')
      .execute();
    expect(reads.length).toBeGreaterThanOrEqual(1);
  });
});

describeEachEngine('files across schools', (h) => {
  test('another school’s DSL gets "not found" for every file route, and nothing is written', async () => {
    const { pupilId } = await schoolWithPeople(h());
    const other = await schoolWithPeople(h());
    const c = other.dsl.cookie;
    const future = new Date(h().clock.now().getTime() + 86_400_000).toISOString();
    for (const [method, url, payload] of [
      ['GET', `/api/files/${pupilId}`, undefined],
      ['GET', `/api/files/${pupilId}/viewers`, undefined],
      ['GET', `/api/files/${pupilId}/grants`, undefined],
      ['GET', `/api/files/${pupilId}/chronology.pdf`, undefined],
      ['POST', `/api/files/${pupilId}/notes`, { at: '2026-03-02', text: 'x' }],
      [
        'POST',
        `/api/files/${pupilId}/grants`,
        { granteeId: other.teacher.user.id, reason: 'x', expiresAt: future },
      ],
    ] as const) {
      const res = await h().request({ method, url, cookie: c, ...(payload ? { payload } : {}) });
      expect(res.statusCode, `${method} ${url}`).toBe(404);
    }
    const entries = await h()
      .rt.conn.db.selectFrom('file_entries')
      .select('id')
      .where('pupil_id', '=', pupilId)
      .where('kind', '=', 'note')
      .execute();
    expect(entries).toEqual([]);
    expect(
      await h()
        .rt.conn.db.selectFrom('access_grants')
        .select('id')
        .where('pupil_id', '=', pupilId)
        .execute(),
    ).toEqual([]);
  });

  test('bad input to file routes names the field', async () => {
    const { dsl, pupilId } = await schoolWithPeople(h());
    const note = await h().request({
      method: 'POST',
      url: `/api/files/${pupilId}/notes`,
      cookie: dsl.cookie,
      payload: { at: 'soon', text: 'x' },
    });
    expect([note.statusCode, note.json().error.field]).toEqual([400, 'at']);
    const id = await h().request({
      method: 'GET',
      url: '/api/files/not-a-uuid',
      cookie: dsl.cookie,
    });
    expect([id.statusCode, id.json().error.field]).toEqual([400, 'pupilId']);
    expect((await h().request({ method: 'GET', url: `/api/files/${pupilId}` })).statusCode).toBe(
      401,
    );
  });
});
