import type {
  AdultRelationship,
  AllegationSummary,
  CaseEntryKind,
  CaseOutcome,
  CaseRoute,
  CaseStage,
  InvestigationStepKind,
  ThresholdDecision,
} from '../../api/types';
import type { TagColour } from '../../components/Tag';
import type { RadioOption } from '../../components/Radios';

/** How the adult relates to the school, for someone without a Haven account. */
export const RELATIONSHIPS: { value: AdultRelationship; label: string }[] = [
  { value: 'volunteer', label: 'Volunteer' },
  { value: 'contractor', label: 'Contractor' },
  { value: 'supply', label: 'Supply or agency staff' },
  { value: 'governor', label: 'Governor' },
  { value: 'staff', label: 'Member of staff' },
  { value: 'other', label: 'Someone else' },
];

export const THRESHOLDS: (RadioOption & { value: ThresholdDecision })[] = [
  {
    value: 'allegation',
    label: 'Allegation: it meets the harm threshold',
    hint: 'They may have harmed a child, committed a criminal offence against or related to a child, or behaved in a way that shows they may pose a risk of harm or may not be suitable to work with children. Tell the LADO within one working day.',
  },
  {
    value: 'low_level',
    label: 'Low-level concern: it does not meet the harm threshold',
    hint: 'Behaviour that is not consistent with the staff code of conduct, however small, but does not meet the harm threshold.',
  },
];

/** Keeping children safe in education's five outcomes of an allegation. */
export const OUTCOMES: (RadioOption & { value: CaseOutcome })[] = [
  {
    value: 'substantiated',
    label: 'Substantiated',
    hint: 'There is enough evidence to prove the allegation.',
  },
  {
    value: 'unsubstantiated',
    label: 'Unsubstantiated',
    hint: 'There is not enough evidence either to prove or disprove the allegation.',
  },
  {
    value: 'unfounded',
    label: 'Unfounded',
    hint: 'There is no evidence or proper basis which supports the allegation.',
  },
  {
    value: 'false',
    label: 'False',
    hint: 'There is enough evidence to disprove the allegation.',
  },
  {
    value: 'malicious',
    label: 'Malicious',
    hint: 'There is enough evidence to disprove the allegation, and it was a deliberate act to deceive or cause harm.',
  },
];

/** Outcomes kept until normal pension age, which needs the adult's date of birth. */
export const NEEDS_DATE_OF_BIRTH: readonly CaseOutcome[] = [
  'substantiated',
  'unsubstantiated',
  'unfounded',
];

export const STEP_KINDS: { value: InvestigationStepKind; label: string }[] = [
  { value: 'interview', label: 'Interview' },
  { value: 'statement', label: 'Written statement' },
  { value: 'risk_assessment', label: 'Risk assessment' },
  { value: 'suspension', label: 'Suspension or other arrangement' },
  { value: 'hr_meeting', label: 'HR meeting' },
  { value: 'police', label: 'Police involvement' },
  { value: 'other', label: 'Something else' },
];

const ENTRY_KINDS: Record<CaseEntryKind, string> = {
  raised: 'Raised',
  routed: 'Sent to the case manager',
  member_added: 'Person added',
  threshold: 'Threshold decision',
  lado_contact: 'LADO contacted',
  investigation: 'Investigation step',
  note: 'Note',
  outcome: 'Outcome',
};

const ROUTES: Record<CaseRoute, string> = {
  headteacher: 'Headteacher',
  deputy_head: 'Deputy headteacher (the headteacher was not available)',
  chair_of_governors: 'Chair of governors (it is about the headteacher)',
};

function labelOf(list: readonly { value: string; label: string }[], value: string): string {
  return list.find((o) => o.value === value)?.label ?? value;
}

export const relationshipLabel = (r: string) => labelOf(RELATIONSHIPS, r);
export const outcomeLabel = (o: string) => labelOf(OUTCOMES, o);
export const stepKindLabel = (k: string) => labelOf(STEP_KINDS, k);
export const entryKindLabel = (k: CaseEntryKind) => ENTRY_KINDS[k] ?? k;
export const routeLabel = (r: CaseRoute) => ROUTES[r] ?? r;
export const myRoleLabel = (r: 'manager' | 'member') =>
  r === 'manager' ? 'Case manager' : 'Added to the case';

/** Where a case has got to, in words (never colour alone). */
export function stageInWords(
  stage: CaseStage,
  outcome: CaseOutcome | null,
): { text: string; colour: TagColour } {
  switch (stage) {
    case 'awaiting_decision':
      return { text: 'Threshold decision needed', colour: 'orange' };
    case 'awaiting_lado':
      return { text: 'Allegation: tell the LADO', colour: 'red' };
    case 'investigating':
      return { text: 'Allegation: being investigated', colour: 'blue' };
    case 'low_level':
      return { text: 'Low-level concern', colour: 'light-blue' };
    case 'closed':
      return {
        text: outcome ? `Closed: ${outcomeLabel(outcome).toLowerCase()}` : 'Closed',
        colour: 'grey',
      };
  }
}

export const summaryStage = (s: AllegationSummary) => stageInWords(s.stage, s.outcome);
