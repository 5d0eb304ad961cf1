import { randomBytes } from 'node:crypto';
import { expect, test } from 'vitest';
import { describeEachEngine } from '../support/each-engine.ts';
import { concernInput, schoolWithPeople } from './support.ts';

/** A real 1×1 PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

describeEachEngine('attachments', (h) => {
  async function concern() {
    const people = await schoolWithPeople(h());
    const id = (
      await h().request({
        method: 'POST',
        url: '/api/concerns',
        cookie: people.teacher.cookie,
        payload: concernInput(people.pupilId, people.category),
      })
    ).json().data.id;
    return { ...people, id };
  }
  const upload = (cookie: string, id: string, content: Buffer, filename = 'photo.png') =>
    h().request({
      method: 'POST',
      url: `/api/concerns/${id}/attachments`,
      cookie,
      payload: { filename, contentBase64: content.toString('base64') },
    });

  test('[D29] the recorder attaches a photo; the DSL opens exactly those bytes; the read is audited', async () => {
    const { dsl, teacher, pupilId, id } = await concern();
    const res = await upload(teacher.cookie, id, PNG);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().data).toMatchObject({ mime: 'image/png', size: PNG.length });
    const detail = (
      await h().request({ method: 'GET', url: `/api/concerns/${id}`, cookie: dsl.cookie })
    ).json().data;
    expect(detail.attachments).toEqual([
      expect.objectContaining({ filename: 'photo.png', mime: 'image/png' }),
    ]);
    const file = await h().request({
      method: 'GET',
      url: `/api/concerns/${id}/attachments/${detail.attachments[0].id}`,
      cookie: dsl.cookie,
    });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('image/png');
    expect(file.rawPayload.equals(PNG)).toBe(true);
    expect(
      (
        await h().request({
          method: 'GET',
          url: `/api/concerns/${id}/attachments/${detail.attachments[0].id}`,
          cookie: teacher.cookie,
        })
      ).statusCode,
    ).toBe(404);
    const chronology = (
      await h().request({
        method: 'GET',
        url: `/api/files/${pupilId}?kind=document`,
        cookie: dsl.cookie,
      })
    ).json().data.chronology;
    expect(chronology).toHaveLength(1);
    expect(await h().auditTypes(dsl.user.schoolId)).toContain('concern.attachment_read');
  });

  test('a file is judged by its content: a renamed program or an empty or oversized file is refused', async () => {
    const { teacher, id } = await concern();
    const fake = await upload(
      teacher.cookie,
      id,
      Buffer.from('MZ this is not a photo at all'),
      'holiday.jpg',
    );
    expect([fake.statusCode, fake.json().error.field]).toEqual([400, 'contentBase64']);
    expect((await upload(teacher.cookie, id, Buffer.alloc(0))).statusCode).toBe(400);
    const big = Buffer.concat([PNG, randomBytes(10 * 1024 * 1024)]);
    const tooBig = await upload(teacher.cookie, id, big);
    expect(tooBig.statusCode).toBe(400);
    expect(tooBig.json().error.field).toBe('contentBase64');
    expect(
      await h()
        .rt.conn.db.selectFrom('attachments')
        .select('id')
        .where('concern_id', '=', id)
        .execute(),
    ).toEqual([]);
  });

  test('someone else’s concern, or another school’s, is not found', async () => {
    const { id } = await concern();
    const other = await schoolWithPeople(h());
    expect((await upload(other.teacher.cookie, id, PNG)).statusCode).toBe(404);
    expect((await upload(other.dsl.cookie, id, PNG)).statusCode).toBe(404);
  });
});
