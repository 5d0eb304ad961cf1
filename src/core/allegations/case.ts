/**
 * Concerns about adults who work with children (policy §10, KCSIE part 4): the words, the stages
 * and the rules, pure. A case starts as a concern; the case manager decides whether it meets the
 * harm threshold (an allegation, for the LADO) or is a low-level concern (U02).
 */

export const RELATIONSHIPS = [
  'staff',
  'volunteer',
  'contractor',
  'supply',
  'governor',
  'other',
] as const;
export type Relationship = (typeof RELATIONSHIPS)[number];

export const RELATIONSHIP_LABELS: Record<Relationship, string> = {
  staff: 'Member of staff',
  volunteer: 'Volunteer',
  contractor: 'Contractor',
  supply: 'Supply or agency staff',
  governor: 'Governor',
  other: 'Other adult working with children',
};

export const THRESHOLDS = ['allegation', 'low_level'] as const;
export type Threshold = (typeof THRESHOLDS)[number];

export const THRESHOLD_LABELS: Record<Threshold, string> = {
  allegation: 'Allegation: meets the harm threshold',
  low_level: 'Low-level concern: below the harm threshold',
};

export const OUTCOMES = [
  'substantiated',
  'unsubstantiated',
  'unfounded',
  'false',
  'malicious',
] as const;
export type CaseOutcome = (typeof OUTCOMES)[number];

export const OUTCOME_LABELS: Record<CaseOutcome, string> = {
  substantiated: 'Substantiated: there is sufficient evidence to prove the allegation',
  unsubstantiated: 'Unsubstantiated: there is insufficient evidence either to prove or disprove it',
  unfounded: 'Unfounded: no evidence or basis to support it',
  false: 'False: sufficient evidence to disprove it',
  malicious: 'Malicious: sufficient evidence to disprove it and a deliberate act to deceive',
};

export const INVESTIGATION_STEPS = [
  'interview',
  'statement',
  'risk_assessment',
  'suspension',
  'hr_meeting',
  'police',
  'other',
] as const;
export type InvestigationStep = (typeof INVESTIGATION_STEPS)[number];

export const INVESTIGATION_STEP_LABELS: Record<InvestigationStep, string> = {
  interview: 'Interview',
  statement: 'Statement taken',
  risk_assessment: 'Risk assessment',
  suspension: 'Suspension or alternative arrangements',
  hr_meeting: 'HR meeting',
  police: 'Police involvement',
  other: 'Other step',
};

export const ENTRY_KINDS = [
  'raised',
  'routed',
  'member_added',
  'threshold',
  'lado_contact',
  'investigation',
  'note',
  'outcome',
] as const;
export type CaseEntryKind = (typeof ENTRY_KINDS)[number];

export type CaseStage =
  'awaiting_decision' | 'awaiting_lado' | 'investigating' | 'low_level' | 'closed';

export const STAGE_LABELS: Record<CaseStage, string> = {
  awaiting_decision: 'Awaiting the case manager’s decision',
  awaiting_lado: 'Allegation: the LADO must be told',
  investigating: 'Allegation: LADO informed',
  low_level: 'Low-level concern',
  closed: 'Closed',
};

export interface CaseState {
  threshold: Threshold | null;
  ladoContactedAt: string | null;
  outcome: CaseOutcome | null;
}

export function stageOf(c: CaseState): CaseStage {
  if (c.outcome) return 'closed';
  if (c.threshold === 'low_level') return 'low_level';
  if (c.threshold === 'allegation') return c.ladoContactedAt ? 'investigating' : 'awaiting_lado';
  return 'awaiting_decision';
}

/**
 * Nothing is investigated before the LADO has been spoken to (D42): an undecided case and an
 * allegation without recorded LADO contact are locked; a low-level concern has no LADO step.
 */
export const investigationUnlocked = (c: CaseState): boolean =>
  c.threshold === 'low_level' || (c.threshold === 'allegation' && c.ladoContactedAt !== null);

/** Where a concern about an adult goes, and why, in the rule's own order (D41). */
export type Route = 'headteacher' | 'deputy_head' | 'chair_of_governors';

