import { z } from 'zod';

/** Why parents or carers were not told (D18): the exceptions the policy allows. */
export const PARENT_REASONS = {
  greater_risk: 'Telling them would put the child at greater risk',
  impede_investigation: 'Telling them would impede a police or social care investigation',
  agency_advice: 'The Children and Families Hub or the police advised not to',
  other: 'Another reason (explained below)',
} as const;

/** The lawful basis for sharing (D37), as the DfE's information-sharing advice names them. */
export const LAWFUL_BASES = {
  public_task: 'UK GDPR Art. 6(1)(e) public task',
  legal_obligation: 'UK GDPR Art. 6(1)(c) legal obligation',
  vital_interests: 'UK GDPR Art. 6(1)(d) vital interests',
  consent: 'UK GDPR Art. 6(1)(a) consent',
  safeguarding: 'DPA 2018 Sch. 1 para. 18: safeguarding of children (special category data)',
} as const;

const keys = <T extends object>(o: T) =>
  Object.keys(o) as [keyof T & string, ...(keyof T & string)[]];
const isoInstant = z.iso.datetime({ offset: true, message: 'Enter a date and time' });
const links = {
  pupilId: z.uuid('Choose a pupil'),
  concernId: z.uuid().nullable().default(null),
  referralId: z.uuid().nullable().default(null),
};

export const parentsInputSchema = z
  .object({
    ...links,
    told: z.boolean('Say whether parents or carers were told'),
    at: isoInstant,
    whoTold: z.string().trim().max(200).default(''),
    reasonCode: z.enum(keys(PARENT_REASONS)).nullable().default(null),
    reason: z.string().trim().max(5_000).default(''),
  })
  .refine((p) => !p.told || p.whoTold.length > 0, {
    path: ['whoTold'],
    message: 'Say who told them',
  })
  .refine((p) => p.told || p.reasonCode !== null, {
    path: ['reasonCode'],
    message: 'Choose why they were not told',
  })
  .refine((p) => p.told || p.reason.length > 0, {
    path: ['reason'],
    message: 'Explain why they were not told',
  });
export type ParentsInput = z.infer<typeof parentsInputSchema>;

export const sharingInputSchema = z.object({
  ...links,
  sharedWith: z.string().trim().min(1, 'Enter who the information was shared with').max(200),
  what: z.string().trim().min(1, 'Enter what was shared').max(5_000),
  why: z.string().trim().min(1, 'Enter why it was shared').max(5_000),
  lawfulBasis: z.enum(keys(LAWFUL_BASES), 'Choose the lawful basis'),
  at: isoInstant,
});
export type SharingInput = z.infer<typeof sharingInputSchema>;

export const MEETING_KINDS = {
  strategy_discussion: 'Strategy discussion',
  icpc: 'Initial child protection conference',
  core_group: 'Core group meeting',
  review_conference: 'Child protection review conference',
} as const;

export const meetingInputSchema = z.object({
  pupilId: z.uuid('Choose a pupil'),
  kind: z.enum(keys(MEETING_KINDS), 'Choose the kind of meeting'),
  heldAt: isoInstant,
  notes: z.string().trim().max(20_000).default(''),
});
export type MeetingInput = z.infer<typeof meetingInputSchema>;
