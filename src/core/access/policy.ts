import type { Actor } from './actor.ts';
import type { Role } from './roles.ts';

export const ACTIONS = [
  'school.read',
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
  'concern.create',
  'concern.readOwn',
  'concern.triage',
  'concern.respond',
  'file.read',
  'file.write',
  'file.grant',
  'category.manage',
  'deadline.readOwn',
  'deadline.readAll',
  'deadline.waive',
  'deadline.configure',
  'referral.manage',
  'referral.recordOwn',
  'calendar.read',
  'calendar.manage',
  'agency.manage',
  'conduct.read',
  'conduct.publish',
  'conduct.report',
  'allegation.raise',
  'allegation.read',
  'allegation.write',
  'allegation.manage',
  'allegation.configure',
  'attendance.read',
  'attendance.import',
  'attendance.record',
  'attendance.notify',
  'cme.manage',
  'plan.manage',
] as const;

export type Action = (typeof ACTIONS)[number];

export type ResourceType =
  | 'school'
  | 'staff'
  | 'pupil'
  | 'audit'
  | 'concern'
  | 'file'
  | 'category'
  | 'deadline'
  | 'referral'
  | 'calendar'
  | 'agency'
  | 'conduct'
  | 'allegation'
  | 'attendance'
  | 'cme'
  | 'plan';

export interface Resource {
  type: ResourceType;
  schoolId: string;
  id?: string;
  /** The actor holds a live need-to-know grant for this child's file (D24). */
  grantedToActor?: boolean;
  /** The alert ladder reached the actor about this concern (D05). */
  alertedToActor?: boolean;
  /** A concern about an adult: the actor's place on this case, if any (D41). */
  caseRole?: 'manager' | 'member' | null;
  /** The actor is the adult the case is about: no role or membership ever opens it to them. */
  actorIsSubject?: boolean;
}

export type Decision =
  { allowed: true } | { allowed: false; reason: 'other_school' | 'role' | 'wrong_resource' };

const SCHOOL_LEADERS: readonly Role[] = ['headteacher', 'school_admin'];
const DSL_TEAM: readonly Role[] = ['dsl', 'deputy_dsl'];
const SCHOOL_STAFF: readonly Role[] = [...DSL_TEAM, ...SCHOOL_LEADERS, 'deputy_head', 'staff'];

/**
 * Who may do what, as data. An action absent here is denied to everyone.
 * Pupil records (not child protection files) are readable by school staff, who need them to
 * find the child they are worried about; volunteers, visitors and governors are not.
 */
interface Rule {
  resource: ResourceType;
  roles: readonly Role[] | 'any role' | 'none';
  orGranted?: boolean;
  /** Also allowed to whoever was alerted about this very concern. */
  orAlerted?: boolean;
  /** Sealed cases: allowed by membership of the case, never by a role. */
  caseRoles?: readonly ('manager' | 'member')[];
}

