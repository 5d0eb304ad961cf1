import type { AuditEvent, AuditEventInput } from './events.ts';

export interface AuditFilter {
  schoolId: string;
  type?: string;
  /** Any of these types (with `type`, both must hold). */
  types?: readonly string[];
  actorId?: string;
  subjectId?: string;
  /** About any of these records. */
  subjectIds?: readonly string[];
  /** Leave out events about these kinds of record (sealed cases stay out of the school's log). */
  exceptSubjectTypes?: readonly string[];
  /** Leave out events of these types (child protection work, for readers outside the DSL team). */
  exceptTypes?: readonly string[];
  from?: string;
  to?: string;
  before?: number;
  limit: number;
}

/** Append-only audit storage. `append` runs inside the caller's transaction. */
export interface AuditRepo {
  append(event: AuditEventInput, at: Date): Promise<AuditEvent>;
  list(filter: AuditFilter): Promise<AuditEvent[]>;
}
