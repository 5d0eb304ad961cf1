import { z } from 'zod';
import { isIsoDate } from '../shared/dates.ts';
import { attendanceCode } from './codes.ts';
import type { CmeActionKind, PlanKind } from './ports.ts';

const date = (what: string) =>
  z.string(`Enter ${what}`).refine(isIsoDate, `Enter ${what} as a real date, YYYY-MM-DD`);
const isoInstant = z.iso.datetime({ offset: true, message: 'Enter a date and time' });
const code = z
  .string()
  .trim()
  .refine((c) => c === '' || attendanceCode(c) !== null, 'Choose a national attendance code')
  .transform((c) => (c ? (attendanceCode(c)?.code ?? null) : null));

/** Marks for one pupil on one day, as the office enters them (either session may be left). */
export const markEntrySchema = z
  .object({ date: date('the date'), am: code.prefault(''), pm: code.prefault('') })
  .refine((m) => m.am !== null || m.pm !== null, {
    path: ['am'],
    message: 'Choose a code for the morning or the afternoon',
  });
export type MarkEntryInput = z.infer<typeof markEntrySchema>;

/** The file as bytes (base64), so the server can tell UTF-8 from anything else. */
export const marksImportSchema = z.object({
  contentBase64: z.base64('The file must be base64-encoded').min(1, 'Choose a file'),
  dryRun: z.boolean().default(true),
});

export const laNotifiedSchema = z.object({
  notifiedAt: isoInstant,
  notifiedTo: z.string().trim().min(1, 'Say who at the local authority was told').max(200),
  reference: z.string().trim().max(100).default(''),
});
export type LaNotifiedInput = z.infer<typeof laNotifiedSchema>;

export const PLAN_KINDS: Record<PlanKind, string> = {
  child_protection: 'Child protection plan',
  child_in_need: 'Child in need plan',
};

const keys = <T extends object>(o: T) =>
  Object.keys(o) as [keyof T & string, ...(keyof T & string)[]];

export const planInputSchema = z
  .object({
    pupilId: z.uuid('Choose a pupil'),
    kind: z.enum(keys(PLAN_KINDS), 'Choose the kind of plan'),
    startsOn: date('the date the plan started'),
    endsOn: date('the date the plan ended').nullable().default(null),
  })
  .refine((p) => !p.endsOn || p.endsOn >= p.startsOn, {
    path: ['endsOn'],
    message: 'The end must be on or after the start',
  });
export type PlanInput = z.infer<typeof planInputSchema>;

export const planEndSchema = z.object({ endsOn: date('the date the plan ended') });

export const CME_ACTIONS: Record<CmeActionKind, string> = {
  call: 'Phone call',
  home_visit: 'Home visit',
  cme_referral: 'Referral to the missing education service',
  police: 'Police informed',
  other: 'Other action',
};

export const cmeOpenSchema = z.object({
  pupilId: z.uuid('Choose a pupil'),
  reason: z.string().trim().min(1, 'Say why the child’s whereabouts are unknown').max(5_000),
  lastSeenOn: date('the day the child was last seen'),
});
export type CmeOpenInput = z.infer<typeof cmeOpenSchema>;

export const cmeActionSchema = z.object({
  kind: z.enum(keys(CME_ACTIONS), 'Choose what was done'),
  at: isoInstant,
  doneBy: z.string().trim().max(200).default(''),
  outcome: z.string().trim().min(1, 'Say what happened').max(5_000),
});
export type CmeActionInput = z.infer<typeof cmeActionSchema>;

export const cmeCloseSchema = z.object({
  outcome: z
    .string()
    .trim()
    .min(1, 'Say where the child is now, or why the entry is closed')
    .max(5_000),
});
