import type { CodeLabel, ReferralEvent, ReferralState } from '../../api/types';
import type { TagColour } from '../../components/Tag';
import type { Option } from '../../lib/yearGroups';

export const REFERRAL_STATES: Record<ReferralState, { text: string; colour: TagColour }> = {
  draft: { text: 'Draft: not made yet', colour: 'grey' },
  made: { text: 'Made', colour: 'blue' },
  acknowledged: { text: 'Acknowledged by the agency', colour: 'light-blue' },
  outcome_recorded: { text: 'Outcome recorded', colour: 'green' },
  closed: { text: 'Closed', colour: 'grey' },
  withdrawn: { text: 'Withdrawn', colour: 'grey' },
};

/** What each step's button and form are called. */
export const EVENT_LABELS: Record<ReferralEvent, string> = {
  make: 'Mark as made',
  acknowledge: 'Agency acknowledged it',
  record_outcome: 'Record the outcome',
  close: 'Close the referral',
  withdraw: 'Withdraw the referral',
};

export const EVENT_ORDER: ReferralEvent[] = [
  'make',
  'acknowledge',
  'record_outcome',
  'close',
  'withdraw',
];

export const toOptions = (list: CodeLabel[] | undefined): Option[] =>
  (list ?? []).map((o) => ({ value: o.code, label: o.label }));

export function labelIn(list: CodeLabel[] | undefined, code: string | null): string | null {
  if (!code) return null;
  return list?.find((o) => o.code === code)?.label ?? code;
}

export const CHILDRENS_HUB = 'childrens_hub';
export const OTHER_AGENCY = 'other';
