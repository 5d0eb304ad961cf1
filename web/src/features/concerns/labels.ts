import type {
  ChildRole,
  ConcernStatus,
  EntryKind,
  MarkType,
  NotificationKind,
  Outcome,
} from '../../api/types';
import type { TagColour } from '../../components/Tag';
import type { Option } from '../../lib/yearGroups';

export const CHILD_ROLES: { value: ChildRole; label: string }[] = [
  { value: 'subject', label: 'Subject of concern' },
  { value: 'victim', label: 'Victim' },
  { value: 'alleged_perpetrator', label: 'Alleged perpetrator' },
  { value: 'witness', label: 'Witness' },
  { value: 'mentioned', label: 'Mentioned' },
];

export const MARK_TYPES: { value: MarkType; label: string }[] = [
  { value: 'bruise', label: 'Bruise' },
  { value: 'cut', label: 'Cut or graze' },
  { value: 'burn', label: 'Burn' },
  { value: 'mark', label: 'Mark' },
  { value: 'other', label: 'Other' },
];

export const OUTCOMES: { value: Outcome; label: string }[] = [
  { value: 'no_further_action', label: 'No further action (closes the concern)' },
  { value: 'monitor', label: 'Monitor in school' },
  { value: 'early_help', label: 'Early help' },
  { value: 'referral', label: 'Referral to children’s social care' },
  { value: 'other', label: 'Other' },
];

export const ENTRY_KINDS: { value: EntryKind; label: string }[] = [
  { value: 'concern', label: 'Concern' },
  { value: 'addendum', label: 'Added information' },
  { value: 'decision', label: 'Decision' },
  { value: 'action', label: 'Action' },
  { value: 'note', label: 'Contact note' },
  { value: 'document', label: 'Document' },
];

export const NOTIFICATION_KINDS: Record<NotificationKind, string> = {
  new_concern: 'New concern',
  urgent_concern: 'Urgent concern',
  escalation: 'Concern not yet acknowledged',
  reconsideration: 'Reconsideration',
  reconsideration_answered: 'Your request to reconsider has been answered',
  addendum: 'New information on a concern',
  deadline_reminder: 'Deadline coming up',
  deadline_missed: 'Deadline passed',
  deadline_escalation: 'Missed deadline needs you',
  staff_referral: 'Referral made by a colleague',
  allegation: 'Concern about an adult',
  allegation_pattern: 'Repeated low-level concerns about an adult',
  attendance_la_notice: '10 school days absent: tell the local authority',
  plan_absence: 'Child on a plan marked absent',
  file_shared: 'A file has been shared with you',
  concern_action: 'An action has been given to you',
};

export const YES_NO: Option[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];

function labelOf(list: readonly { value: string; label: string }[], value: string): string {
  return list.find((o) => o.value === value)?.label ?? value;
}

export const childRoleLabel = (role: string) => labelOf(CHILD_ROLES, role);
export const markTypeLabel = (type: string) => labelOf(MARK_TYPES, type);
export const outcomeLabel = (outcome: string) =>
  outcome === 'no_further_action' ? 'No further action' : labelOf(OUTCOMES, outcome);
export const entryKindLabel = (kind: string) => labelOf(ENTRY_KINDS, kind);

/** What the recorder sees: Received / Being handled / Closed. */
export function recorderStatus(status: ConcernStatus): { text: string; colour: TagColour } {
  if (status === 'closed') return { text: 'Closed', colour: 'grey' };
  if (status === 'in_progress' || status === 'waiting')
    return { text: 'Being handled', colour: 'blue' };
  return { text: 'Received', colour: 'green' };
}

/** What the DSL team sees. */
export function teamStatus(status: ConcernStatus): { text: string; colour: TagColour } {
  if (status === 'closed') return { text: 'Closed', colour: 'grey' };
  if (status === 'in_progress') return { text: 'In progress', colour: 'blue' };
  if (status === 'waiting') return { text: 'Waiting', colour: 'yellow' };
  return { text: 'New', colour: 'light-blue' };
}
