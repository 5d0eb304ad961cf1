import type { Role } from '../lib/roles';

export type Stage = 'mfa' | 'mfa_enrol' | 'signed_in';

export interface Me {
  stage: Stage;
  user: { id: string; fullName: string; email: string; roles: Role[]; mfaEnrolled: boolean };
  school: { id: string; name: string };
  mfaRequired: boolean;
  idleTimeoutSeconds: number;
}

export interface Person {
  id: string;
  fullName: string;
}

export type SafeguardingRoleKey =
  | 'dsl'
  | 'deputy_dsl'
  | 'headteacher'
  | 'safeguarding_governor'
  | 'deputy_safeguarding_governor'
  | 'chair_of_governors';

export interface School {
  id: string;
  name: string;
  urn: string | null;
  localAuthority: string | null;
  safeguardingRoles: Partial<Record<SafeguardingRoleKey, Person[]>>;
  missingRoles: Role[];
}

export interface Staff {
  id: string;
  fullName: string;
  email: string;
  jobTitle: string | null;
  roles: Role[];
  disabled: boolean;
  mfaEnrolled: boolean;
  lastSignInAt: string | null;
  createdAt: string;
}

export interface StaffInput {
  fullName: string;
  email: string;
  jobTitle: string | null;
  roles: Role[];
}

export type Sex = 'F' | 'M' | 'U';

export interface EmergencyContact {
  name: string;
  relationship: string;
  phones: string[];
  priority: number;
}

export interface PupilInput {
  legalFirstName: string;
  legalLastName: string;
  preferredName: string | null;
  dateOfBirth: string;
  upn: string | null;
  sex: Sex;
  gender: string | null;
  yearGroup: string;
  senFlag: boolean;
  lookedAfter: boolean;
  emergencyContacts: EmergencyContact[];
}

export interface Pupil extends PupilInput {
  id: string;
  displayName: string;
  age: number;
  isAdult: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface PupilSummary {
  id: string;
  displayName: string;
  legalFirstName: string;
  legalLastName: string;
  preferredName: string | null;
  dateOfBirth: string;
  yearGroup: string;
  upn: string | null;
  isAdult: boolean;
  senFlag: boolean;
  lookedAfter: boolean;
}

export interface AuditEvent {
  seq: number;
  id: string;
  type: string;
  at: string;
  actorId: string | null;
  actorName: string | null;
  actorRoles: Role[];
  ip: string | null;
  requestId: string | null;
  subjectType: string | null;
  subjectId: string | null;
  summary: string;
  hash: string;
}

export interface AuditPage {
  events: AuditEvent[];
  nextBefore: number | null;
}
