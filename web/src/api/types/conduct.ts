/** The school's code of conduct for staff, and who has acknowledged it (D48). */
export interface ConductVersion {
  id: string;
  /** 1, 2, 3…: each new version must be acknowledged again. */
  version: number;
  title: string;
  /** Plain text, with a blank line between paragraphs. Never HTML. */
  body: string;
  publishedAt: string;
  publishedBy: { id: string; fullName: string };
}

/** The current version, and when the signed-in person acknowledged it (null: not yet). */
export interface ConductStatus {
  current: ConductVersion | null;
  acknowledgedAt: string | null;
}

export interface ConductVersionInput {
  title: string;
  body: string;
}

export interface ConductReportPerson {
  id: string;
  fullName: string;
  roles: string[];
  /** When they acknowledged the current version; null if they have not yet. */
  acknowledgedAt: string | null;
}

/** Enabled staff and whether each has acknowledged the current version, outstanding first. */
export interface ConductReport {
  current: ConductVersion | null;
  people: ConductReportPerson[];
  acknowledged: number;
  outstanding: number;
}
