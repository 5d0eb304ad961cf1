import type { Actor } from '../access/actor.ts';
import type { StaffRecord } from '../people/staff.ts';

/** Facts about the HTTP request that the audit trail and throttles need. */
export interface RequestMeta {
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
}

export const anonymousActor = (meta: RequestMeta): Actor => ({
  userId: 'anonymous',
  schoolId: '',
  fullName: 'Not signed in',
  roles: [],
  ip: meta.ip,
  requestId: meta.requestId,
});

export const actorFor = (user: StaffRecord, meta: RequestMeta): Actor => ({
  userId: user.id,
  schoolId: user.schoolId,
  fullName: user.fullName,
  roles: user.roles,
  ip: meta.ip,
  requestId: meta.requestId,
});
