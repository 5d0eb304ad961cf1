import { z } from 'zod';
import { CIN_CATEGORY_OF_ABUSE, CIN_REASON_FOR_CLOSURE } from './cin-codes.ts';

/** Who a school refers to. 'other' names the agency in the referral's details. */
export const AGENCIES = {
  childrens_hub: 'Children and Families Hub (MASH)',
  police: 'Police',
  channel: 'Channel (Prevent)',
  mace: 'MACE (missing and child exploitation)',
  lado: 'LADO',
  camhs: 'CAMHS',
  early_help: 'Early help',
  health: 'Health (GP, school nurse, health visitor)',
  other: 'Other agency',
} as const;
export type BuiltInAgency = keyof typeof AGENCIES;

export const METHODS = {
  phone: 'By phone',
  portal: 'Through the local portal',
  email: 'By secure email',
  in_person: 'In person',
  letter: 'By letter or form',
} as const;
export type Method = keyof typeof METHODS;

export const REFERRAL_STATES = [
  'draft',
  'made',
  'acknowledged',
  'outcome_recorded',
  'closed',
  'withdrawn',
] as const;
export type ReferralState = (typeof REFERRAL_STATES)[number];

/** What the agency decided, as a school hears it back. */
export const OUTCOMES = {
  no_further_action: 'No further action',
  early_help: 'Early help offered',
  assessment: 'Child and family assessment',
  section_17: 'Child in need (section 17)',
  section_47: 'Child protection enquiry (section 47)',
  strategy_discussion: 'Strategy discussion held',
  police_investigation: 'Police investigation',
  channel_panel: 'Taken to Channel panel',
  advice_given: 'Advice given to the school',
  other: 'Other',
} as const;
export type ReferralOutcome = keyof typeof OUTCOMES;

export type ReferralEvent = 'make' | 'acknowledge' | 'record_outcome' | 'close' | 'withdraw';

/** The referral's state machine: each event and the states it may leave from. */
const TRANSITIONS: Record<ReferralEvent, { from: readonly ReferralState[]; to: ReferralState }> = {
  make: { from: ['draft'], to: 'made' },
  acknowledge: { from: ['made'], to: 'acknowledged' },
  record_outcome: { from: ['made', 'acknowledged'], to: 'outcome_recorded' },
  close: { from: ['outcome_recorded'], to: 'closed' },
  withdraw: { from: ['draft', 'made', 'acknowledged'], to: 'withdrawn' },
};

/** The state after `event`, or null when the event is not allowed from `state`. */
export function transition(state: ReferralState, event: ReferralEvent): ReferralState | null {
  const t = TRANSITIONS[event];
  return t.from.includes(state) ? t.to : null;
}

/** Events allowed from a state, for the UI's buttons. */
export const eventsFrom = (state: ReferralState): ReferralEvent[] =>
  (Object.keys(TRANSITIONS) as ReferralEvent[]).filter((e) => transition(state, e) !== null);

const keys = <T extends object>(o: T) =>
  Object.keys(o) as [keyof T & string, ...(keyof T & string)[]];
const text = (max: number) => z.string().trim().max(max);
const isoInstant = z.iso.datetime({ offset: true, message: 'Enter a date and time' });

export const referralInputSchema = z
  .object({
    pupilId: z.uuid('Choose a pupil'),
    concernId: z.uuid().nullable().default(null),
    /** A built-in agency's code or one of the school's own; checked against the school's list. */
    agency: z.string('Choose an agency').trim().min(1, 'Choose an agency').max(60),
    agencyName: text(200).default(''),
    method: z.enum(keys(METHODS), 'Choose how the referral was made'),
    urgent: z.boolean().default(false),
    abuseCategory: z.enum(keys(CIN_CATEGORY_OF_ABUSE)).nullable().default(null),
    reason: text(20_000).min(1, 'Enter the reason for the referral'),
    /** Omitted: saved as a draft. Given: the referral was made at this time. */
    madeAt: isoInstant.nullable().default(null),
    agencyReference: text(100).default(''),
  })
  .refine((r) => r.agency !== 'other' || r.agencyName.length > 0, {
    path: ['agencyName'],
    message: 'Name the agency',
  });
export type ReferralInput = z.infer<typeof referralInputSchema>;

export const outcomeInputSchema = z.object({
  outcome: z.enum(keys(OUTCOMES), 'Choose the outcome'),
  outcomeAt: isoInstant,
  notes: text(20_000).default(''),
  agencyReference: text(100).default(''),
});

export const closeInputSchema = z.object({
  closureReason: z.enum(keys(CIN_REASON_FOR_CLOSURE)).nullable().default(null),
});

export const withdrawInputSchema = z.object({
  reason: text(2_000).min(1, 'Enter why the referral is withdrawn'),
});

export const CLOSURE_LABELS = CIN_REASON_FOR_CLOSURE;
