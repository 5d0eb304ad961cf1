import fc from 'fast-check';
import { beforeAll, expect, test } from 'vitest';
import { ROLES, type Role } from '../../src/core/access/roles.ts';
import { describeEachEngine } from '../support/each-engine.ts';
import { api, type Person } from './support.ts';

const SUBJECTS = ['head', 'dsl', 'teacher', 'chair'] as const;

describeEachEngine(
  'who can see a concern about an adult',
  (h) => {
    let schoolId: string;
    const everyone: (Person & { roles: Role[] })[] = [];
    const named: Record<(typeof SUBJECTS)[number], Person & { roles: Role[] }> = {} as never;

    const join = async (roles: Role[], name: string) => {
      const { user, cookie } = await h().as(schoolId, roles, { name });
      const p = { id: user.id, cookie, name, roles };
      everyone.push(p);
      return p;
    };

    beforeAll(async () => {
      schoolId = await h().createSchool('Matrix School');
      named.head = await join(['headteacher'], 'Hal Head');
      named.dsl = await join(['dsl'], 'Dana Lead');
      named.teacher = await join(['staff'], 'Tom Teacher');
      named.chair = await join(['chair_of_governors'], 'Cai Chair');
      // One person in every other role, and the usual combinations a small school has.
      for (const role of ROLES.filter(
        (r) => !['headteacher', 'dsl', 'chair_of_governors'].includes(r),
      ))
        await join([role], `Only ${role}`);
      await join(['dsl', 'school_admin'], 'Dsl Admin');
      await join(['deputy_head', 'deputy_dsl'], 'Deputy Both');
    });

    const leaks = async (viewer: Person & { roles: Role[] }, caseId: string): Promise<string[]> => {
      const a = api(h());
      const found: string[] = [];
      if ((await a.get(viewer, caseId)).statusCode !== 404) found.push('case');
      for (const path of ['activity', 'pdf'])
        if ((await a.call(viewer, 'GET', `/api/allegations/${caseId}/${path}`)).statusCode !== 404)
          found.push(path);
      const list = JSON.stringify([
        (await a.call(viewer, 'GET', '/api/allegations')).json(),
        (await a.call(viewer, 'GET', '/api/allegations?view=closed')).json(),
        (await a.call(viewer, 'GET', '/api/allegations/patterns')).json(),
        (await a.call(viewer, 'GET', '/api/notifications')).json(),
        (await a.call(viewer, 'GET', '/api/deadlines?scope=mine')).json(),
        (await a.call(viewer, 'GET', '/api/deadlines?scope=school')).json(),
        (await a.call(viewer, 'GET', '/api/audit?limit=500')).json(),
      ]);
      if (list.includes(caseId)) found.push('a list names it');
      if (/Alleged-canary|wrist/.test(list)) found.push('its words');
      return found;
    };

    test('[D41] [D43] every role × subject (the head, a DSL, a teacher, the chair): only the case manager sees it', async () => {
      const a = api(h());
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...SUBJECTS),
          fc.uniqueArray(fc.constantFrom(...ROLES), { minLength: 1, maxLength: 4 }),
          fc.nat(),
          async (subjectKey, viewerRoles, raiserPick) => {
            // A newcomer in any mix of roles: checked with everyone else below.
            await join(viewerRoles, `Viewer ${everyone.length}`);
            const subject = named[subjectKey];
            const raiser = everyone[raiserPick % everyone.length] as Person;
            const res = await a.raise(
              raiser,
              { staffId: subject.id },
              {
                whatHappened: 'Alleged-canary: held a pupil by the wrist.',
              },
            );
            expect(res.statusCode).toBe(201);
            const caseId = res.json().data.id as string;
            const row = await h()
              .rt.conn.db.selectFrom('allegations')
              .select(['manager_id'])
              .where('id', '=', caseId)
              .executeTakeFirstOrThrow();
            const manager = everyone.find((p) => p.id === row.manager_id);
            expect(manager).toBeDefined();
            expect(manager?.id).not.toBe(subject.id);
            expect(manager?.roles).toContain(
              subject.roles.includes('headteacher') ? 'chair_of_governors' : 'headteacher',
            );
            expect((await a.get(manager as Person, caseId)).statusCode).toBe(200);
            for (const p of everyone) {
              if (p.id === manager?.id) continue;
              expect({ who: p.name, roles: p.roles, leaks: await leaks(p, caseId) }).toEqual({
                who: p.name,
                roles: p.roles,
                leaks: [],
              });
            }
          },
        ),
        { numRuns: 12 },
      );
    }, 240_000);
  },
  // Thousands of requests in a minute from one address: well over the production limit.
  { HAVEN_RATE_LIMIT_PER_MINUTE: '100000' },
);
