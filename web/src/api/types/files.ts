import type { ChildRole, ConcernKind } from './concerns';
import type { Person } from './session';

/** Child protection files: the chronology, need-to-know grants and who has looked. */
export type EntryKind =
  | 'concern'
  | 'addendum'
  | 'decision'
  | 'action'
  | 'note'
  | 'document'
  | 'referral'
  | 'disclosure'
  | 'meeting';

/** What a concern recorded, as this child's chronology shows it (never the body map). */
export interface ChronologyConcern {
  kind: ConcernKind;
  category: string;
  incidentAt: string;
  location: string;
  /** This child's part in it. */
  role: ChildRole;
  immediateRisk: boolean;
  /** Null once the file has been destroyed with its key. */
  account: {
    childWords: string;
    observed: string;
    actionTaken: string;
    riskFactors: string;
    protectiveFactors: string;
  } | null;
}

export interface FileEntry {
  id: string;
  at: string;
  kind: EntryKind;
  significant: boolean;
  summary: string;
  text?: string | null;
  author: Person;
  concernId: string | null;
  /** On the entry a concern made when it was recorded; null on every other. */
  concern?: ChronologyConcern | null;
}

export interface FilePupil {
  id: string;
  displayName: string;
  dateOfBirth: string;
  yearGroup: string;
  isAdult: boolean;
  senFlag: boolean;
  lookedAfter: boolean;
}

export interface ChildFile {
  pupil: FilePupil;
  openedAt: string | null;
  chronology: FileEntry[];
}

export interface FileGrant {
  id: string;
  grantee: Person;
  reason: string;
  expiresAt: string;
  grantedBy: Person;
  createdAt?: string;
  revokedAt: string | null;
}

/** A file the signed-in person may open through a grant, and why they were given it. */
export interface SharedFile {
  grantId: string;
  pupil: { id: string; displayName: string };
  reason: string;
  grantedBy: Person;
  grantedAt: string;
  expiresAt: string;
}

export interface FileViewer {
  at: string;
  who: Person;
  roles: string[];
  via: string;
  /** What the read opened: the file, its PDF, or one of the child's concerns or attachments. */
  what: 'file' | 'pdf' | 'concern' | 'attachment';
  concernId: string | null;
}
