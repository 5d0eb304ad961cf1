import type { Role } from '../../src/core/access/roles.ts';
import type { TestHaven } from '../support/haven.ts';

export type Person = { id: string; cookie: string; name: string };

/** A school with everyone a concern about an adult can touch, each signed in. */
export async function staffedSchool(h: TestHaven, extra: Record<string, Role[]> = {}) {
  const schoolId = await h.createSchool();
  const make = async (roles: Role[], name: string): Promise<Person> => {
    const { user, cookie } = await h.as(schoolId, roles, { name });
    return { id: user.id, cookie, name };
  };
  const people = {
    head: await make(['headteacher'], 'Hal Head'),
    deputy: await make(['deputy_head'], 'Dee Deputy'),
    chair: await make(['chair_of_governors'], 'Cai Chair'),
    dsl: await make(['dsl'], 'Dana Lead'),
    admin: await make(['school_admin'], 'Ada Admin'),
    teacher: await make(['staff'], 'Tom Teacher'),
    colleague: await make(['staff'], 'Cole Colleague'),
  };
  const more: Record<string, Person> = {};
  for (const [name, roles] of Object.entries(extra)) more[name] = await make(roles, name);
  return { schoolId, ...people, more };
}

export const concernAbout = (subject: object, overrides: Record<string, unknown> = {}) => ({
  subject,
  whatHappened: 'Seen holding a pupil by the wrist in the corridor and shouting at them.',
  incidentAt: null,
  location: 'Year 4 corridor',
  childrenInvolved: 'A Year 4 pupil',
  actionTaken: 'Made sure the pupil was all right.',
  ...overrides,
});

export function api(h: TestHaven) {
  const call = (
    who: { cookie: string },
    method: 'GET' | 'POST' | 'PUT',
    url: string,
    payload?: object,
  ) => h.request({ method, url, cookie: who.cookie, ...(payload ? { payload } : {}) });
  return {
    call,
    raise: (who: { cookie: string }, subject: object, overrides: Record<string, unknown> = {}) =>
      call(who, 'POST', '/api/allegations', concernAbout(subject, overrides)),
    get: (who: { cookie: string }, id: string) => call(who, 'GET', `/api/allegations/${id}`),
    step: (who: { cookie: string }, id: string, path: string, payload: object) =>
      call(who, 'POST', `/api/allegations/${id}/${path}`, payload),
  };
}
