import type { TestHaven } from '../support/haven.ts';
import { makePupil } from '../concerns/support.ts';

/** Fictional UPNs with correct check letters. */
export const UPNS = ['B801200005001', 'Q801200005002', 'E801200005003', 'U801200005004'] as const;

/** Autumn 2026: October half term, then an INSET day on the Monday back. */
export const AUTUMN_2026 = [
  { kind: 'term', name: 'Autumn 2026', first: '2026-09-03', last: '2026-12-18' },
  { kind: 'holiday', name: 'October half term', first: '2026-10-26', last: '2026-10-30' },
  { kind: 'inset', name: 'INSET day', first: '2026-11-02', last: '2026-11-02' },
];

/** The school days from 15 Oct 2026: 7 before half term, then (INSET on 2 Nov) 3, 4, 5, 6 Nov. */
export const RUN_DAYS = [
  '2026-10-15',
  '2026-10-16',
  '2026-10-19',
  '2026-10-20',
  '2026-10-21',
  '2026-10-22',
  '2026-10-23',
  '2026-11-03',
  '2026-11-04',
  '2026-11-05',
  '2026-11-06',
];

export const csvOf = (rows: string[][], header = 'upn,date,session,code') =>
  [header, ...rows.map((r) => r.join(','))].join('\r\n');

export const both = (upn: string, dates: string[], code = 'O') =>
  dates.flatMap((d) => [
    [upn, d, 'AM', code],
    [upn, d, 'PM', code],
  ]);

export const b64 = (text: string | Buffer) =>
  (typeof text === 'string' ? Buffer.from(text, 'utf8') : text).toString('base64');

/** A school with its Autumn 2026 calendar, a DSL, an office administrator and two pupils. */
export async function attendanceSchool(h: TestHaven) {
  const schoolId = await h.createSchool();
  const dsl = await h.as(schoolId, ['dsl'], { name: 'Dana Lead' });
  const office = await h.as(schoolId, ['school_admin'], { name: 'Olive Office' });
  const teacher = await h.as(schoolId, ['staff'], { name: 'Tom Teacher' });
  const put = await h.request({
    method: 'PUT',
    url: '/api/calendar',
    cookie: office.cookie,
    payload: { entries: AUTUMN_2026 },
  });
  if (put.statusCode !== 200) throw new Error(`calendar: ${put.body}`);
  const pupilA = await makePupil(h, office.cookie, { upn: UPNS[0] });
  const pupilB = await makePupil(h, office.cookie, {
    upn: UPNS[1],
    legalFirstName: 'Ben',
    preferredName: null,
  });
  return { schoolId, dsl, office, teacher, pupilA, pupilB };
}

/** Moves the clock on and signs everyone in again (sessions idle out over a day). */
export async function later(
  h: TestHaven,
  at: string,
  ...people: { user: Parameters<TestHaven['signIn']>[0]; cookie: string }[]
) {
  h.clock.set(at);
  for (const p of people) p.cookie = await h.signIn(p.user);
  // Signing in moves the clock on a step per person: back to the exact time under test.
  h.clock.set(at);
}
