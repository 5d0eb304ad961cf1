/** A change to who a pupil is that an import does not make by itself: a person decides. */
export type IdentityChange = 'date_of_birth' | 'upn';

/** Something wrong in a file: its row (line 0 is the whole file), the column if one. */
export interface ImportProblem {
  line: number;
  column?: string;
  message: string;
}

export interface ImportCounts {
  create: number;
  update: number;
  unchanged: number;
  flag: number;
}

export interface ImportFlagged {
  line: number;
  pupilId: string;
  pupilName: string;
  change: IdentityChange;
}

/** A check or an import of a pupil list. `problems` and `flagged` hold the first 200. */
export interface ImportSummary {
  counts: ImportCounts;
  problems: ImportProblem[];
  problemCount: number;
  flagged: ImportFlagged[];
  applied: boolean;
}

export interface ImportJob {
  id: string;
  state: 'running' | 'done' | 'failed';
  done: number;
  total: number;
  summary: ImportSummary | null;
  error: { code: string; message: string } | null;
  startedAt: string;
}

export interface IdentityFlag {
  id: string;
  pupilId: string;
  pupilName: string;
  change: IdentityChange;
  currentValue: string | null;
  incomingValue: string;
  source: string;
  createdAt: string;
}

/** A pupil with fewer than two emergency contact numbers (D11). */
export interface ContactGap {
  id: string;
  displayName: string;
  yearGroup: string;
  numbers: number;
}

/** The sending school as a CTF's header names it. */
export interface CtfFrom {
  lea: string | null;
  estab: string | null;
  urn: string | null;
  name: string | null;
}

/** A CTF check or import: each pupil Haven could not read is a problem of its own. */
export interface CtfImportSummary extends ImportSummary {
  from: CtfFrom;
  warnings: string[];
}

/** A CTF of leavers for their next school (pupil data only). */
export interface CtfExportRequest {
  pupilIds: string[];
  fromDfeNumber: string;
  to: { dfeNumber: string; name: string };
}
