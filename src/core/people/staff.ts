import { z } from 'zod';
import { ROLES, type Role } from '../access/roles.ts';

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email('Enter an email address in the correct format, like name@example.org'));

const fullName = z.string().trim().min(1, 'Enter the full name').max(200);
const roles = z
  .array(z.enum(ROLES))
  .min(1, 'Choose at least one role')
  .transform((r) => [...new Set(r)]);

export const staffInputSchema = z.object({
  fullName,
  email: emailSchema,
  jobTitle: z
    .string()
    .trim()
    .max(200)
    .nullish()
    .transform((s) => (s ? s : null)),
  roles,
});

export const staffPatchSchema = z.object({
  fullName: fullName.optional(),
  email: emailSchema.optional(),
  jobTitle: z
    .string()
    .trim()
    .max(200)
    .nullish()
    .transform((s) => (s ? s : s === undefined ? undefined : null))
    .optional(),
  roles: roles.optional(),
  disabled: z.boolean().optional(),
});

export type StaffInput = z.output<typeof staffInputSchema>;
export type StaffPatch = z.output<typeof staffPatchSchema>;

/** A staff account as stored. Secrets (password hash, MFA secret) stay in the auth records. */
export interface StaffRecord {
  id: string;
  schoolId: string;
  fullName: string;
  email: string;
  jobTitle: string | null;
  roles: Role[];
  disabled: boolean;
  mfaEnrolled: boolean;
  lastSignInAt: string | null;
  /** Away until this time: alerts skip them meanwhile (D05). */
  unavailableUntil: string | null;
  createdAt: string;
  updatedAt: string;
}
