import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { expect, test } from 'vitest';
import { newId } from '../../src/core/shared/ids.ts';
import { loadKek } from '../../src/security/key-file.ts';
import { sealingWith } from '../../src/storage/migrations/2026-12-01T04-sealed-waiver-reasons.ts';
import { describeEachEngine } from '../support/each-engine.ts';
import { concernInput, makePupil, schoolWithPeople } from '../concerns/support.ts';

describeEachEngine('a waived deadline’s reason at rest', (h) => {
  /** A school whose urgent concern has started a clock the DSL team may waive. */
  async function waivable() {
    const people = await schoolWithPeople(h());
    const recorded = await h().request({
      method: 'POST',
      url: '/api/concerns',
      cookie: people.teacher.cookie,
      payload: concernInput(people.pupilId, people.category, { immediateRisk: true }),
    });
    expect(recorded.statusCode, recorded.body).toBe(201);
    const watched = await h().request({
      method: 'GET',
      url: '/api/deadlines?scope=school',
      cookie: people.dsl.cookie,
    });
    expect(watched.statusCode, watched.body).toBe(200);
    const clock = watched.json().data.find((d: { rule: string }) => d.rule === 'urgent_ack');
    return { ...people, deadlineId: clock.id as string };
  }
  const waive = (cookie: string, id: string, reason: string) =>
    h().request({ method: 'POST', url: `/api/deadlines/${id}/waive`, cookie, payload: { reason } });
  const closedReasons = async (cookie: string, pupilId: string) => {
    const res = await h().request({
      method: 'GET',
      url: `/api/deadlines?scope=school&state=closed&pupilId=${pupilId}`,
      cookie,
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json().data.map((d: { waivedReason: string | null }) => d.waivedReason);
  };
  // Selected raw, so the columns are the ones the database has, whatever the schema type says.
  const rawRow = async (id: string) =>
    (
      await sql<Record<string, string | null>>`select * from deadlines where id = ${id}`.execute(
        h().rt.conn.db,
      )
    ).rows[0];
  const migration = () => sealingWith(() => loadKek({ keyFile: h().rt.config.keyFile }).key);

  test('the DSL’s reason is sealed with the child’s key, and the DSL team still reads it', async () => {
    const canary = `canary-${randomBytes(8).toString('hex')}`;
    const { dsl, pupilId, deadlineId } = await waivable();
    const res = await waive(dsl.cookie, deadlineId, `Not a known case ${canary}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().data).toMatchObject({
      state: 'waived',
      waivedReason: `Not a known case ${canary}`,
    });

    const row = await rawRow(deadlineId);
    expect(row?.waived_reason).toBeNull();
    expect(row?.waived_reason_sealed).toMatch(/^c1\./);
    expect(JSON.stringify(row)).not.toContain(canary);
    expect(await closedReasons(dsl.cookie, pupilId)).toEqual([`Not a known case ${canary}`]);
  });

  test('the migration seals reasons an older Haven kept in clear, and going down opens them again', async () => {
    const { schoolId, dsl, pupilId, deadlineId } = await waivable();
    expect((await waive(dsl.cookie, deadlineId, 'Sealed before the downgrade')).statusCode).toBe(
      200,
    );
    // A child with a waived clock but nothing sealed yet, so no key until the migration makes one.
    const keyless = await makePupil(h(), dsl.cookie);
    const db = h().rt.conn.db;

    await migration().down?.(db);
    expect(await rawRow(deadlineId)).toMatchObject({
      waived_reason: 'Sealed before the downgrade',
    });
    expect(await rawRow(deadlineId)).not.toHaveProperty('waived_reason_sealed');
    // Rows as an older Haven wrote them (no sealed column yet): a person's words in clear, and the
    // fixed words Haven writes when a case about an adult, which has no child, stands its clock down.
    const older = { id: newId(), rule: 'la_absence_notify', subject_type: 'attendance' };
    const adults = { id: newId(), rule: 'lado_inform', subject_type: 'allegation' };
    const closed = {
      school_id: schoolId,
      subject_id: newId(),
      starts_at: '2026-03-02T09:00:00.000Z',
      due_at: '2026-03-03T09:00:00.000Z',
      basis: 'One working day',
      state: 'waived',
      stage: 0,
      closed_at: '2026-03-02T10:00:00.000Z',
      closed_by: dsl.user.id,
      created_at: '2026-03-02T09:00:00.000Z',
    };
    await db
      .insertInto('deadlines')
      .values([
        { ...closed, ...older, pupil_id: keyless, waived_reason: 'Told the LA by phone' },
        { ...closed, ...adults, pupil_id: null, waived_reason: 'Case closed with an outcome' },
      ])
      .execute();

    await migration().up(db);
    for (const id of [deadlineId, older.id]) {
      const row = await rawRow(id);
      expect(row?.waived_reason).toBeNull();
      expect(row?.waived_reason_sealed).toMatch(/^c1\./);
    }
    expect(await rawRow(adults.id)).toMatchObject({
      waived_reason: 'Case closed with an outcome',
      waived_reason_sealed: null,
    });
    expect(await closedReasons(dsl.cookie, pupilId)).toEqual(['Sealed before the downgrade']);
    expect(await closedReasons(dsl.cookie, keyless)).toEqual(['Told the LA by phone']);
  });
});
