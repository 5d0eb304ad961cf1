import { z } from 'zod';

export const CHILD_ROLES = [
  'subject',
  'victim',
  'alleged_perpetrator',
  'witness',
  'mentioned',
] as const;
export type ChildRole = (typeof CHILD_ROLES)[number];
export const CONCERN_KINDS = ['concern', 'wellbeing'] as const;
export const CONCERN_STATUSES = ['new', 'in_progress', 'waiting', 'closed'] as const;
export type ConcernStatus = (typeof CONCERN_STATUSES)[number];
export const MARK_TYPES = ['bruise', 'cut', 'burn', 'mark', 'other'] as const;
export const OUTCOMES = [
  'no_further_action',
  'monitor',
  'early_help',
  'referral',
  'other',
] as const;
export type Outcome = (typeof OUTCOMES)[number];

const text = (max: number) => z.string().trim().max(max);

export const bodyMarkSchema = z.object({
  pupilId: z.string().min(1),
  side: z.enum(['front', 'back']),
  x: z.number().min(0).max(1),
  y: z.number().min(0).max(1),
  markType: z.enum(MARK_TYPES),
  note: text(500).default(''),
});

/**
 * No record here can be about anything older; an earlier year is a slip of the keyboard (0000 or
 * 1900). A time in the future needs the server's clock, so the use case refuses that.
 */
const EARLIEST_INCIDENT = Date.parse('1990-01-01T00:00:00Z');

export const concernInputSchema = z
  .object({
    kind: z.enum(CONCERN_KINDS).default('concern'),
    children: z
      .array(z.object({ pupilId: z.string().min(1), role: z.enum(CHILD_ROLES) }))
      .min(1, 'Choose the child or children this is about')
      .max(30),
    childWords: text(20_000).default(''),
    observed: text(20_000).min(1, 'Say what you saw, heard or did'),
    actionTaken: text(10_000).default(''),
    incidentAt: z.iso
      .datetime({ offset: true, message: 'Enter when it happened' })
      .refine((s) => !(Date.parse(s) < EARLIEST_INCIDENT), {
        message: 'Enter a date on or after 1 January 1990',
      }),
    location: text(200).default(''),
    primaryCategoryId: z.string().min(1, 'Choose the kind of concern'),
    tagIds: z.array(z.string()).max(20).default([]),
    immediateRisk: z.boolean(),
    spokeToDsl: z.boolean(),
    riskFactors: text(10_000).default(''),
    protectiveFactors: text(10_000).default(''),
    bodyMap: z.array(bodyMarkSchema).max(50).default([]),
  })
  .superRefine((c, ctx) => {
    const ids = c.children.map((x) => x.pupilId);
    if (new Set(ids).size !== ids.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['children'],
        message: 'Each child can be chosen once',
      });
    }
    // The primary is a category already; a tag repeated would be listed twice on the record.
    c.tagIds.forEach((t, i) => {
      if (t === c.primaryCategoryId || c.tagIds.indexOf(t) !== i)
        ctx.addIssue({
          code: 'custom',
          path: ['tagIds', i],
          message: 'Each category can be chosen once',
        });
    });
    // D44: a wellbeing concern is recorded with what puts the child at risk and what helps.
    if (c.kind === 'wellbeing' && !c.riskFactors && !c.protectiveFactors)
      ctx.addIssue({
        code: 'custom',
        path: ['riskFactors'],
        message: 'Say what puts the child at risk, or what helps them, or both',
      });
    c.bodyMap.forEach((m, i) => {
      if (!ids.includes(m.pupilId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['bodyMap', i, 'pupilId'],
          message: 'A body map mark must be for one of the chosen children',
        });
      }
    });
  });

export type ConcernInput = z.output<typeof concernInputSchema>;

/** What is encrypted for each child: every word the recorder wrote, and the body map. */
export interface ConcernNarrative {
  childWords: string;
  observed: string;
  actionTaken: string;
  location: string;
  riskFactors: string;
  protectiveFactors: string;
  bodyMap: ConcernInput['bodyMap'];
  /**
   * Every child on the concern and their role. Only whoever may open the concern sees them: the
   * DSL team, or someone an alert reached while the team was away, who must know which children
   * to keep safe. A child's file, shared or not, never lists the others (D08).
   */
  children: ConcernInput['children'];
}

export const narrativeOf = (input: ConcernInput): ConcernNarrative => ({
  childWords: input.childWords,
  observed: input.observed,
  actionTaken: input.actionTaken,
  location: input.location,
  riskFactors: input.riskFactors,
  protectiveFactors: input.protectiveFactors,
  bodyMap: input.bodyMap,
  children: input.children,
});

/** What a concern's own entry in each child's file says; the reference is all it names. */
export const concernRecordedSummary = (kind: ConcernInput['kind'], reference: string): string =>
  `${kind === 'wellbeing' ? 'Wellbeing concern' : 'Concern'} ${reference} recorded`;

/** A reference people can say on the phone: C-00042, per school. */
export const concernReference = (n: number): string => `C-${String(n).padStart(5, '0')}`;

/** How a decision moves the concern along. */
export const statusAfter = (outcome: Outcome): ConcernStatus =>
  outcome === 'no_further_action' ? 'closed' : 'in_progress';
