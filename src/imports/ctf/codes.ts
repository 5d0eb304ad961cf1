import { YEAR_GROUPS } from '../../core/people/pupil.ts';
import type { SenProvision } from './types.ts';

type YearGroup = (typeof YEAR_GROUPS)[number];

/** NCyearActual as CTFs write it ('R', 'N1', '1'..'14'); anything else (e.g. 'X') is refused. */
export function yearGroupOf(raw: string): YearGroup | null {
  const code = raw.trim().toUpperCase();
  return (YEAR_GROUPS as readonly string[]).includes(code) ? (code as YearGroup) : null;
}

export function senProvisionOf(raw: string): SenProvision | null {
  const code = raw.trim().toUpperCase();
  return code === 'E' || code === 'K' || code === 'N' ? code : null;
}

/** xs:boolean, the type of InCare and Responsibility. */
export function booleanOf(raw: string): boolean | null {
  const v = raw.trim().toLowerCase();
  if (v === 'true' || v === '1') return true;
  if (v === 'false' || v === '0') return false;
  return null;
}

/**
 * Common Basic Data Set relationship codes as staff read them. A code not listed here, or free
 * text from an older file, is kept as it was written rather than guessed at.
 */
const RELATIONSHIPS: Record<string, string> = {
  PAM: 'Mother',
  PAF: 'Father',
  STM: 'Step-mother',
  STF: 'Step-father',
  FOM: 'Foster mother',
  FOF: 'Foster father',
  GRM: 'Grandmother',
  GRF: 'Grandfather',
  FAM: 'Other family member',
  REL: 'Other relative',
  CAR: 'Carer',
  CHM: 'Childminder',
  SWR: 'Social worker',
  DOC: 'Doctor',
  HTC: 'Head teacher',
  TCH: 'Teacher',
  RLG: 'Religious or spiritual contact',
  OTH: 'Other contact',
};

const CODES_BY_LABEL = new Map(
  Object.entries(RELATIONSHIPS).map(([code, label]) => [label.toLowerCase(), code]),
);

export const relationshipLabel = (raw: string): string =>
  RELATIONSHIPS[raw.trim().toUpperCase()] ?? raw.trim();

/** The code for a label Haven shows, so a round trip gives the receiving system a code. */
export const relationshipCode = (label: string): string =>
  CODES_BY_LABEL.get(label.trim().toLowerCase()) ?? label.trim();
