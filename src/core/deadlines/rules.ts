import type { Role } from '../access/roles.ts';

/** Who is alerted at a step: the deadline's owner, or everyone available in these roles. */
export type Rung = 'owner' | readonly Role[];

export type DeadlineClock =
  | { kind: 'minutes'; minutes: number }
  | { kind: 'working_days'; days: number }
  | { kind: 'end_of_next_working_day' }
  /** The end of a school day someone chose (an action's due date), given when the clock opens. */
  | { kind: 'by_date' }
  | { kind: 'months'; months: number };

export interface DeadlineRule {
  id: RuleId;
  /** What must happen, as the owner reads it on the dashboard. */
  label: string;
  /** Where the duty comes from. */
  source: string;
  clock: DeadlineClock;
  /** The clock's number, when a school may change it (local procedure varies). */
  setting?: { label: string; min: number; max: number };
  /** Working days before the due day that the owner is reminded at 09:00; null for no reminder. */
  remindWorkingDaysBefore: number | null;
  /** Alerted in turn: the first at the due time, each next one a step later. */
  escalation: readonly Rung[];
  /** The step between rungs: a working day, or the clock's own length again (urgent minutes). */
  escalateEvery: 'working_day' | 'clock';
  /** How alerts read: about a deadline, or (urgent concerns) as the concern's own escalation. */
  alertsAs: 'deadline' | 'concern';
}

