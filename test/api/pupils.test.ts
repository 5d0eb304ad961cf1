import { expect, test } from 'vitest';
import type { Role } from '../../src/core/access/roles.ts';
import { describeEachEngine } from '../support/each-engine.ts';
import { validPupil } from '../support/haven.ts';
import { auditRows, countRows, dataOf, expectError, unknownId } from './helpers.ts';

interface Pupil {
  id: string;
  displayName: string;
  legalFirstName: string;
  legalLastName: string;
  preferredName: string | null;
  dateOfBirth: string;
  upn: string | null;
  yearGroup: string;
  age: number;
  isAdult: boolean;
  emergencyPhoneCount: number;
  emergencyContacts: { name: string; phones: string[] }[];
  updatedAt: string;
}

const contact = (name: string, phones: string[], priority = 1) => ({
  name,
  relationship: 'Carer',
  phones,
  priority,
});

/** YYYY-MM-DD for `years` years and `days` days before `now`. */
const before = (now: Date, years: number, days: number) =>
  new Date(Date.UTC(now.getUTCFullYear() - years, now.getUTCMonth(), now.getUTCDate() - days))
    .toISOString()
    .slice(0, 10);

describeEachEngine('pupils', (h) => {
  async function schoolWithDsl() {
    const school = await h().createSchool();
    const dsl = await h().as(school, ['dsl']);
    return { school, dsl };
  }
  const add = (cookie: string, overrides: Record<string, unknown> = {}) =>
    h().request({ method: 'POST', url: '/api/pupils', cookie, payload: validPupil(overrides) });
  const added = async (cookie: string, overrides: Record<string, unknown> = {}) => {
    const res = await add(cookie, overrides);
    expect(res.statusCode, res.body).toBe(201);
    return dataOf<Pupil>(res);
  };
  const get = (cookie: string, url: string) => h().request({ method: 'GET', url, cookie });
  const patch = (cookie: string, id: string, payload: Record<string, unknown>) =>
    h().request({ method: 'PATCH', url: `/api/pupils/${id}`, cookie, payload });

  test('every pupil route needs a session', async () => {
    const id = unknownId();
    expectError(await get('', '/api/pupils'), 401, 'UNAUTHENTICATED');
    expectError(await get('', `/api/pupils/${id}`), 401, 'UNAUTHENTICATED');
    expectError(await add(''), 401, 'UNAUTHENTICATED');
    expectError(await patch('', id, { yearGroup: '5' }), 401, 'UNAUTHENTICATED');
  });

  test('a teacher can find and read pupils but cannot add or edit them', async () => {
    const { school, dsl } = await schoolWithDsl();
    const pupil = await added(dsl.cookie, { upn: null });
    const teacher = await h().as(school, ['staff']);
    expect((await get(teacher.cookie, '/api/pupils')).statusCode).toBe(200);
    const read = await get(teacher.cookie, `/api/pupils/${pupil.id}`);
    expect(read.statusCode).toBe(200);
    expect(read.json().allowedActions).toEqual(['pupil.list', 'pupil.read']);
    expectError(await add(teacher.cookie, { upn: null }), 403, 'FORBIDDEN');
    expectError(await patch(teacher.cookie, pupil.id, { yearGroup: '5' }), 403, 'FORBIDDEN');
    const denied = await auditRows(h(), school, 'access.denied');
    expect(denied.filter((e) => e.actorId === teacher.user.id)).toHaveLength(2);
    expect(await countRows(h(), 'pupils', school)).toBe(1);
  });

  for (const role of ['governor', 'volunteer', 'visitor'] as Role[]) {
    test(`a ${role} cannot see or change pupil records`, async () => {
      const { school, dsl } = await schoolWithDsl();
      const pupil = await added(dsl.cookie, { upn: null });
      const { user, cookie } = await h().as(school, [role]);
      expectError(await get(cookie, '/api/pupils'), 403, 'FORBIDDEN');
      expectError(await get(cookie, `/api/pupils/${pupil.id}`), 403, 'FORBIDDEN');
      expectError(await add(cookie, { upn: null }), 403, 'FORBIDDEN');
      expectError(await patch(cookie, pupil.id, { yearGroup: '5' }), 403, 'FORBIDDEN');
      const denied = await auditRows(h(), school, 'access.denied');
      expect(denied.filter((e) => e.actorId === user.id)).toHaveLength(4);
    });
  }

  test('the DSL team, headteacher and administrator can add pupils', async () => {
    const school = await h().createSchool();
    for (const role of ['dsl', 'deputy_dsl', 'headteacher', 'school_admin'] as Role[]) {
      const { cookie } = await h().as(school, [role]);
      expect((await add(cookie, { upn: null })).statusCode, role).toBe(201);
    }
  });

  test('another school’s pupil is “not found” and left unchanged', async () => {
    const { dsl } = await schoolWithDsl();
    const other = await schoolWithDsl();
    const theirs = await added(other.dsl.cookie, { legalLastName: 'Elsewhere' });
    for (const id of [theirs.id, unknownId()]) {
      expectError(await get(dsl.cookie, `/api/pupils/${id}`), 404, 'NOT_FOUND');
      expectError(await patch(dsl.cookie, id, { legalLastName: 'Hijacked' }), 404, 'NOT_FOUND');
    }
    const list = dataOf<Pupil[]>(await get(dsl.cookie, '/api/pupils?q=Elsewhere'));
    expect(list).toEqual([]);
    const still = dataOf<Pupil>(await get(other.dsl.cookie, `/api/pupils/${theirs.id}`));
    expect(still).toEqual({ ...theirs, updatedAt: still.updatedAt });
    expect(still.legalLastName).toBe('Elsewhere');
  });

  test('bad pupil details are refused naming the field, and nothing is written', async () => {
    const { school, dsl } = await schoolWithDsl();
    const cases: [Record<string, unknown>, string][] = [
      [{ upn: 'A801200005001' }, 'upn'],
      [{ upn: 'B80120000500' }, 'upn'],
      [{ upn: '1801200005001' }, 'upn'],
      [{ dateOfBirth: '2016-02-30' }, 'dateOfBirth'],
      [{ dateOfBirth: '14/05/2016' }, 'dateOfBirth'],
      [{ dateOfBirth: '2099-01-01' }, 'dateOfBirth'],
      [{ yearGroup: '15' }, 'yearGroup'],
      [{ yearGroup: 'Y4' }, 'yearGroup'],
      [{ emergencyContacts: [contact('Pat', [])] }, 'emergencyContacts.0.phones'],
      [{ emergencyContacts: [contact('Pat', ['not a phone'])] }, 'emergencyContacts.0.phones.0'],
      [{ legalFirstName: '' }, 'legalFirstName'],
      [{ legalLastName: '   ' }, 'legalLastName'],
      [{ sex: 'X' }, 'sex'],
    ];
    for (const [overrides, field] of cases) {
      const res = await add(dsl.cookie, overrides);
      expectError(res, 400, 'VALIDATION', field);
    }
    const checkLetter = await add(dsl.cookie, { upn: 'A801200005001' });
    expect(checkLetter.json().error.message).toMatch(/check letter/i);
    expect(await countRows(h(), 'pupils', school)).toBe(0);
    expect(await countRows(h(), 'emergency_contacts', school)).toBe(0);

    const pupil = await added(dsl.cookie);
    expectError(await patch(dsl.cookie, 'not-a-uuid', { yearGroup: '5' }), 400, 'VALIDATION', 'id');
    expectError(
      await patch(dsl.cookie, pupil.id, { upn: 'A801200005001' }),
      400,
      'VALIDATION',
      'upn',
    );
    expectError(
      await patch(dsl.cookie, pupil.id, { dateOfBirth: '2016-13-01' }),
      400,
      'VALIDATION',
      'dateOfBirth',
    );
    expect(dataOf<Pupil>(await get(dsl.cookie, `/api/pupils/${pupil.id}`)).upn).toBe(pupil.upn);
  });

  test('a UPN is stored in capitals, whatever case it is typed in', async () => {
    const { dsl } = await schoolWithDsl();
    expect((await added(dsl.cookie, { upn: ' b801200005001 ' })).upn).toBe('B801200005001');
  });

  test('a UPN can be used once in a school, but the same UPN is fine in another school', async () => {
    const { school, dsl } = await schoolWithDsl();
    const first = await added(dsl.cookie);
    expectError(await add(dsl.cookie, { legalFirstName: 'Other' }), 409, 'CONFLICT', 'upn');
    const second = await added(dsl.cookie, { upn: null });
    expectError(await patch(dsl.cookie, second.id, { upn: first.upn }), 409, 'CONFLICT', 'upn');
    expect(await countRows(h(), 'pupils', school)).toBe(2);
    const other = await schoolWithDsl();
    expect((await add(other.dsl.cookie)).statusCode).toBe(201);
  });

  // Known bug on PostgreSQL: both requests pass the UPN check, and the unique index then turns
  // the loser into a 500 instead of a 409.
  test('adding the same pupil twice at once (a double click) gives one 201 and 409s, never a 5xx', async () => {
    for (let round = 0; round < 3; round++) {
      const { school, dsl } = await schoolWithDsl();
      const results = await Promise.all([1, 2, 3, 4].map(() => add(dsl.cookie)));
      expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409, 409, 409]);
      expect(await countRows(h(), 'pupils', school)).toBe(1);
    }
  });

  test('pupils can be found by legal name, preferred name or UPN, and filtered by year group', async () => {
    const { dsl } = await schoolWithDsl();
    await added(dsl.cookie, { legalFirstName: 'Amelia', preferredName: 'Millie', yearGroup: '4' });
    await added(dsl.cookie, {
      legalFirstName: 'Oliver',
      legalLastName: 'Twistleton',
      preferredName: null,
      upn: null,
      yearGroup: 'R',
    });
    const names = async (query: string) =>
      dataOf<Pupil[]>(await get(dsl.cookie, `/api/pupils${query}`)).map((p) => p.displayName);
    expect(await names('')).toEqual(['Millie Fictional', 'Oliver Twistleton']);
    expect(await names('?q=amelia')).toEqual(['Millie Fictional']);
    expect(await names('?q=MILLIE')).toEqual(['Millie Fictional']);
    expect(await names('?q=b8012000')).toEqual(['Millie Fictional']);
    expect(await names('?q=oliver%20twist')).toEqual(['Oliver Twistleton']);
    expect(await names('?yearGroup=R')).toEqual(['Oliver Twistleton']);
    expect(await names('?yearGroup=4&q=oliver')).toEqual([]);
    expectError(await get(dsl.cookie, '/api/pupils?yearGroup=Y9'), 400, 'VALIDATION', 'yearGroup');
  });

  test('editing a pupil changes only what is sent; sending contacts replaces them all', async () => {
    const { dsl } = await schoolWithDsl();
    const pupil = await added(dsl.cookie);
    const res = await patch(dsl.cookie, pupil.id, { yearGroup: '5' });
    expect(res.statusCode, res.body).toBe(200);
    const { updatedAt: _u, ...unchanged } = pupil;
    expect(dataOf<Pupil>(res)).toMatchObject({ ...unchanged, yearGroup: '5' });

    const replaced = await patch(dsl.cookie, pupil.id, {
      emergencyContacts: [contact('Gran', ['01632 960999'])],
    });
    const after = dataOf<Pupil>(replaced);
    expect(after.emergencyContacts).toEqual([contact('Gran', ['01632 960999'])]);
    expect(after).toMatchObject({ preferredName: 'Millie', upn: pupil.upn, yearGroup: '5' });
    const read = dataOf<Pupil>(await get(dsl.cookie, `/api/pupils/${pupil.id}`));
    expect(read.emergencyContacts).toHaveLength(1);
  });

  test('pupil additions, views, searches and edits are audited, naming fields but not values', async () => {
    const { school, dsl } = await schoolWithDsl();
    const pupil = await added(dsl.cookie);
    await get(dsl.cookie, `/api/pupils/${pupil.id}`);
    await get(dsl.cookie, '/api/pupils?q=amelia');
    await patch(dsl.cookie, pupil.id, {
      gender: 'Nonbinaryish',
      emergencyContacts: [contact('Kit', ['07700 900777'])],
    });
    const rows = await auditRows(h(), school);
    for (const type of ['pupil.created', 'pupil.read', 'pupil.listed', 'pupil.updated']) {
      const event = rows.find((e) => e.type === type);
      expect(event?.actorId, type).toBe(dsl.user.id);
    }
    const updated = rows.filter((e) => e.type === 'pupil.updated').at(-1);
    expect(updated?.subjectId).toBe(pupil.id);
    expect(updated?.details).toEqual({ changed: ['gender', 'emergencyContacts'] });
    for (const value of ['Nonbinaryish', 'Kit', '07700 900777', 'amelia']) {
      expect(rows.map((e) => e.text).join('\n')).not.toContain(value);
    }
  });

  // Known bug: updatePupil (src/core/people/use-cases/pupils.ts) writes the summary
  // `Pupil ${displayName(after)} updated`, so the new surname lands in the append-only log.
  test('the audit entry for a change of surname does not reveal the new surname', async () => {
    const { school, dsl } = await schoolWithDsl();
    const pupil = await added(dsl.cookie);
    expect((await patch(dsl.cookie, pupil.id, { legalLastName: 'Newsurname' })).statusCode).toBe(
      200,
    );
    const updated = await auditRows(h(), school, 'pupil.updated');
    expect(updated.at(-1)?.details).toEqual({ changed: ['legalLastName'] });
    expect(updated.at(-1)?.text).not.toContain('Newsurname');
  });

  test('[D03] a pupil aged 18 or over is flagged', async () => {
    const { dsl } = await schoolWithDsl();
    const now = h().clock.now();
    const adult = await added(dsl.cookie, { upn: null, dateOfBirth: before(now, 18, 1) });
    const today = await added(dsl.cookie, { upn: null, dateOfBirth: before(now, 18, 0) });
    const child = await added(dsl.cookie, { upn: null, dateOfBirth: before(now, 18, -1) });
    expect([adult.isAdult, adult.age]).toEqual([true, 18]);
    expect([today.isAdult, today.age]).toEqual([true, 18]);
    expect([child.isAdult, child.age]).toEqual([false, 17]);
    const list = dataOf<Pupil[]>(await get(dsl.cookie, '/api/pupils'));
    expect(list.find((p) => p.id === adult.id)?.isAdult).toBe(true);
    expect(list.find((p) => p.id === child.id)?.isAdult).toBe(false);
  });

  test('[D11] a pupil with fewer than two emergency phone numbers shows it', async () => {
    const { dsl } = await schoolWithDsl();
    const none = await added(dsl.cookie, { upn: null, emergencyContacts: [] });
    const one = await added(dsl.cookie, {
      upn: null,
      emergencyContacts: [contact('Pat', ['07700 900123'])],
    });
    const two = await added(dsl.cookie, {
      upn: null,
      emergencyContacts: [contact('Pat', ['07700 900123']), contact('Sam', ['01632 960123'], 2)],
    });
    expect([none, one, two].map((p) => p.emergencyPhoneCount)).toEqual([0, 1, 2]);
    const read = dataOf<Pupil>(await get(dsl.cookie, `/api/pupils/${one.id}`));
    expect(read.emergencyPhoneCount).toBe(1);
    const list = dataOf<Pupil[]>(await get(dsl.cookie, '/api/pupils'));
    expect(Object.fromEntries(list.map((p) => [p.id, p.emergencyPhoneCount]))).toEqual({
      [none.id]: 0,
      [one.id]: 1,
      [two.id]: 2,
    });
  });
});
