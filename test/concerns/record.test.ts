import { expect, test } from 'vitest';
import { describeEachEngine } from '../support/each-engine.ts';
import { categoryId, concernInput, makePupil, schoolWithPeople } from './support.ts';

describeEachEngine('recording a concern', (h) => {
  test('[D16] [D29] a teacher records a concern: signed, referenced, and the DSL alerted at once', async () => {
    const { schoolId, dsl, teacher, pupilId, category } = await schoolWithPeople(h());
    const res = await h().request({
      method: 'POST',
      url: '/api/concerns',
      cookie: teacher.cookie,
      payload: concernInput(pupilId, category),
    });
    expect(res.statusCode, res.body).toBe(201);
    const receipt = res.json().data;
    expect(receipt).toMatchObject({
      reference: 'C-00001',
      recordedBy: { id: teacher.user.id, fullName: 'Tom Teacher' },
      immediateRisk: false,
      alerted: 'dsl_team',
    });
    expect(receipt.contacts).toBeUndefined();
    expect(receipt.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(receipt.recordedAt).toBe(h().clock.now().toISOString());
    // The recorder can quote the fingerprint later, from their own list.
    const mine = await h().request({
      method: 'GET',
      url: '/api/concerns/mine',
      cookie: teacher.cookie,
    });
    expect(mine.json().data[0]).toMatchObject({ id: receipt.id, contentHash: receipt.contentHash });

    const notes = await h().request({
      method: 'GET',
      url: '/api/notifications',
      cookie: dsl.cookie,
    });
    expect(notes.json()).toMatchObject({
      unread: 1,
      data: [{ kind: 'new_concern', concernId: receipt.id }],
    });
    const outbox = await h()
      .rt.conn.db.selectFrom('outbox')
      .selectAll()
      .where('school_id', '=', schoolId)
      .execute();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]?.payload).toContain(dsl.user.email);
    expect(outbox[0]?.payload).not.toMatch(/bruise|forearm|Amelia|Fictional/i);
  });

  test('the DSL team reads it decrypted; the teacher who wrote it cannot open the DSL view', async () => {
    const { dsl, teacher, pupilId, category } = await schoolWithPeople(h());
    const id = (
      await h().request({
        method: 'POST',
        url: '/api/concerns',
        cookie: teacher.cookie,
        payload: concernInput(pupilId, category),
      })
    ).json().data.id;
    const detail = await h().request({
      method: 'GET',
      url: `/api/concerns/${id}`,
      cookie: dsl.cookie,
    });
    expect(detail.statusCode, detail.body).toBe(200);
    expect(detail.json().data.narrative).toMatchObject({
      childWords: 'He said his arm hurt when he fell over at home.',
      bodyMap: [{ markType: 'bruise' }],
    });
    expect(
      (await h().request({ method: 'GET', url: `/api/concerns/${id}`, cookie: teacher.cookie }))
        .statusCode,
    ).toBe(404);
    const mine = await h().request({
      method: 'GET',
      url: '/api/concerns/mine',
      cookie: teacher.cookie,
    });
    expect(mine.json().data).toEqual([
      expect.objectContaining({ id, status: 'received', childNames: ['Millie Fictional'] }),
    ]);
  });

  test('[D05] with nobody available to alert, the recorder is told so and given the numbers to ring', async () => {
    const schoolId = await h().createSchool();
    const admin = await h().as(schoolId, ['school_admin']);
    const teacher = await h().as(schoolId, ['staff']);
    const pupilId = await makePupil(h(), admin.cookie);
    const category = await categoryId(h(), teacher.cookie);
    const res = await h().request({
      method: 'POST',
      url: '/api/concerns',
      cookie: teacher.cookie,
      payload: concernInput(pupilId, category),
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().data).toMatchObject({ reference: 'C-00001', alerted: 'nobody' });
    expect(res.json().data.contacts).toEqual(
      expect.arrayContaining([expect.objectContaining({ phone: '999' })]),
    );
    const outbox = await h()
      .rt.conn.db.selectFrom('outbox')
      .select('id')
      .where('school_id', '=', schoolId)
      .execute();
    expect(outbox).toEqual([]);
  });

  test('[D29] each read checks the record against its fingerprint, so a change made behind Haven shows', async () => {
    // Concerns from this release on are signed over what is stored, so each can be checked.
    h().clock.set('2026-12-02T09:00:00Z');
    const { dsl, teacher, pupilId, category } = await schoolWithPeople(h());
    // A time with an offset, as an API client might send it: the fingerprint takes it as stored.
    const sent = await h().request({
      method: 'POST',
      url: '/api/concerns',
      cookie: teacher.cookie,
      payload: concernInput(pupilId, category, { incidentAt: '2025-12-01T09:30:00+01:00' }),
    });
    expect(sent.statusCode, sent.body).toBe(201);
    const id = sent.json().data.id as string;
    const read = async () =>
      (await h().request({ method: 'GET', url: `/api/concerns/${id}`, cookie: dsl.cookie })).json()
        .data;
    expect(await read()).toMatchObject({
      contentHash: sent.json().data.contentHash,
      incidentAt: '2025-12-01T08:30:00.000Z',
      fingerprintMatches: true,
    });
    await h()
      .rt.conn.db.updateTable('concerns')
      .set({ spoke_to_dsl: 1 })
      .where('id', '=', id)
      .execute();
    expect((await read()).fingerprintMatches).toBe(false);
  });

  test('[D17] immediate risk shows the emergency numbers at once and sends an urgent alert', async () => {
    const { dsl, teacher, pupilId, category } = await schoolWithPeople(h());
    const res = await h().request({
      method: 'POST',
      url: '/api/concerns',
      cookie: teacher.cookie,
      payload: concernInput(pupilId, category, { immediateRisk: true }),
    });
    expect(res.json().data.contacts).toEqual(
      expect.arrayContaining([expect.objectContaining({ phone: '999' })]),
    );
    const notes = await h().request({
      method: 'GET',
      url: '/api/notifications',
      cookie: dsl.cookie,
    });
    expect(notes.json().data[0].kind).toBe('urgent_concern');
  });

  test('bad input names the field and writes nothing', async () => {
    const { schoolId, teacher, pupilId, category } = await schoolWithPeople(h());
    const cases: [Record<string, unknown>, string][] = [
      [{ children: [] }, 'children'],
      [{ observed: '' }, 'observed'],
      [
        {
          children: [{ pupilId: '00000000-0000-4000-8000-000000000000', role: 'subject' }],
          bodyMap: [],
        },
        'children.0.pupilId',
      ],
      [{ primaryCategoryId: 'nope' }, 'primaryCategoryId'],
      [{ incidentAt: 'yesterday' }, 'incidentAt'],
      [{ children: [{ pupilId, role: 'bystander' }] }, 'children.0.role'],
    ];
    for (const [override, field] of cases) {
      const res = await h().request({
        method: 'POST',
        url: '/api/concerns',
        cookie: teacher.cookie,
        payload: concernInput(pupilId, category, override),
      });
      expect(res.statusCode, `${field}: ${res.body}`).toBe(400);
      expect(res.json().error.field).toBe(field);
    }
    const rows = await h()
      .rt.conn.db.selectFrom('concerns')
      .select('id')
      .where('school_id', '=', schoolId)
      .execute();
    expect(rows).toEqual([]);
  });
});