export const ROUTE_LABELS: Record<Route, string> = {
  headteacher: 'headteacher',
  deputy_head: 'deputy headteacher (the headteacher is unavailable)',
  chair_of_governors: 'chair of governors',
};

export interface Candidate {
  id: string;
  roles: readonly string[];
  /** Not disabled and not marked unavailable now. */
  available: boolean;
}

/**
 * The case manager: the headteacher; the deputy head when the head is unavailable (or is the one
 * it is about and so cannot manage it, when there is no chair); about the headteacher, the chair
 * of governors. The adult it is about is never chosen, whatever roles they hold.
 */
export function routeCase(
  subjectStaffId: string | null,
  subjectRoles: readonly string[],
  people: readonly Candidate[],
): { route: Route; managerId: string } | null {
  const pick = (role: Route) =>
    people.find((p) => p.available && p.id !== subjectStaffId && p.roles.includes(role));
  const order: Route[] = subjectRoles.includes('headteacher')
    ? ['chair_of_governors', 'deputy_head']
    : ['headteacher', 'deputy_head', 'chair_of_governors'];
  for (const route of order) {
    const found = pick(route);
    if (found) return { route, managerId: found.id };
  }
  return null;
}

export interface RetentionSettings {
  /** Normal pension age, in years. */
  pensionAge: number;
  /** Years from the allegation that a kept record stays, at least. */
  keepYears: number;
  /** Years a false or malicious case record stays (apart from the personnel file). */
  removedKeepYears: number;
}

export const DEFAULT_RETENTION: RetentionSettings = {
  pensionAge: 67,
  keepYears: 10,
  removedKeepYears: 0,
};

export interface Retention {
  rule: 'keep' | 'remove_from_personnel_file';
  label: string;
  retainUntil: string;
  personnelFile: 'keep' | 'remove';
}

const addYears = (iso: string, years: number): Date => {
  const d = new Date(iso);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return d;
};

/** Outcomes kept until the later of normal pension age or the minimum years (U07). */
export const needsDateOfBirth = (o: CaseOutcome): boolean => o !== 'false' && o !== 'malicious';

/**
 * What happens to the record: false and malicious allegations are removed from the person's file
 * (and the case record goes after the school's number of years); the rest are kept until the
 * later of normal pension age or the minimum years from the allegation.
 */
export function retentionFor(
  outcome: CaseOutcome,
  at: { raisedAt: string; outcomeAt: string; subjectDateOfBirth: string | null },
  s: RetentionSettings,
): Retention {
  if (!needsDateOfBirth(outcome)) {
    return {
      rule: 'remove_from_personnel_file',
      label:
        s.removedKeepYears > 0
          ? `Removed from the person’s file; the case record is kept apart for ${s.removedKeepYears} years`
          : 'Removed from the person’s file; the case record goes at the next retention sweep',
      retainUntil: addYears(at.outcomeAt, s.removedKeepYears).toISOString(),
      personnelFile: 'remove',
    };
  }
  const minimum = addYears(at.raisedAt, s.keepYears);
  const pension = at.subjectDateOfBirth
    ? addYears(`${at.subjectDateOfBirth}T00:00:00Z`, s.pensionAge)
    : minimum;
  const until = pension > minimum ? pension : minimum;
  return {
    rule: 'keep',
    label: `Kept until the later of normal pension age (${s.pensionAge}) or ${s.keepYears} years from the allegation`,
    retainUntil: until.toISOString(),
    personnelFile: 'keep',
  };
}

export interface PatternSettings {
  /** Low-level concerns about the same adult that make a pattern. */
  count: number;
  /** Months looked back. */
  months: number;
}

export const DEFAULT_PATTERN: PatternSettings = { count: 2, months: 12 };

/** The low-level concerns about one adult inside the window, when there are enough of them. */
export function patternAmong<T extends { raisedAt: string }>(
  lowLevel: readonly T[],
  now: Date,
  s: PatternSettings,
): T[] | null {
  const from = new Date(now);
  from.setUTCMonth(from.getUTCMonth() - s.months);
  const inWindow = lowLevel.filter((c) => new Date(c.raisedAt) >= from);
  return inWindow.length >= s.count ? inWindow : null;
}

/** A name as matched for patterns: case, spacing and accents ignored. */
export const normaliseName = (name: string): string =>
  name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
