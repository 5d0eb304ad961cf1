import type { Role } from '../../lib/roles';

/** Who is signed in (`GET /api/me`), and people as the API names them. */
export type Stage = 'mfa' | 'mfa_enrol' | 'signed_in';

export interface Me {
  stage: Stage;
  user: {
    id: string;
    fullName: string;
    email: string;
    roles: Role[];
    mfaEnrolled: boolean;
    /** Away from safeguarding alerts until then (D05); null when available. */
    unavailableUntil: string | null;
  };
  school: { id: string; name: string };
  mfaRequired: boolean;
  idleTimeoutSeconds: number;
}

export interface Person {
  id: string;
  fullName: string;
}
