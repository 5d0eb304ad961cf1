import { z } from 'zod';
import { isIsoDate } from '../shared/dates.ts';
import { INVESTIGATION_STEPS, OUTCOMES, RELATIONSHIPS, THRESHOLDS } from './case.ts';

const instant = z.iso.datetime({ offset: true, message: 'Enter a date and time' });
const text = (max: number) => z.string().trim().max(max).default('');
const required = (message: string, max: number) => z.string().trim().min(1, message).max(max);

/** Anyone raising a concern about an adult: a colleague on Haven, or someone they describe. */
export const raiseInputSchema = z.object({
  subject: z
    .object({
      staffId: z.uuid('Choose a colleague').optional(),
      name: z.string().trim().max(200).optional(),
      relationship: z.enum(RELATIONSHIPS).optional(),
      details: text(2000),
    })
    .superRefine((s, ctx) => {
      if (s.staffId) return;
      if (!s.name)
        ctx.addIssue({
          code: 'custom',
          path: ['name'],
          message: 'Choose a colleague, or enter the name of the adult',
        });
      if (!s.relationship)
        ctx.addIssue({
          code: 'custom',
          path: ['relationship'],
          message: 'Say how the adult works with the school',
        });
    }),
  whatHappened: required('Describe what happened or what worried you', 20_000),
  incidentAt: instant.nullable().default(null),
  location: text(500),
  childrenInvolved: text(5000),
  actionTaken: text(5000),
});
export type RaiseInput = z.infer<typeof raiseInputSchema>;

export const thresholdInputSchema = z.object({
  decision: z.enum(THRESHOLDS, 'Choose whether it is an allegation or a low-level concern'),
  rationale: required('Give the reason for the decision', 10_000),
});

export const ladoInputSchema = z.object({
  contactedAt: instant,
  ladoName: required('Enter the name of the LADO you spoke to', 200),
  advice: required('Enter the advice the LADO gave', 10_000),
  ladoReference: text(100),
});

export const entryInputSchema = z
  .object({
    kind: z.enum(['note', 'investigation'], 'Choose a note or an investigation step'),
    step: z.enum(INVESTIGATION_STEPS, 'Choose the kind of step').nullable().default(null),
    at: instant,
    text: required('Enter what happened', 20_000),
  })
  .superRefine((e, ctx) => {
    if (e.kind === 'investigation' && !e.step)
      ctx.addIssue({ code: 'custom', path: ['step'], message: 'Choose the kind of step' });
  });

export const memberInputSchema = z.object({
  staffId: z.uuid('Choose a colleague'),
  reason: required('Give the reason they need to see this case', 2000),
});

export const outcomeInputSchema = z.object({
  outcome: z.enum(OUTCOMES, 'Choose the outcome'),
  rationale: required('Give the reason for the outcome', 10_000),
  subjectDateOfBirth: z
    .string()
    .refine(isIsoDate, 'Enter a real date, for example 1980-03-27')
    .nullable()
    .default(null),
});

export const settingsInputSchema = z.object({
  pensionAge: z.int().min(55).max(75),
  keepYears: z.int().min(1).max(50),
  removedKeepYears: z.int().min(0).max(50),
  patternCount: z.int().min(2).max(20),
  patternMonths: z.int().min(1).max(60),
});
