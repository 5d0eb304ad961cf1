import { z } from 'zod';

export const ORGANISATION_KINDS = ['trust', 'local_authority'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** A multi-academy trust or a local authority overseeing several schools. */
export interface OrganisationRecord {
  id: string;
  kind: OrganisationKind;
  name: string;
  createdAt: string;
}

export interface SchoolRecord {
  id: string;
  organisationId: string | null;
  name: string;
  urn: string | null;
  localAuthority: string | null;
  createdAt: string;
}

export const schoolPatchSchema = z.object({
  name: z.string().trim().min(1, 'Enter the school name').max(200).optional(),
  urn: z
    .string()
    .trim()
    .regex(/^(\d{6})?$/, 'A URN is 6 digits')
    .nullish()
    .transform((s) => (s ? s : s === undefined ? undefined : null))
    .optional(),
  localAuthority: z
    .string()
    .trim()
    .max(200)
    .nullish()
    .transform((s) => (s ? s : s === undefined ? undefined : null))
    .optional(),
});
export type SchoolPatch = z.output<typeof schoolPatchSchema>;
