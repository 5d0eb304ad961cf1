import type { Role } from './roles.ts';

/** Who is acting, as established by a verified session. */
export interface Actor {
  userId: string;
  schoolId: string;
  fullName: string;
  roles: readonly Role[];
  ip: string | null;
  requestId: string | null;
}

/** The system itself (CLI, jobs): still named in the audit trail. */
export const systemActor = (schoolId: string, what = 'haven-cli'): Actor => ({
  userId: `system:${what}`,
  schoolId,
  fullName: 'Haven (system)',
  roles: [],
  ip: null,
  requestId: null,
});