const RULES: Record<Action, Rule> = {
  'school.read': { resource: 'school', roles: 'any role' },
  'school.update': { resource: 'school', roles: SCHOOL_LEADERS },
  'staff.list': { resource: 'staff', roles: [...SCHOOL_LEADERS, ...DSL_TEAM] },
  'staff.read': { resource: 'staff', roles: [...SCHOOL_LEADERS, ...DSL_TEAM] },
  'staff.create': { resource: 'staff', roles: SCHOOL_LEADERS },
  'staff.update': { resource: 'staff', roles: SCHOOL_LEADERS },
  'staff.resetMfa': { resource: 'staff', roles: SCHOOL_LEADERS },
  'pupil.list': { resource: 'pupil', roles: SCHOOL_STAFF },
  'pupil.read': { resource: 'pupil', roles: SCHOOL_STAFF },
  'pupil.create': { resource: 'pupil', roles: [...SCHOOL_LEADERS, ...DSL_TEAM] },
  'pupil.update': { resource: 'pupil', roles: [...SCHOOL_LEADERS, ...DSL_TEAM] },
  // Imports from the school's MIS, and deciding the identity changes they flag (D03, D11).
  'pupil.import': { resource: 'pupil', roles: [...SCHOOL_LEADERS, ...DSL_TEAM] },
  'audit.read': { resource: 'audit', roles: [...SCHOOL_LEADERS, 'dsl'] },
  // Anyone in the school can record a worry and follow what they raised (D04, D16, D19).
  'concern.create': { resource: 'concern', roles: 'any role' },
  'concern.readOwn': { resource: 'concern', roles: 'any role' },
  // Child protection files are the DSL team's; others only by a grant (D24, D31, D32).
  'concern.triage': { resource: 'concern', roles: DSL_TEAM },
  // When the DSL team is away the alerts climb to leaders and the chair (D05): whoever an alert
  // reached about a concern can read that concern and acknowledge it, so the ladder ends with
  // someone able to act, not a link they cannot open. The file and triage stay the team's.
  'concern.respond': { resource: 'concern', roles: DSL_TEAM, orAlerted: true },
  'file.read': { resource: 'file', roles: DSL_TEAM, orGranted: true },
  'file.write': { resource: 'file', roles: DSL_TEAM },
  'file.grant': { resource: 'file', roles: DSL_TEAM },
  'category.manage': { resource: 'category', roles: ['dsl', 'school_admin'] },
  // Everyone sees the clocks they own; the DSL team sees the school's (D05, D30).
  'deadline.readOwn': { resource: 'deadline', roles: 'any role' },
  'deadline.readAll': { resource: 'deadline', roles: DSL_TEAM },
  'deadline.waive': { resource: 'deadline', roles: DSL_TEAM },
  'deadline.configure': { resource: 'deadline', roles: ['dsl', 'headteacher'] },
  'referral.manage': { resource: 'referral', roles: DSL_TEAM },
  // Anyone may record a referral they made themselves when the DSL was unavailable (D20), and a
  // teacher who finds FGM reports it personally (D13).
  'referral.recordOwn': { resource: 'referral', roles: 'any role' },
  'calendar.read': { resource: 'calendar', roles: 'any role' },
  'calendar.manage': { resource: 'calendar', roles: [...SCHOOL_LEADERS, 'dsl'] },
  'agency.manage': { resource: 'agency', roles: [...SCHOOL_LEADERS, 'dsl'] },
  // Everyone acknowledges the code of conduct; leaders publish it and see who has (D48).
  'conduct.read': { resource: 'conduct', roles: 'any role' },
  'conduct.publish': { resource: 'conduct', roles: SCHOOL_LEADERS },
  'conduct.report': { resource: 'conduct', roles: [...SCHOOL_LEADERS, 'dsl'] },
  // Concerns about adults are sealed (D41, D43): anyone raises one; only the case manager the
  // routing rule chose and the people they add see it. No role opens a case, not the DSL, not the
  // administrator, and never the adult it is about, whatever roles they hold.
  'allegation.raise': { resource: 'allegation', roles: 'any role' },
  'allegation.read': { resource: 'allegation', roles: 'none', caseRoles: ['manager', 'member'] },
  'allegation.write': { resource: 'allegation', roles: 'none', caseRoles: ['manager', 'member'] },
  'allegation.manage': { resource: 'allegation', roles: 'none', caseRoles: ['manager'] },
  'allegation.configure': {
    resource: 'allegation',
    roles: ['headteacher', 'chair_of_governors'],
  },
  // Attendance (D10): staff read a pupil's marks; the office, leaders and the DSL team keep the
  // register. Telling the local authority, children missing education and the plans a child is
  // on (D39) are the DSL team's, like the child protection file they are recorded in.
  'attendance.read': { resource: 'attendance', roles: SCHOOL_STAFF },
  'attendance.import': { resource: 'attendance', roles: [...SCHOOL_LEADERS, ...DSL_TEAM] },
  'attendance.record': { resource: 'attendance', roles: [...SCHOOL_LEADERS, ...DSL_TEAM] },
  'attendance.notify': { resource: 'attendance', roles: DSL_TEAM },
  'cme.manage': { resource: 'cme', roles: DSL_TEAM },
  'plan.manage': { resource: 'plan', roles: DSL_TEAM },
};

/** The one access decision. Pure, deny by default. */
export function decide(actor: Actor, action: Action, resource: Resource): Decision {
  const rule = RULES[action] as Rule | undefined;
  if (!rule) return { allowed: false, reason: 'role' };
  if (rule.resource !== resource.type) return { allowed: false, reason: 'wrong_resource' };
  if (resource.schoolId !== actor.schoolId) return { allowed: false, reason: 'other_school' };
  if (rule.caseRoles) {
    const member = !!resource.caseRole && rule.caseRoles.includes(resource.caseRole);
    return member && resource.actorIsSubject === false
      ? { allowed: true }
      : { allowed: false, reason: 'role' };
  }
  const roles = rule.roles;
  const permitted =
    roles === 'any role'
      ? actor.roles.length > 0
      : roles !== 'none' && actor.roles.some((r) => roles.includes(r));
  if (
    permitted ||
    (rule.orGranted && resource.grantedToActor === true) ||
    (rule.orAlerted && resource.alertedToActor === true)
  )
    return { allowed: true };
  return { allowed: false, reason: 'role' };
}

/** The actions this actor may take on a resource: sent to clients so the UI never guesses. */
export function allowedActions(actor: Actor, resource: Resource): Action[] {
  return ACTIONS.filter((a) => decide(actor, a, resource).allowed);
}

/** Actions across every resource type of the actor's own school (for navigation). */
export function allowedEverywhere(actor: Actor): Action[] {
  return ACTIONS.filter(
    (a) => decide(actor, a, { type: RULES[a].resource, schoolId: actor.schoolId }).allowed,
  );
}
