import { z } from 'zod';
import { ageOn, isIsoDate } from '../shared/dates.ts';
import { normaliseUpn, upnProblem } from './upn.ts';

export const YEAR_GROUPS = [
  'N1',
  'N2',
  'R',
  ...Array.from({ length: 14 }, (_, i) => String(i + 1)),
] as const;
/** DfE census sex codes: female, male, unknown. Gender identity is kept apart, as free text. */
export const SEX_CODES = ['F', 'M', 'U'] as const;

const name = (label: string) =>
  z
    .string()
    .trim()
    .min(1, `Enter the ${label}`)
    .max(100, `The ${label} must be 100 characters or fewer`);

const phone = z
  .string()
  .trim()
  .regex(/^\+?[0-9 ()-]{7,20}$/, 'Enter a phone number, like 01632 960 001 or +44 7700 900 982');

export const emergencyContactSchema = z.object({
  name: name('contact name'),
  relationship: name('relationship'),
  phones: z.array(phone).min(1, 'Enter at least one phone number').max(5),
  priority: z.number().int().min(1).max(20),
});

const upn = z
  .string()
  .trim()
  .transform((s, ctx) => {
    if (s === '') return null;
    const problem = upnProblem(s);
    if (problem === 'format') {
      ctx.addIssue({
        code: 'custom',
        message: 'A UPN is 13 characters: a letter, 11 digits, then a digit or letter',
      });
    } else if (problem === 'check_letter') {
      ctx.addIssue({
        code: 'custom',
        message: 'This UPN’s check letter is wrong: check it was copied correctly',
      });
    }
    return normaliseUpn(s);
  });

const dateOfBirth = z
  .string()
  .refine(isIsoDate, 'Enter a real date of birth')
  .refine((s) => s >= '1990-01-01', 'Date of birth must be after 1990')
  .refine((s) => s <= new Date().toISOString().slice(0, 10), 'Date of birth must be in the past');

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((s) => (s ? s : null));

export const pupilInputSchema = z.object({
  legalFirstName: name('legal first name'),
  legalLastName: name('legal last name'),
  preferredName: optionalText(100),
  dateOfBirth,
  upn: upn.nullish().transform((v) => v ?? null),
  sex: z.enum(SEX_CODES),
  gender: optionalText(50),
  yearGroup: z.enum(YEAR_GROUPS),
  senFlag: z.boolean(),
  lookedAfter: z.boolean(),
  emergencyContacts: z.array(emergencyContactSchema).max(10),
});

export const pupilPatchSchema = pupilInputSchema.partial();

export type PupilInput = z.output<typeof pupilInputSchema>;
export type PupilPatch = z.output<typeof pupilPatchSchema>;
export type EmergencyContact = z.output<typeof emergencyContactSchema>;

/** A pupil as stored. Pupil records are not child protection files (D31). */
export interface PupilRecord extends PupilInput {
  id: string;
  schoolId: string;
  createdAt: string;
  updatedAt: string;
}

export interface PupilView extends PupilRecord {
  displayName: string;
  age: number;
  /** D03: records are about children; anyone 18 or over is flagged. */
  isAdult: boolean;
  emergencyPhoneCount: number;
}

export const displayName = (
  p: Pick<PupilRecord, 'preferredName' | 'legalFirstName' | 'legalLastName'>,
): string => `${p.preferredName ?? p.legalFirstName} ${p.legalLastName}`;

export function presentPupil(p: PupilRecord, today: Date): PupilView {
  const age = ageOn(p.dateOfBirth, today);
  return {
    ...p,
    displayName: displayName(p),
    age,
    isAdult: age >= 18,
    emergencyPhoneCount: p.emergencyContacts.reduce((n, c) => n + c.phones.length, 0),
  };
}

/** Field names whose values differ: audit records what changed, never the values. */
export function changedFields(before: PupilRecord, patch: PupilPatch): string[] {
  return Object.entries(patch)
    .filter(
      ([k, v]) =>
        v !== undefined && JSON.stringify(v) !== JSON.stringify(before[k as keyof PupilRecord]),
    )
    .map(([k]) => k);
}
