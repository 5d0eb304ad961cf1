import { z } from 'zod';
import { ACTIONS } from '../core/access/policy.ts';
import { ROLES } from '../core/access/roles.ts';
import { SEX_CODES, YEAR_GROUPS } from '../core/people/pupil.ts';
import { ORGANISATION_KINDS } from '../core/people/school.ts';

/**
 * Response shapes. They document the API and also guard it: Zod drops any field not listed here,
 * so a secret added to a record by mistake cannot reach a client.
 */
export const errorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    field: z.string().optional(),
    correlationId: z.string().optional(),
  }),
});

export const errorResponses = {
  400: errorBody,
  401: errorBody,
  403: errorBody,
  404: errorBody,
  409: errorBody,
  429: errorBody,
};

export const allowedActions = z.array(z.enum(ACTIONS));

export const ok = <T extends z.ZodType>(data: T) => z.object({ data });
export const okWithActions = <T extends z.ZodType>(data: T) => z.object({ data, allowedActions });

export const stageSchema = z.enum(['mfa', 'mfa_enrol', 'signed_in']);

export const staffSchema = z.object({
  id: z.string(),
  fullName: z.string(),
  email: z.string(),
  jobTitle: z.string().nullable(),
  roles: z.array(z.enum(ROLES)),
  disabled: z.boolean(),
  mfaEnrolled: z.boolean(),
  lastSignInAt: z.string().nullable(),
  unavailableUntil: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

const contactSchema = z.object({
  name: z.string(),
  relationship: z.string(),
  phones: z.array(z.string()),
  priority: z.number(),
});

export const pupilSchema = z.object({
  id: z.string(),
  displayName: z.string(),
  legalFirstName: z.string(),
  legalLastName: z.string(),
  preferredName: z.string().nullable(),
  dateOfBirth: z.string(),
  upn: z.string().nullable(),
  sex: z.enum(SEX_CODES),
  gender: z.string().nullable(),
  yearGroup: z.enum(YEAR_GROUPS),
  senFlag: z.boolean(),
  lookedAfter: z.boolean(),
  emergencyContacts: z.array(contactSchema),
  emergencyPhoneCount: z.number(),
  age: z.number(),
  isAdult: z.boolean().describe('D03: 18 or over'),
  createdAt: z.string(),
  updatedAt: z.string(),
});

const person = z.object({ id: z.string(), fullName: z.string() });

export const schoolSchema = z.object({
  id: z.string(),
  name: z.string(),
  urn: z.string().nullable(),
  localAuthority: z.string().nullable(),
  organisationId: z.string().nullable(),
  createdAt: z.string(),
});

export const schoolViewSchema = schoolSchema.extend({
  organisation: z
    .object({ id: z.string(), kind: z.enum(ORGANISATION_KINDS), name: z.string() })
    .nullable(),
  safeguardingRoles: z.record(z.string(), z.array(person)),
  missingRoles: z.array(z.enum(ROLES)),
});

export const auditEventSchema = z.object({
  seq: z.number(),
  id: z.string(),
  type: z.string(),
  at: z.string(),
  schoolId: z.string().nullable(),
  actorId: z.string(),
  actorName: z.string(),
  actorRoles: z.array(z.string()),
  ip: z.string().nullable(),
  requestId: z.string().nullable(),
  subjectType: z.string().nullable(),
  subjectId: z.string().nullable(),
  summary: z.string(),
  hash: z.string(),
});

export const meSchema = z.object({
  stage: stageSchema,
  user: z.object({
    id: z.string(),
    fullName: z.string(),
    email: z.string(),
    roles: z.array(z.enum(ROLES)),
    mfaEnrolled: z.boolean(),
    unavailableUntil: z.string().nullable(),
  }),
  school: z.object({ id: z.string(), name: z.string() }),
  mfaRequired: z.boolean(),
  idleTimeoutSeconds: z.number(),
});
