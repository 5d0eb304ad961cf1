import type { Role } from '../access/roles.ts';
import type { PupilInput, PupilPatch, PupilRecord } from './pupil.ts';
import type { IdentityChange } from './roster.ts';
import type { OrganisationRecord, SchoolPatch, SchoolRecord } from './school.ts';
import type { StaffInput, StaffRecord } from './staff.ts';

export interface OrganisationRepo {
  create(org: Omit<OrganisationRecord, 'createdAt'>, at: Date): Promise<OrganisationRecord>;
  get(id: string): Promise<OrganisationRecord | null>;
  list(): Promise<OrganisationRecord[]>;
}

export interface SchoolRepo {
  create(
    school: {
      id: string;
      name: string;
      urn: string | null;
      localAuthority: string | null;
      organisationId?: string | null;
    },
    at: Date,
  ): Promise<SchoolRecord>;
  get(id: string): Promise<SchoolRecord | null>;
  update(id: string, patch: SchoolPatch): Promise<SchoolRecord | null>;
  count(): Promise<number>;
  list(): Promise<SchoolRecord[]>;
}

export interface StaffRepo {
  create(schoolId: string, id: string, input: StaffInput, at: Date): Promise<StaffRecord>;
  /** Scoped to the school: another school's staff member is null. */
  get(schoolId: string, id: string): Promise<StaffRecord | null>;
  list(schoolId: string, query: { q?: string; includeDisabled?: boolean }): Promise<StaffRecord[]>;
  update(
    schoolId: string,
    id: string,
    patch: {
      fullName?: string;
      email?: string;
      jobTitle?: string | null;
      roles?: Role[];
      disabled?: boolean;
    },
    at: Date,
  ): Promise<StaffRecord | null>;
  emailTaken(email: string, exceptId?: string): Promise<boolean>;
  /** Names of many staff at once, for presenting lists (scoped to the school). */
  namesOf(schoolId: string, ids: string[]): Promise<Map<string, string>>;
  /** Marks someone away until a time (null: available); alerts skip them meanwhile (D05). */
  setUnavailableUntil(schoolId: string, id: string, until: string | null): Promise<void>;
  /**
   * The DSL team and leaders who can receive alerts now, with their roles; with `at` null,
   * those marked away too (never anyone disabled).
   */
  alertable(
    schoolId: string,
    roles: readonly Role[],
    at: string | null,
  ): Promise<{ id: string; fullName: string; email: string; roles: Role[] }[]>;
  holdersOf(
    schoolId: string,
    roles: readonly Role[],
  ): Promise<{ id: string; fullName: string; roles: Role[] }[]>;
}

export interface PupilRepo {
  create(schoolId: string, id: string, input: PupilInput, at: Date): Promise<PupilRecord>;
  get(schoolId: string, id: string): Promise<PupilRecord | null>;
  list(
    schoolId: string,
    query: { q?: string; yearGroup?: string; limit: number },
  ): Promise<PupilRecord[]>;
  update(schoolId: string, id: string, patch: PupilPatch, at: Date): Promise<PupilRecord | null>;
  upnTaken(schoolId: string, upn: string, exceptId?: string): Promise<boolean>;
  /** The names of many pupils at once, as recorded (scoped to the school). */
  namePartsOf(
    schoolId: string,
    ids: string[],
  ): Promise<Map<string, Pick<PupilRecord, 'legalFirstName' | 'legalLastName' | 'preferredName'>>>;
  /** Display names of many pupils at once (scoped to the school). */
  namesOf(
    schoolId: string,
    ids: string[],
  ): Promise<Map<string, { displayName: string; yearGroup: string; senFlag: boolean }>>;
}

/** An identity change an import found and left for a person to decide. */
export interface IdentityFlagRow {
  id: string;
  schoolId: string;
  pupilId: string;
  change: IdentityChange;
  currentValue: string | null;
  incomingValue: string;
  incoming: PupilInput;
  source: string;
  createdAt: string;
  resolvedAt: string | null;
  resolvedBy: string | null;
  resolution: 'accepted' | 'dismissed' | null;
}

/** Whole-school reads and writes for imports, sized for tens of thousands of pupils. */
export interface RosterRepo {
  /** Every pupil of the school with their contacts. */
  everyone(schoolId: string): Promise<PupilRecord[]>;
  createMany(
    schoolId: string,
    rows: { id: string; input: PupilInput }[],
    at: Date,
    /** Told how many are written so far, after each batch. */
    onBatch?: (written: number) => void,
  ): Promise<void>;
  addFlags(rows: IdentityFlagRow[]): Promise<void>;
  openFlags(schoolId: string): Promise<IdentityFlagRow[]>;
  getFlag(schoolId: string, id: string): Promise<IdentityFlagRow | null>;
  resolveFlag(
    schoolId: string,
    id: string,
    r: { at: string; by: string; resolution: 'accepted' | 'dismissed' },
  ): Promise<void>;
}
