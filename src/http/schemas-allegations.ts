import { z } from 'zod';
import { ENTRY_KINDS, OUTCOMES, RELATIONSHIPS, THRESHOLDS } from '../core/allegations/case.ts';
import { allowedActions } from './schemas.ts';

const person = z.object({ id: z.string(), fullName: z.string() });
const route = z.enum(['headteacher', 'deputy_head', 'chair_of_governors']);
const stage = z.enum([
  'awaiting_decision',
  'awaiting_lado',
  'investigating',
  'low_level',
  'closed',
]);

export const receiptSchema = z.object({
  id: z.string(),
  reference: z.string(),
  raisedAt: z.string(),
  routedTo: route,
  routedToLabel: z.string(),
});

export const summarySchema = z.object({
  id: z.string(),
  reference: z.string(),
  raisedAt: z.string(),
  subjectName: z.string(),
  subjectRelationship: z.enum(RELATIONSHIPS),
  stage,
  threshold: z.enum(THRESHOLDS).nullable(),
  outcome: z.enum(OUTCOMES).nullable(),
  myRole: z.enum(['manager', 'member']),
  caseManager: person,
  ladoDueAt: z.string().nullable(),
  ladoOverdue: z.boolean(),
});

export const patternSchema = z.object({
  subjectName: z.string(),
  count: z.number(),
  caseIds: z.array(z.string()),
  references: z.array(z.string()),
  firstAt: z.string(),
  lastAt: z.string(),
  windowMonths: z.number(),
});

const caseSchema = z.object({
  id: z.string(),
  reference: z.string(),
  raisedAt: z.string(),
  raisedBy: person,
  route,
  subject: z.object({
    staffId: z.string().nullable(),
    name: z.string(),
    relationship: z.enum(RELATIONSHIPS),
    details: z.string(),
  }),
  whatHappened: z.string(),
  incidentAt: z.string().nullable(),
  location: z.string(),
  childrenInvolved: z.string(),
  actionTaken: z.string(),
  caseManager: person,
  members: z.array(
    z.object({
      id: z.string(),
      fullName: z.string(),
      role: z.enum(['manager', 'member']),
      addedAt: z.string(),
      addedBy: person.nullable(),
      reason: z.string(),
    }),
  ),
  stage,
  threshold: z
    .object({ decision: z.enum(THRESHOLDS), rationale: z.string(), at: z.string(), by: person })
    .nullable(),
  lado: z
    .object({
      contactedAt: z.string(),
      ladoName: z.string(),
      advice: z.string(),
      ladoReference: z.string(),
      recordedAt: z.string(),
      recordedBy: person,
    })
    .nullable(),
  investigationUnlocked: z.boolean(),
  outcome: z
    .object({
      outcome: z.enum(OUTCOMES),
      label: z.string(),
      rationale: z.string(),
      at: z.string(),
      by: person,
    })
    .nullable(),
  retention: z
    .object({
      rule: z.enum(['keep', 'remove_from_personnel_file']),
      label: z.string(),
      retainUntil: z.string(),
      personnelFile: z.enum(['keep', 'remove']),
      reference: z.string(),
    })
    .nullable(),
  deadline: z
    .object({
      id: z.string(),
      dueAt: z.string(),
      basis: z.string(),
      state: z.enum(['open', 'missed', 'met', 'waived']),
      overdue: z.boolean(),
    })
    .nullable(),
  ladoPhone: z.string().nullable(),
  chronology: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(ENTRY_KINDS),
      at: z.string(),
      author: person,
      summary: z.string(),
      text: z.string().nullable(),
    }),
  ),
});

export const caseAnswerSchema = z.object({ data: caseSchema, allowedActions });

export const activitySchema = z.object({
  at: z.string(),
  actorName: z.string(),
  type: z.string(),
  summary: z.string(),
});

export const settingsSchema = z.object({
  pensionAge: z.number(),
  keepYears: z.number(),
  removedKeepYears: z.number(),
  patternCount: z.number(),
  patternMonths: z.number(),
});
