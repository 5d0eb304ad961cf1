import { expect, test } from 'vitest';
import { describeEachEngine } from '../support/each-engine.ts';

const CSV = [
  'kind,name,start,end',
  'term,Autumn 2026,2026-09-03,2026-12-18',
  'half-term,Half term,2026-10-26,2026-10-30',
  'inset,INSET day,2026-11-02,',
].join('\n');

describeEachEngine('school calendars', (h) => {
  const as = async (roles: Parameters<ReturnType<typeof h>['as']>[1]) => {
    const schoolId = await h().createSchool();
    return { schoolId, ...(await h().as(schoolId, roles)) };
  };
  const call = (cookie: string, method: 'GET' | 'PUT' | 'POST', url: string, payload?: object) =>
    h().request({ method, url, cookie, ...(payload ? { payload } : {}) });

  test('an administrator imports a calendar from CSV after a preview; staff can read it', async () => {
    const admin = await as(['school_admin']);
    const preview = await call(admin.cookie, 'POST', '/api/calendar/import', {
      csv: CSV,
      dryRun: true,
    });
    expect(preview.json().data.errors).toEqual([]);
    expect(preview.json().data.entries).toHaveLength(3);
    expect((await call(admin.cookie, 'GET', '/api/calendar')).json().data.entries).toEqual([]);

    const saved = await call(admin.cookie, 'POST', '/api/calendar/import', {
      csv: CSV,
      dryRun: false,
    });
    expect(saved.statusCode).toBe(200);
    const teacher = await h().as(admin.schoolId, ['staff']);
    const entries = (await call(teacher.cookie, 'GET', '/api/calendar')).json().data.entries;
    expect(entries).toMatchObject([
      { kind: 'term', name: 'Autumn 2026', first: '2026-09-03', last: '2026-12-18' },
      { kind: 'holiday', name: 'Half term', first: '2026-10-26', last: '2026-10-30' },
      { kind: 'inset', name: 'INSET day', first: '2026-11-02', last: '2026-11-02' },
    ]);
    expect(await h().auditTypes(admin.schoolId)).toContain('calendar.updated');
  });

  test('a bad file names each bad row and field, and saves nothing', async () => {
    const admin = await as(['headteacher']);
    await call(admin.cookie, 'POST', '/api/calendar/import', { csv: CSV, dryRun: false });
    const bad = `${CSV}\nterm,Spring,2027-13-01,2027-03-30\nfortnight,Odd,2027-01-01,`;
    const preview = (
      await call(admin.cookie, 'POST', '/api/calendar/import', { csv: bad, dryRun: true })
    ).json().data;
    expect(preview.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ row: 5, field: 'start' }),
        expect.objectContaining({ row: 6, field: 'kind' }),
      ]),
    );
    const refused = await call(admin.cookie, 'POST', '/api/calendar/import', {
      csv: bad,
      dryRun: false,
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.field).toBe('csv');
    expect((await call(admin.cookie, 'GET', '/api/calendar')).json().data.entries).toHaveLength(3);
  });

  test('edits are checked: dates, order, overlapping terms; staff may not edit; schools are separate', async () => {
    const dsl = await as(['dsl']);
    const term = (name: string, first: string, last: string) => ({
      kind: 'term',
      name,
      first,
      last,
    });
    const backwards = await call(dsl.cookie, 'PUT', '/api/calendar', {
      entries: [term('Autumn', '2026-12-18', '2026-09-03')],
    });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().error.field).toBe('entries.0.last');
    const overlap = await call(dsl.cookie, 'PUT', '/api/calendar', {
      entries: [
        term('Autumn', '2026-09-03', '2026-12-18'),
        term('Winter', '2026-12-01', '2027-01-10'),
      ],
    });
    expect(overlap.statusCode).toBe(400);
    expect(overlap.json().error.field).toBe('entries.1.first');
    const ok = await call(dsl.cookie, 'PUT', '/api/calendar', {
      entries: [term('Autumn', '2026-09-03', '2026-12-18')],
    });
    expect(ok.statusCode).toBe(200);

    const teacher = await h().as(dsl.schoolId, ['staff']);
    expect((await call(teacher.cookie, 'PUT', '/api/calendar', { entries: [] })).statusCode).toBe(
      403,
    );
    const other = await as(['school_admin']);
    expect((await call(other.cookie, 'GET', '/api/calendar')).json().data.entries).toEqual([]);
    expect((await call(dsl.cookie, 'GET', '/api/calendar')).json().data.entries).toHaveLength(1);
  });
});
