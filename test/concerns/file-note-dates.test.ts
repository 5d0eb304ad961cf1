import { expect, test } from 'vitest';
import { describeEachEngine } from '../support/each-engine.ts';
import { schoolWithPeople } from './support.ts';

const minutesFromNow = (now: Date, minutes: number) =>
  new Date(now.getTime() + minutes * 60_000).toISOString();

describeEachEngine('when a contact note can say the contact was', (h) => {
  const addNote = (cookie: string, pupilId: string, at: string) =>
    h().request({
      method: 'POST',
      url: `/api/files/${pupilId}/notes`,
      cookie,
      payload: { at, text: 'Phoned mother.' },
    });
  const notesOf = (pupilId: string) =>
    h()
      .rt.conn.db.selectFrom('file_entries')
      .select('id')
      .where('pupil_id', '=', pupilId)
      .where('kind', '=', 'note')
      .execute();
  const auditedNotes = (schoolId: string) =>
    h()
      .rt.conn.db.selectFrom('audit_events')
      .select('seq')
      .where('school_id', '=', schoolId)
      .where('type', '=', 'file.note_added')
      .execute();

  test('as for a concern’s incident: not ahead of the server, not before 1990; 400 on at and nothing written', async () => {
    const { schoolId, dsl, pupilId } = await schoolWithPeople(h());
    for (const at of [
      minutesFromNow(h().clock.now(), 60),
      '2999-01-01',
      '2999-12-31T23:59:00Z',
      '1989-12-31T23:59:59Z',
      '1900-01-01',
      '0001-01-01',
      '0000-01-01T00:00:00Z',
    ]) {
      const res = await addNote(dsl.cookie, pupilId, at);
      expect(res.statusCode, `${at}: ${res.body}`).toBe(400);
      expect(res.json().error, at).toMatchObject({ code: 'VALIDATION', field: 'at' });
    }
    expect(await notesOf(pupilId)).toEqual([]);
    expect(await auditedNotes(schoolId)).toEqual([]);
  });

  test('a phone a couple of minutes ahead of the server, and the first day of 1990, are allowed', async () => {
    const { dsl, pupilId } = await schoolWithPeople(h());
    for (const at of [minutesFromNow(h().clock.now(), 2), '1990-01-01', '1990-01-01T00:00:00Z']) {
      const res = await addNote(dsl.cookie, pupilId, at);
      expect(res.statusCode, `${at}: ${res.body}`).toBe(201);
    }
    expect(await notesOf(pupilId)).toHaveLength(3);
  });

  test('someone who may not write in the file hears "not found" whatever the date, not what is wrong with it', async () => {
    const { teacher, pupilId } = await schoolWithPeople(h());
    const res = await addNote(teacher.cookie, pupilId, '2999-01-01');
    expect(res.statusCode, res.body).toBe(404);
    expect(await notesOf(pupilId)).toEqual([]);
  });
});
