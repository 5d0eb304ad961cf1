import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Actor } from '../../src/core/access/actor.ts';
import { decide, type Action } from '../../src/core/access/policy.ts';
import { ROLES, type Role } from '../../src/core/access/roles.ts';
import { retentionFor, routeCase, stageOf } from '../../src/core/allegations/case.ts';

const actor = (roles: Role[]): Actor => ({
  userId: 'u1',
  schoolId: 'school-a',
  fullName: 'Test',
  roles,
  ip: null,
  requestId: null,
});
const roleSets = fc.uniqueArray(fc.constantFrom(...ROLES), { maxLength: ROLES.length });
const caseRoles = fc.constantFrom('manager' as const, 'member' as const, null);
const CASE_ACTIONS: Action[] = ['allegation.read', 'allegation.write', 'allegation.manage'];

describe('the policy for concerns about adults', () => {
  test('[D41] [D43] only case members open a case, whatever roles anyone holds; never its subject', () => {
    fc.assert(
      fc.property(roleSets, caseRoles, fc.boolean(), (roles, caseRole, isSubject) => {
        for (const action of CASE_ACTIONS) {
          const allowed = decide(actor(roles), action, {
            type: 'allegation',
            schoolId: 'school-a',
            id: 'case-1',
            caseRole,
            actorIsSubject: isSubject,
          }).allowed;
          const expected =
            !isSubject &&
            (caseRole === 'manager' || (caseRole === 'member' && action !== 'allegation.manage'));
          expect(allowed).toBe(expected);
        }
      }),
    );
  });

  test('[D43] a resource that does not say whether the actor is the subject is refused', () => {
    for (const action of CASE_ACTIONS)
      expect(
        decide(actor(['headteacher']), action, {
          type: 'allegation',
          schoolId: 'school-a',
          caseRole: 'manager',
        }).allowed,
      ).toBe(false);
  });

  test('[D41] routing never chooses the subject, and about the headteacher goes to the chair', () => {
    const person = fc.record({
      id: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
      roles: fc.uniqueArray(
        fc.constantFrom('headteacher', 'deputy_head', 'chair_of_governors', 'staff', 'dsl'),
        {
          maxLength: 3,
        },
      ),
      available: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(person, { maxLength: 5, selector: (p) => p.id }),
        fc.constantFrom('a', 'b', null),
        (people, subject) => {
          const subjectRoles = people.find((p) => p.id === subject)?.roles ?? [];
          const routed = routeCase(subject, subjectRoles, people);
          if (!routed) return;
          expect(routed.managerId).not.toBe(subject);
          const manager = people.find((p) => p.id === routed.managerId && p.available);
          expect(manager?.roles).toContain(routed.route);
          const chairFree = people.some(
            (p) => p.available && p.id !== subject && p.roles.includes('chair_of_governors'),
          );
          if (subjectRoles.includes('headteacher') && chairFree)
            expect(routed.route).toBe('chair_of_governors');
          if (subjectRoles.includes('headteacher')) expect(routed.route).not.toBe('headteacher');
        },
      ),
    );
  });

  test('[U07] a kept record lasts at least the minimum years, and to pension age when that is later', () => {
    const settings = { pensionAge: 67, keepYears: 10, removedKeepYears: 0 };
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2020-01-01'), max: new Date('2040-01-01'), noInvalidDate: true }),
        fc.integer({ min: 1950, max: 2005 }),
        fc.constantFrom('substantiated' as const, 'unsubstantiated' as const, 'unfounded' as const),
        (raised, born, outcome) => {
          const r = retentionFor(
            outcome,
            {
              raisedAt: raised.toISOString(),
              outcomeAt: raised.toISOString(),
              subjectDateOfBirth: `${born}-02-01`,
            },
            settings,
          );
          const until = new Date(r.retainUntil);
          expect(until.getUTCFullYear()).toBeGreaterThanOrEqual(raised.getUTCFullYear() + 10);
          expect(until.getTime()).toBeGreaterThanOrEqual(Date.UTC(born + 67, 1, 1));
          expect(r.personnelFile).toBe('keep');
        },
      ),
    );
    const removed = retentionFor(
      'malicious',
      {
        raisedAt: '2026-03-02T09:00:00Z',
        outcomeAt: '2026-05-01T09:00:00Z',
        subjectDateOfBirth: null,
      },
      settings,
    );
    expect(removed).toMatchObject({
      rule: 'remove_from_personnel_file',
      personnelFile: 'remove',
      retainUntil: '2026-05-01T09:00:00.000Z',
    });
  });

  test('[D42] the stage follows the decision, the LADO contact and the outcome', () => {
    expect(stageOf({ threshold: null, ladoContactedAt: null, outcome: null })).toBe(
      'awaiting_decision',
    );
    expect(stageOf({ threshold: 'allegation', ladoContactedAt: null, outcome: null })).toBe(
      'awaiting_lado',
    );
    expect(stageOf({ threshold: 'allegation', ladoContactedAt: 'x', outcome: null })).toBe(
      'investigating',
    );
    expect(stageOf({ threshold: 'low_level', ladoContactedAt: null, outcome: null })).toBe(
      'low_level',
    );
    expect(stageOf({ threshold: 'allegation', ladoContactedAt: 'x', outcome: 'false' })).toBe(
      'closed',
    );
  });
});
