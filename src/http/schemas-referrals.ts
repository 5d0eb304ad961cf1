import { z } from 'zod';
import { RULE_IDS } from '../core/deadlines/rules.ts';
import { REFERRAL_STATES } from '../core/referrals/referral.ts';

const person = z.object({ id: z.string(), fullName: z.string() });
const nullable = z.string().nullable();

export const deadlineSchema = z.object({
  id: z.string(),
  rule: z.enum(RULE_IDS),
  label: z.string(),
  source: z.string(),
  subjectType: z.enum(['concern', 'referral', 'meeting', 'allegation', 'attendance', 'action']),
  subjectId: z.string(),
  pupilId: nullable,
  pupilName: nullable,
  ownerId: nullable,
  ownerName: nullable,
  startsAt: z.string(),
  dueAt: z.string(),
  remindAt: nullable,
  basis: z.string().describe('How the due time was worked out, in words'),
  state: z.enum(['open', 'met', 'missed', 'waived']),
  overdue: z.boolean(),
  closedAt: nullable,
  waivedReason: nullable,
});

export const ruleSettingSchema = z.object({
  rule: z.enum(RULE_IDS),
  label: z.string(),
  source: z.string(),
  clock: z.string(),
  setting: z
    .object({ label: z.string(), min: z.number(), max: z.number(), value: z.number() })
    .nullable(),
});

export const referralSchema = z.object({
  id: z.string(),
  pupilId: z.string(),
  pupilName: z.string(),
  concernId: nullable,
  agency: z.string(),
  agencyLabel: z.string(),
  agencyName: z.string(),
  method: z.string(),
  urgent: z.boolean(),
  fgm: z.boolean(),
  withoutDsl: z.boolean(),
  abuseCategory: nullable,
  state: z.enum(REFERRAL_STATES),
  agencyReference: nullable,
  madeBy: person,
  madeAt: nullable,
  acknowledgedAt: nullable,
  outcome: nullable,
  outcomeLabel: nullable,
  outcomeAt: nullable,
  outcomeNotes: z.string(),
  closureReason: nullable,
  closedAt: nullable,
  withdrawnAt: nullable,
  withdrawnReason: z.string(),
  reason: z.string(),
  events: z.array(z.enum(['make', 'acknowledge', 'record_outcome', 'close', 'withdraw'])),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const disclosureSchema = z.object({
  id: z.string(),
  kind: z.enum(['parents', 'sharing']),
  pupilId: z.string(),
  concernId: nullable,
  referralId: nullable,
  decision: z.string(),
  basis: nullable,
  basisLabel: nullable,
  at: z.string(),
  by: person,
  details: z.object({
    whoTold: z.string().optional(),
    reason: z.string().optional(),
    sharedWith: z.string().optional(),
    what: z.string().optional(),
    why: z.string().optional(),
  }),
});

export const meetingSchema = z.object({
  id: z.string(),
  pupilId: z.string(),
  kind: z.enum(['strategy_discussion', 'icpc', 'core_group', 'review_conference']),
  heldAt: z.string(),
  notes: z.string(),
  recordedBy: person,
});

const option = z.object({ code: z.string(), label: z.string() });
export const referralOptionsSchema = z.object({
  agencies: z.array(option),
  methods: z.array(option),
  outcomes: z.array(option),
  abuseCategories: z.array(option),
  closureReasons: z.array(option),
  parentReasons: z.array(option),
  lawfulBases: z.array(option),
  meetingKinds: z.array(option),
});

export const calendarEntrySchema = z.object({
  id: z.string(),
  kind: z.enum(['term', 'inset', 'closure', 'holiday']),
  name: z.string(),
  first: z.string(),
  last: z.string(),
});
