import { z } from 'zod';
import {
  CHILD_ROLES,
  CONCERN_KINDS,
  CONCERN_STATUSES,
  MARK_TYPES,
} from '../core/concerns/concern.ts';
import { FILE_ENTRY_KINDS, NOTIFICATION_KINDS } from '../core/concerns/ports.ts';

const person = z.object({ id: z.string(), fullName: z.string() });

export const categorySchema = z.object({
  id: z.string(),
  code: z.string(),
  label: z.string(),
  group: z.string().nullable(),
  active: z.boolean(),
});

export const needLevelSchema = z.object({
  id: z.string(),
  code: z.string().describe('What a decision records; never changes'),
  label: z.string(),
  description: z.string(),
  position: z.number().int(),
  active: z.boolean().describe('False once retired: kept so earlier decisions still name it'),
});

export const needModelSchema = z.object({
  model: z.string(),
  levels: z.array(needLevelSchema).describe('Every level, retired ones too, in order'),
});

export const receiptSchema = z.object({
  id: z.string(),
  reference: z.string(),
  recordedAt: z.string(),
  recordedBy: person,
  contentHash: z.string(),
  immediateRisk: z.boolean(),
  alerted: z.enum(['dsl_team', 'leaders', 'chair', 'nobody']),
  contacts: z.array(z.object({ name: z.string(), phone: z.string() })).optional(),
  fgmReport: z.object({ dueAt: z.string(), basis: z.string() }).optional(),
});

export const inboxItemSchema = z.object({
  id: z.string(),
  reference: z.string(),
  kind: z.enum(['concern', 'wellbeing']),
  recordedAt: z.string(),
  incidentAt: z.string(),
  recordedBy: person,
  immediateRisk: z.boolean(),
  status: z.enum(CONCERN_STATUSES),
  primaryCategory: z.object({ id: z.string(), label: z.string() }),
  children: z.array(
    z.object({ pupilId: z.string(), displayName: z.string(), role: z.enum(CHILD_ROLES) }),
  ),
  ownerId: z.string().nullable(),
  acknowledgedAt: z.string().nullable(),
  reconsiderationOpen: z
    .boolean()
    .describe('A request for reconsideration is waiting for the DSL’s answer (D19)'),
});

/** A concern as the inbox lists it: with its case owner's name, for the Owner column. */
export const inboxRowSchema = inboxItemSchema.extend({ owner: person.nullable() });

/** A request for reconsideration and the DSL's answer, with who gave it (D19). */
const reconsiderationSchema = z.object({
  id: z.string(),
  requestedAt: z.string(),
  requestedBy: person,
  reason: z.string(),
  answer: z.string().nullable(),
  answeredAt: z.string().nullable(),
  answeredBy: person.nullable(),
});
const reconsiderationHistory = {
  reconsiderations: z.array(reconsiderationSchema).describe('Every request, oldest first'),
  reconsideration: reconsiderationSchema.nullable().describe('The latest request'),
};

const bodyMark = z.object({
  pupilId: z.string(),
  side: z.enum(['front', 'back']),
  x: z.number(),
  y: z.number(),
  markType: z.enum(MARK_TYPES),
  note: z.string(),
});

export const concernDetailSchema = inboxItemSchema.extend({
  contentHash: z.string(),
  fingerprintMatches: z.boolean().nullable(),
  spokeToDsl: z.boolean(),
  tags: z.array(z.object({ id: z.string(), label: z.string() })),
  narrative: z
    .object({
      childWords: z.string(),
      observed: z.string(),
      actionTaken: z.string(),
      location: z.string(),
      riskFactors: z.string(),
      protectiveFactors: z.string(),
      bodyMap: z.array(bodyMark),
    })
    .nullable(),
  addenda: z.array(z.object({ id: z.string(), at: z.string(), author: person, text: z.string() })),
  attachments: z.array(
    z.object({
      id: z.string(),
      filename: z.string(),
      mime: z.string(),
      size: z.number(),
      uploadedAt: z.string(),
      uploadedBy: person,
    }),
  ),
  decisions: z.array(
    z.object({
      id: z.string(),
      at: z.string(),
      decidedBy: person,
      outcome: z.string(),
      levelOfNeed: z.string(),
      rationale: z.string(),
    }),
  ),
  actions: z.array(
    z.object({
      id: z.string(),
      owner: person,
      dueOn: z.string(),
      description: z.string(),
      doneAt: z.string().nullable(),
    }),
  ),
  ...reconsiderationHistory,
});

export const myConcernSchema = z.object({
  id: z.string(),
  reference: z.string(),
  recordedAt: z.string(),
  contentHash: z.string(),
  status: z.enum(['received', 'in_progress', 'closed']),
  childNames: z.array(z.string()),
  ...reconsiderationHistory,
});

/** What a concern recorded, as one child's chronology shows it: never the body map. */
const chronologyConcernSchema = z.object({
  kind: z.enum(CONCERN_KINDS),
  category: z.string().describe('The primary category'),
  incidentAt: z.string(),
  location: z.string(),
  role: z.enum(CHILD_ROLES).describe('This child’s part in it'),
  immediateRisk: z.boolean(),
  account: z
    .object({
      childWords: z.string(),
      observed: z.string(),
      actionTaken: z.string(),
      riskFactors: z.string(),
      protectiveFactors: z.string(),
    })
    .nullable()
    .describe('Null once the file has been destroyed with its key'),
});

export const fileSchema = z.object({
  pupil: z.object({
    id: z.string(),
    displayName: z.string(),
    dateOfBirth: z.string(),
    yearGroup: z.string(),
    isAdult: z.boolean(),
    senFlag: z.boolean(),
    lookedAfter: z.boolean(),
  }),
  openedAt: z.string().nullable(),
  chronology: z.array(
    z.object({
      id: z.string(),
      at: z.string(),
      kind: z.enum(FILE_ENTRY_KINDS),
      significant: z.boolean(),
      summary: z.string(),
      text: z.string().nullable(),
      author: person,
      concernId: z.string().nullable(),
      concern: chronologyConcernSchema
        .nullable()
        .describe('On the entry a concern made when recorded; null on every other'),
    }),
  ),
});

export const grantSchema = z.object({
  id: z.string(),
  grantee: person,
  grantedBy: person,
  reason: z.string(),
  createdAt: z.string(),
  expiresAt: z.string(),
  revokedAt: z.string().nullable(),
});

export const sharedFileSchema = z.object({
  grantId: z.string(),
  pupil: z.object({ id: z.string(), displayName: z.string() }),
  reason: z.string(),
  grantedBy: person,
  grantedAt: z.string(),
  expiresAt: z.string(),
});

export const viewerSchema = z.object({
  at: z.string(),
  who: person,
  roles: z.array(z.string()),
  via: z.string(),
  what: z.enum(['file', 'pdf', 'concern', 'attachment']),
  /** The concern opened, for a concern or an attachment; null for the file itself. */
  concernId: z.string().nullable(),
});

export const notificationSchema = z.object({
  id: z.string(),
  kind: z.enum(NOTIFICATION_KINDS),
  deadlineId: z.string().nullable().optional(),
  caseId: z.string().nullable().optional(),
  concernId: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
