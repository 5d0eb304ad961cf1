export interface ConductVersionRow {
  id: string;
  schoolId: string;
  version: number;
  title: string;
  body: string;
  publishedAt: string;
  publishedBy: string;
}

export interface ConductRepo {
  /** The latest version, or null before any is published. */
  current(schoolId: string): Promise<ConductVersionRow | null>;
  add(row: ConductVersionRow): Promise<void>;
  acknowledge(schoolId: string, versionId: string, staffId: string, at: string): Promise<void>;
  /** When each person acknowledged this version; absent ones have not. */
  acknowledgements(versionId: string): Promise<Map<string, string>>;
}
