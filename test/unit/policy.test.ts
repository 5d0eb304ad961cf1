import { describe, expect, test } from 'vitest';
import type { Actor } from '../../src/core/access/actor.ts';
import {
  ACTIONS,
  allowedEverywhere,
  decide,
  type Action,
  type ResourceType,
} from '../../src/core/access/policy.ts';
import { MFA_MANDATORY_ROLES, ROLES, requiresMfa, type Role } from '../../src/core/access/roles.ts';

const actor = (roles: Role[], schoolId = 'school-a'): Actor => ({
  userId: 'u1',
  schoolId,
  fullName: 'Test',
  roles,
  ip: null,
  requestId: null,
});

const resourceType = (a: Action) => a.split('.')[0] as ResourceType;
const can = (roles: Role[], action: Action) =>
  decide(actor(roles), action, { type: resourceType(action), schoolId: 'school-a' }).allowed;

/** The whole matrix, written out so that a change to it is a visible change to this table. */
const ANYONE: Action[] = [
  'school.read',
  'concern.create',
  'concern.readOwn',
  'deadline.readOwn',
  'referral.recordOwn',
  'calendar.read',
  'conduct.read',
  'allegation.raise',
];
const DSL_TEAM: Action[] = [
  'concern.triage',
  'concern.respond',
  'file.read',
  'file.write',
  'file.grant',
  'deadline.readAll',
  'deadline.waive',
  'referral.manage',
  'attendance.notify',
  'cme.manage',
  'plan.manage',
];
/** Who keeps the attendance register (D10): the office, leaders and the DSL team. */
const REGISTER: Action[] = ['attendance.read', 'attendance.import', 'attendance.record'];
const MATRIX: Record<Role, Action[]> = {
  dsl: [
    ...ANYONE,
    ...DSL_TEAM,
    ...REGISTER,
    'staff.list',
    'staff.read',
    'pupil.list',
    'pupil.read',
    'pupil.create',
    'pupil.update',
    'pupil.import',
    'audit.read',
    'category.manage',
    'deadline.configure',
    'calendar.manage',
    'agency.manage',
    'conduct.report',
  ],
  deputy_dsl: [
    ...ANYONE,
    ...DSL_TEAM,
    ...REGISTER,
    'staff.list',
    'staff.read',
    'pupil.list',
    'pupil.read',
    'pupil.create',
    'pupil.update',
    'pupil.import',
  ],
  headteacher: [
    ...ANYONE,
    ...REGISTER,
    'school.update',
    'staff.list',
    'staff.read',
    'staff.create',
    'staff.update',
    'staff.resetMfa',
    'pupil.list',
    'pupil.read',
    'pupil.create',
    'pupil.update',
    'pupil.import',
    'audit.read',
    'deadline.configure',
    'calendar.manage',
    'agency.manage',
    'conduct.publish',
    'conduct.report',
    'allegation.configure',
  ],
  deputy_head: [...ANYONE, 'pupil.list', 'pupil.read', 'attendance.read'],
  staff: [...ANYONE, 'pupil.list', 'pupil.read', 'attendance.read'],
  volunteer: ANYONE,
  visitor: ANYONE,
  governor: ANYONE,
  safeguarding_governor: ANYONE,
  deputy_safeguarding_governor: ANYONE,
  chair_of_governors: [...ANYONE, 'allegation.configure'],
  // The administrator runs accounts and settings but reads no child protection content.
  school_admin: [
    ...ANYONE,
    ...REGISTER,
    'school.update',
    'staff.list',
    'staff.read',
    'staff.create',
    'staff.update',
    'staff.resetMfa',
    'pupil.list',
    'pupil.read',
    'pupil.create',
    'pupil.update',
    'pupil.import',
    'audit.read',
    'category.manage',
    'calendar.manage',
    'agency.manage',
    'conduct.publish',
    'conduct.report',
  ],
};

describe('the access policy', () => {
  for (const role of ROLES) {
    test(`a ${role} may do exactly what the matrix says`, () => {
      const allowed = ACTIONS.filter((a) => can([role], a));
      expect(allowed.sort()).toEqual([...MATRIX[role]].sort());
    });
  }

  test('denies everything to an actor with no roles', () => {
    expect(ACTIONS.filter((a) => can([], a))).toEqual([]);
  });

  test('another school is refused as "other_school", whatever the role', () => {
    for (const a of ACTIONS) {
      const d = decide(actor(['headteacher', 'school_admin', 'dsl']), a, {
        type: resourceType(a),
        schoolId: 'school-b',
      });
      expect(d).toEqual({ allowed: false, reason: 'other_school' });
    }
  });

  test('an action used on the wrong kind of resource is refused', () => {
    expect(
      decide(actor(['school_admin']), 'pupil.read', { type: 'staff', schoolId: 'school-a' })
        .allowed,
    ).toBe(false);
  });

  test('[D24] a colleague outside the DSL team reads one child’s file only with a live grant', () => {
    const file = { type: 'file' as const, schoolId: 'school-a', id: 'pupil-1' };
    expect(decide(actor(['staff']), 'file.read', file).allowed).toBe(false);
    expect(decide(actor(['staff']), 'file.read', { ...file, grantedToActor: true }).allowed).toBe(
      true,
    );
    expect(decide(actor(['staff']), 'file.grant', { ...file, grantedToActor: true }).allowed).toBe(
      false,
    );
    expect(
      decide(actor(['staff']), 'file.read', { ...file, schoolId: 'school-b', grantedToActor: true })
        .allowed,
    ).toBe(false);
  });

  test('the school administrator and the headteacher never read child protection files by role', () => {
    for (const a of ['concern.triage', 'file.read'] as const) {
      expect(can(['school_admin'], a)).toBe(false);
      expect(can(['headteacher'], a)).toBe(false);
    }
  });

  test('several roles add up', () => {
    expect(can(['staff', 'deputy_dsl'], 'pupil.create')).toBe(true);
    expect(allowedEverywhere(actor(['governor', 'staff']))).toContain('pupil.list');
  });

  test('MFA is mandatory for every role that can reach child protection data or allegations', () => {
    for (const r of [
      'dsl',
      'deputy_dsl',
      'headteacher',
      'deputy_head',
      'chair_of_governors',
      'school_admin',
    ] as Role[]) {
      expect(requiresMfa([r])).toBe(true);
    }
    expect(requiresMfa(['staff', 'volunteer', 'visitor', 'governor'])).toBe(false);
    expect(MFA_MANDATORY_ROLES.length).toBe(6);
  });
});
