import type { PupilInput } from '../../core/people/pupil.ts';

/** A school as a CTF header names it. LEA and Estab make the DfE number (e.g. 999 and 2001). */
export interface CtfSchool {
  lea: string | null;
  estab: string | null;
  urn: string | null;
  name: string | null;
}

/** SEN provision codes: E = EHC plan, K = SEN support, N = no special educational need. */
export type SenProvision = 'E' | 'K' | 'N';

export interface CtfHeaderEvent {
  kind: 'header';
  version: string | null;
  dateTime: string | null;
  documentName: string | null;
  sourceSchool: CtfSchool;
  destSchool: CtfSchool;
}

export interface CtfPupilEvent {
  kind: 'pupil';
  /** 0-based position of the Pupil element in the file, counting failed pupils too. */
  index: number;
  upn: string | null;
  /** Already passed through pupilInputSchema, so it parses again unchanged. */
  input: PupilInput;
  /** The code behind senFlag, which alone cannot tell an EHC plan from SEN support. */
  senProvision: SenProvision | null;
  /** Things dropped or trimmed from this pupil, in words a school administrator can act on. */
  warnings: string[];
}

export interface CtfPupilErrorEvent {
  kind: 'error';
  index: number;
  upn: string | null;
  surname: string | null;
  message: string;
  /** The pupilInputSchema field at fault, e.g. 'dateOfBirth' or 'emergencyContacts.0.phones.1'. */
  field?: string;
}

/** Last event of a file read to its end. */
export interface CtfSummaryEvent {
  kind: 'summary';
  pupilCount: number;
  errorCount: number;
  /** Elements Haven does not read, counted by 'Parent/Name', so the import can warn about them. */
  unknownElements: Record<string, number>;
}

export type CtfEvent = CtfHeaderEvent | CtfPupilEvent | CtfPupilErrorEvent | CtfSummaryEvent;
