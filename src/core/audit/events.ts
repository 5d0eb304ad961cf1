import type { Actor } from '../access/actor.ts';

/** Every kind of audit event, with the shape of its details. Details never hold narrative. */
export interface AuditDetails {
  'auth.sign_in': { mfa: boolean };
  'auth.sign_in_failed': {
    emailHash: string;
    reason: 'unknown' | 'password' | 'locked' | 'disabled';
  };
  'auth.sign_out': { reason: 'user' | 'idle' | 'absolute' | 'disabled' };
  'auth.mfa_enrolled': Record<string, never>;
  'auth.mfa_failed': { recoveryCode: boolean };
  'auth.mfa_verified': { recoveryCode: boolean };
  'auth.mfa_reset': Record<string, never>;
  'auth.password_set': Record<string, never>;
  'access.denied': { action: string; reason: string };
  'organisation.created': { kind: string };
  'school.created': Record<string, never>;
  'school.updated': { changed: string[] };
  'staff.created': { roles: string[] };
  'staff.read': Record<string, never>;
  'staff.listed': { count: number };
  'staff.updated': { changed: string[]; rolesFrom?: string[]; rolesTo?: string[] };
  'staff.disabled': Record<string, never>;
  'staff.enabled': Record<string, never>;
  'staff.invited': Record<string, never>;
  'pupil.created': Record<string, never>;
  'pupil.read': Record<string, never>;
  'pupil.listed': { count: number };
  'pupil.updated': { changed: string[] };
  'pupil.imported': {
    source: string;
    created: number;
    updated: number;
    unchanged: number;
    flagged: number;
    failed: number;
  };
  'pupil.identity_resolved': { change: string; resolution: string };
  'pupil.exported': { count: number; format: string };
  'concern.created': { children: number; immediateRisk: boolean };
  'concern.read': { via: 'dsl_team' | 'alert' };
  'concern.acknowledged': Record<string, never>;
  'concern.assigned': { ownerId: string };
  'concern.decided': { outcome: string; levelOfNeed: string };
  'concern.action_added': { ownerId: string; dueOn: string };
  'concern.action_done': { actionId: string };
  'concern.actions_listed': { count: number };
  'concern.status_changed': { from: string; to: string };
  'concern.addendum_added': Record<string, never>;
  'concern.reconsideration_requested': { requestId: string; reopened: boolean };
  'concern.reconsideration_answered': { requestId: string };
  'concern.alert_escalated': { level: number };
  'concern.attachment_added': { mime: string; size: number };
  'concern.attachment_read': { attachmentId: string; via: 'dsl_team' | 'alert' };
  'file.read': {
    via: 'dsl_team' | 'grant' | 'missing_education';
    grantId?: string;
    exported?: boolean;
  };
  'file.note_added': Record<string, never>;
  'file.entry_marked': { entryId: string; significant: boolean };
  'grant.created': { granteeId: string; expiresAt: string };
  'grant.revoked': { grantId: string; because?: 'account disabled' };
  'grant.listed': { count: number };
  'category.created': Record<string, never>;
  'category.updated': { changed: string[] };
  'need_level.created': { code: string };
  'need_level.updated': { code: string; changed: string[] };
  'need_level.reordered': { codes: string[] };
  'need_level.model_renamed': Record<string, never>;
  'staff.availability_changed': { unavailableUntil: string | null };
  'calendar.updated': { entries: number; imported: boolean };
  'deadline.opened': { rule: string; dueAt: string };
  'deadline.met': { rule: string; late: boolean };
  'deadline.waived': { rule: string };
  'deadline.alerted': { rule: string; step: string; recipients: number };
  'deadline.setting_changed': { rule: string; value: number };
  'referral.created': { agency: string; state: string; withoutDsl: boolean; fgm: boolean };
  'referral.updated': { from: string; to: string };
  'referral.read': Record<string, never>;
  'disclosure.recorded': { kind: string; decision: string };
  'meeting.recorded': { kind: string };
  'agency.created': { code: string };
  'agency.updated': { code: string; changed: string[] };
  'conduct.published': { version: number };
  'conduct.acknowledged': { version: number };
  'allegation.raised': { route: string };
  'allegation.read': { via: 'case' | 'list' };
  'allegation.exported': Record<string, never>;
  'allegation.member_added': { staffId: string; reason: string };
  'allegation.threshold_decided': { decision: string };
  'allegation.lado_contacted': { late: boolean };
  'allegation.entry_added': { kind: string };
  'allegation.outcome_recorded': { outcome: string; retainUntil: string };
  'allegation.pattern_found': { count: number };
  'allegation.settings_changed': { changed: string[] };
  'attendance.imported': { marks: number; pupils: number };
  'attendance.recorded': { date: string; sessions: number };
  'attendance.la_notice_opened': { runFirst: string; reachedOn: string };
  'attendance.la_notified': { late: boolean };
  'attendance.plan_alerted': { day: string };
  'cme.opened': { lastSeenOn: string };
  'cme.action_added': { kind: string };
  'cme.closed': Record<string, never>;
  'plan.recorded': { kind: string; startsOn: string };
  'plan.ended': { kind: string; endsOn: string };
}