export const RULE_IDS = [
  'urgent_ack',
  'fgm_police',
  'referral_follow_up',
  'icpc',
  'core_group',
  'cp_review_first',
  'cp_review',
  'lado_inform',
  'la_absence_notify',
  'reconsideration_answer',
  'action_due',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

const DSL_TEAM: readonly Role[] = ['dsl', 'deputy_dsl'];
const HEAD: readonly Role[] = ['headteacher'];
const CHAIR: readonly Role[] = ['chair_of_governors'];
const DSL_AND_LEADERS: readonly Role[] = [...DSL_TEAM, 'headteacher', 'deputy_head'];

/**
 * The statutory and local clocks Haven ships. Rules are data: the clock, the reminder and the
 * escalation chain are read from here, and a school overrides the number where `setting` allows.
 */
export const DEADLINE_RULES: Record<RuleId, DeadlineRule> = {
  urgent_ack: {
    id: 'urgent_ack',
    label: 'Acknowledge the urgent concern',
    source: 'Policy §5: a child at risk of immediate harm is acted on at once (D05, D17)',
    clock: { kind: 'minutes', minutes: 15 },
    setting: { label: 'Minutes an urgent concern may wait to be acknowledged', min: 5, max: 120 },
    remindWorkingDaysBefore: null,
    // Each alert goes to everyone so far and one rung more: nobody waits on one absent person.
    escalation: [DSL_AND_LEADERS, [...DSL_AND_LEADERS, ...CHAIR]],
    escalateEvery: 'clock',
    alertsAs: 'concern',
  },
  fgm_police: {
    id: 'fgm_police',
    label: 'Report the known case of FGM to the police yourself (ring 101)',
    source:
      'FGM mandatory reporting duty (Serious Crime Act 2015): by the end of the next working day',
    clock: { kind: 'end_of_next_working_day' },
    remindWorkingDaysBefore: 0,
    escalation: ['owner', DSL_TEAM, HEAD, CHAIR],
    escalateEvery: 'working_day',
    alertsAs: 'deadline',
  },
  referral_follow_up: {
    id: 'referral_follow_up',
    label: 'Chase the referral: no outcome recorded yet',
    source: 'Local procedure: if no outcome is heard, the referrer follows it up',
    clock: { kind: 'working_days', days: 3 },
    setting: { label: 'Working days to wait for a referral outcome', min: 1, max: 20 },
    remindWorkingDaysBefore: 1,
    escalation: ['owner', DSL_TEAM, HEAD],
    escalateEvery: 'working_day',
    alertsAs: 'deadline',
  },
  icpc: {
    id: 'icpc',
    label: 'Initial child protection conference due',
    source: 'Working Together: within 15 working days of the strategy discussion',
    clock: { kind: 'working_days', days: 15 },
    remindWorkingDaysBefore: 3,
    escalation: ['owner', DSL_TEAM, HEAD],
    escalateEvery: 'working_day',
    alertsAs: 'deadline',
  },
  core_group: {
    id: 'core_group',
    label: 'First core group meeting due',
    source: 'Working Together: within 10 working days of the initial conference',
    clock: { kind: 'working_days', days: 10 },
    remindWorkingDaysBefore: 2,
    escalation: ['owner', DSL_TEAM, HEAD],
    escalateEvery: 'working_day',
    alertsAs: 'deadline',
  },
  cp_review_first: {
    id: 'cp_review_first',
    label: 'First child protection review conference due',
    source: 'Working Together: within 3 months of the initial conference',
    clock: { kind: 'months', months: 3 },
    remindWorkingDaysBefore: 10,
    escalation: ['owner', DSL_TEAM, HEAD],
    escalateEvery: 'working_day',
    alertsAs: 'deadline',
  },
  cp_review: {
    id: 'cp_review',
    label: 'Child protection review conference due',
    source: 'Working Together: then at intervals of no more than 6 months',
    clock: { kind: 'months', months: 6 },
    remindWorkingDaysBefore: 10,
    escalation: ['owner', DSL_TEAM, HEAD],
    escalateEvery: 'working_day',
    alertsAs: 'deadline',
  },
  // A concern about an adult (D41, D42): started when it is raised, met by recording LADO contact,
  // stood down by a low-level decision. Escalates to the chair, never through the DSL team; the
  // sweeper leaves out the adult it is about.
  lado_inform: {
    id: 'lado_inform',
    label: 'Decide on the concern about an adult and, if it is an allegation, tell the LADO',
    source: 'Policy §10 and KCSIE part 4: the LADO is informed within one working day (D42)',
    clock: { kind: 'working_days', days: 1 },
    remindWorkingDaysBefore: 0,
    escalation: ['owner', CHAIR],
    escalateEvery: 'working_day',
    alertsAs: 'deadline',
  },
  // Opened when a pupil's marks reach 10 school days in a row of unauthorised absence (D10);
  // met by recording who at the local authority was told. The guidance sets no number of days,
  // so Haven asks for the next working day and lets a school allow up to five.
  la_absence_notify: {
    id: 'la_absence_notify',
    label: 'Tell the local authority: 10 school days of continuous unauthorised absence',
    source:
      'Policy (children missing education) and Working together to improve school attendance (2024): the local authority is told of 10 continuous school days of unauthorised absence (D10, U06)',
    clock: { kind: 'working_days', days: 1 },
    setting: { label: 'Working days to tell the local authority', min: 1, max: 5 },
    remindWorkingDaysBefore: 0,
    escalation: ['owner', DSL_TEAM, HEAD],
    escalateEvery: 'working_day',
    alertsAs: 'deadline',
  },
  // Opened when a recorder presses for reconsideration, met by the DSL's answer (D19). The policy
  // sets no number; two working days lets the DSL look again without leaving the colleague unheard.
  reconsideration_answer: {
    id: 'reconsideration_answer',
    label: 'Answer the colleague who asked for the concern to be reconsidered',
    source:
      'Policy: staff who still have concerns can press for reconsideration, which the DSL must answer on the record (D19)',
    clock: { kind: 'working_days', days: 2 },
    setting: { label: 'Working days to answer a request for reconsideration', min: 1, max: 5 },
    remindWorkingDaysBefore: 1,
    escalation: ['owner', DSL_TEAM, HEAD],
    escalateEvery: 'working_day',
    alertsAs: 'deadline',
  },
  // An action the DSL team set, due by the date they chose (D30): its owner is reminded the
  // working day before; left undone, the DSL team hears of it.
  action_due: {
    id: 'action_due',
    label: 'Do the safeguarding action you were given',
    source: 'The DSL team set this action on a concern, with its due date (D30)',
    clock: { kind: 'by_date' },
    remindWorkingDaysBefore: 1,
    escalation: ['owner', DSL_TEAM],
    escalateEvery: 'working_day',
    alertsAs: 'deadline',
  },
};

/** The clock with a school's own number applied, where the rule allows one. */
export function clockFor(rule: DeadlineRule, setting: number | undefined): DeadlineClock {
  if (setting === undefined || !rule.setting) return rule.clock;
  if (rule.clock.kind === 'minutes') return { kind: 'minutes', minutes: setting };
  if (rule.clock.kind === 'working_days') return { kind: 'working_days', days: setting };
  if (rule.clock.kind === 'months') return { kind: 'months', months: setting };
  return rule.clock;
}
