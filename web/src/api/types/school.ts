import type { Role } from '../../lib/roles';
import type { Person } from './session';

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

/** The kinds of local number on the "who to tell and who to ring" poster (D04, D46). */
export type ContactKind = 'emergency' | 'referral' | 'allegations' | 'whistleblowing' | 'advice';

export interface LocalContact {
  kind: ContactKind;
  label: string;
  phone: string;
  note: string;
}

/** `GET /api/school/contacts`: names of the safeguarding team, by role, and local numbers. */
export interface SafeguardingContacts {
  team: Partial<Record<SafeguardingRoleKey, string[]>>;
  contacts: LocalContact[];
}
