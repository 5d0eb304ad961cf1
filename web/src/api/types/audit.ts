import type { Role } from '../../lib/roles';

export interface AuditEvent {
  seq: number;
  id: string;
  type: string;
  at: string;
  actorId: string | null;
  actorName: string | null;
  actorRoles: Role[];
  ip: string | null;
  requestId: string | null;
  subjectType: string | null;
  subjectId: string | null;
  summary: string;
  hash: string;
}

export interface AuditPage {
  events: AuditEvent[];
  nextBefore: number | null;
}