export type AuditEventType = keyof AuditDetails;

export const AUDIT_EVENT_TYPES = [
  'auth.sign_in',
  'auth.sign_in_failed',
  'auth.sign_out',
  'auth.mfa_enrolled',
  'auth.mfa_failed',
  'auth.mfa_verified',
  'auth.mfa_reset',
  'auth.password_set',
  'access.denied',
  'organisation.created',
  'school.created',
  'school.updated',
  'staff.created',
  'staff.read',
  'staff.listed',
  'staff.updated',
  'staff.disabled',
  'staff.enabled',
  'staff.invited',
  'pupil.created',
  'pupil.read',
  'pupil.listed',
  'pupil.updated',
  'pupil.imported',
  'pupil.identity_resolved',
  'pupil.exported',
  'concern.created',
  'concern.read',
  'concern.acknowledged',
  'concern.assigned',
  'concern.decided',
  'concern.action_added',
  'concern.action_done',
  'concern.actions_listed',
  'concern.status_changed',
  'concern.addendum_added',
  'concern.reconsideration_requested',
  'concern.reconsideration_answered',
  'concern.alert_escalated',
  'concern.attachment_added',
  'concern.attachment_read',
  'file.read',
  'file.note_added',
  'file.entry_marked',
  'grant.created',
  'grant.revoked',
  'grant.listed',
  'category.created',
  'category.updated',
  'need_level.created',
  'need_level.updated',
  'need_level.reordered',
  'need_level.model_renamed',
  'staff.availability_changed',
  'calendar.updated',
  'deadline.opened',
  'deadline.met',
  'deadline.waived',
  'deadline.alerted',
  'deadline.setting_changed',
  'referral.created',
  'referral.updated',
  'referral.read',
  'disclosure.recorded',
  'meeting.recorded',
  'agency.created',
  'agency.updated',
  'conduct.published',
  'conduct.acknowledged',
  'allegation.raised',
  'allegation.read',
  'allegation.exported',
  'allegation.member_added',
  'allegation.threshold_decided',
  'allegation.lado_contacted',
  'allegation.entry_added',
  'allegation.outcome_recorded',
  'allegation.pattern_found',
  'allegation.settings_changed',
  'attendance.imported',
  'attendance.recorded',
  'attendance.la_notice_opened',
  'attendance.la_notified',
  'attendance.plan_alerted',
  'cme.opened',
  'cme.action_added',
  'cme.closed',
  'plan.recorded',
  'plan.ended',
] as const satisfies readonly AuditEventType[];

/** What a use case hands to the audit port; the store adds sequence, time and hash. */
export interface AuditEventInput<T extends AuditEventType = AuditEventType> {
  type: T;
  actor: Pick<Actor, 'userId' | 'fullName' | 'roles' | 'ip' | 'requestId'>;
  schoolId: string | null;
  subject: { type: string; id: string } | null;
  summary: string;
  details: AuditDetails[T];
}

/** An event as stored in the chain. */
export interface AuditEvent {
  chain: string;
  seq: number;
  id: string;
  type: string;
  at: string;
  schoolId: string | null;
  actorId: string;
  actorName: string;
  actorRoles: string[];
  ip: string | null;
  requestId: string | null;
  subjectType: string | null;
  subjectId: string | null;
  summary: string;
  details: Record<string, unknown>;
  prevHash: string;
  hash: string;
}

/** Installation-level events (e.g. a failed sign-in for an unknown email) use this chain. */
export const INSTALLATION_CHAIN = 'installation';

export const chainFor = (schoolId: string | null): string => schoolId ?? INSTALLATION_CHAIN;

/** Builds an event input with its details typed by its event type. */
export function auditEvent<T extends AuditEventType>(
  input: AuditEventInput<T>,
): AuditEventInput<T> {
  return input;
}
