import { z } from 'zod';
import { CME_ACTIONS, PLAN_KINDS } from '../core/attendance/inputs.ts';

/** Response shapes for attendance (D10), children missing education and plans (D39). */
const nullable = z.string().nullable();
const keys = <T extends object>(o: T) =>
  Object.keys(o) as [keyof T & string, ...(keyof T & string)[]];

export const codesSchema = z.object({
  source: z.string(),
  codes: z.array(
    z.object({
      code: z.string(),
      meaning: z.string(),
      category: z.enum(['present', 'authorised', 'unauthorised', 'not_counted']),
    }),
  ),
});

const offCalendarSchema = z.object({
  marks: z.number(),
  days: z.number(),
  dates: z.array(z.string()),
});

export const importResultSchema = z.object({
  marks: z.number(),
  pupils: z.number(),
  from: nullable,
  to: nullable,
  errors: z.array(
    z.object({ row: z.number().optional(), field: z.string().optional(), message: z.string() }),
  ),
  offCalendar: offCalendarSchema.optional(),
  notices: z.number().optional(),
  alerts: z.number().optional(),
});

export const noticeSchema = z.object({
  id: z.string(),
  pupilId: z.string(),
  pupilName: z.string(),
  runFirst: z.string(),
  reachedOn: z.string(),
  openedAt: z.string(),
  notifiedAt: nullable,
  notifiedTo: nullable,
  reference: nullable,
  dueAt: nullable,
});

const run = z.object({ days: z.number(), first: nullable, last: nullable });

export const pupilAttendanceSchema = z.object({
  pupil: z.object({
    id: z.string(),
    displayName: z.string(),
    yearGroup: z.string(),
    upn: nullable,
  }),
  from: z.string(),
  to: z.string(),
  calendarSet: z.boolean(),
  summary: z.object({
    possible: z.number(),
    present: z.number(),
    authorised: z.number(),
    unauthorised: z.number(),
    notCounted: z.number(),
    percentage: z.number().nullable(),
    run,
    offCalendar: offCalendarSchema,
  }),
  days: z.array(z.object({ date: z.string(), am: nullable, pm: nullable })),
  notices: z.array(noticeSchema),
  rule: z.string(),
});

export const markResultSchema = z.object({ notices: z.number(), alerts: z.number() });

export const watchSchema = z.object({
  notices: z.array(noticeSchema),
  onPlans: z.array(
    z.object({
      pupilId: z.string(),
      pupilName: z.string(),
      kinds: z.array(z.enum(keys(PLAN_KINDS))),
      absences: z.array(z.object({ date: z.string(), session: z.string(), code: z.string() })),
    }),
  ),
});

export const planSchema = z.object({
  id: z.string(),
  pupilId: z.string(),
  kind: z.enum(keys(PLAN_KINDS)),
  kindLabel: z.string(),
  startsOn: z.string(),
  endsOn: nullable,
  recordedAt: z.string(),
});

export const cmeSchema = z.object({
  id: z.string(),
  pupilId: z.string(),
  pupilName: z.string(),
  lastSeenOn: z.string(),
  reason: z.string(),
  openedAt: z.string(),
  openedBy: z.string(),
  closedAt: nullable,
  closeOutcome: nullable,
  actions: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(keys(CME_ACTIONS)),
      kindLabel: z.string(),
      at: z.string(),
      doneBy: z.string(),
      outcome: z.string(),
      recordedBy: z.string(),
    }),
  ),
});
