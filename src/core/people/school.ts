import { z } from 'zod';

export interface SchoolRecord {
  id: string;
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
