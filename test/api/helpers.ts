import { randomUUID } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import { expect } from 'vitest';
import type { TestHaven } from '../support/haven.ts';

/** Shared by the HTTP API tests: reading error bodies, counting rows, reading the audit trail. */

export interface ApiError {
  code: string;
  message: string;
  field?: string;
  correlationId?: string;
}

export const errorOf = (res: LightMyRequestResponse): ApiError =>
  res.json<{ error: ApiError }>().error;

/** Asserts the status, the stable error code and (when given) the field named. */
export function expectError(
  res: LightMyRequestResponse,
  status: number,
  code: string,
  field?: string,
): ApiError {
  expect(res.statusCode, res.body).toBe(status);
  const error = errorOf(res);
  expect(error.code, res.body).toBe(code);
  if (field !== undefined) expect(error.field, res.body).toBe(field);
  return error;
}

export const dataOf = <T = Record<string, unknown>>(res: LightMyRequestResponse): T =>
  res.json<{ data: T }>().data;

/** A random id that no record has. */
export const unknownId = (): string => randomUUID();

type Table =
  | 'schools'
  | 'staff'
  | 'pupils'
  | 'emergency_contacts'
  | 'one_time_tokens'
  | 'sessions'
  | 'audit_events';

/** Rows in a table, optionally only one school's. */
export async function countRows(h: TestHaven, table: Table, schoolId?: string): Promise<number> {
  const where = schoolId ? sql`where school_id = ${schoolId}` : sql``;
  const { rows } = await sql<{
    n: number | string;
  }>`select count(*) as n from ${sql.table(table)} ${where}`.execute(h.rt.conn.db);
  return Number(rows[0]?.n ?? 0);
}

export interface AuditRow {
  seq: number;
  type: string;
  actorId: string;
  subjectId: string | null;
  summary: string;
  details: Record<string, unknown>;
  /** The whole stored row as text, to check what it must never contain. */
  text: string;
}

/** A school's audit events, oldest first, straight from storage. */
export async function auditRows(
  h: TestHaven,
  schoolId: string,
  type?: string,
): Promise<AuditRow[]> {
  let query = h.rt.conn.db.selectFrom('audit_events').selectAll().where('school_id', '=', schoolId);
  if (type) query = query.where('type', '=', type);
  const rows = await query.orderBy('seq').execute();
  return rows.map((r) => ({
    seq: Number(r.seq),
    type: r.type,
    actorId: r.actor_id,
    subjectId: r.subject_id,
    summary: r.summary,
    details: JSON.parse(r.details) as Record<string, unknown>,
    text: JSON.stringify(r),
  }));
}

/** The one-time token in an invite or setup link: the part after `#`. */
export const tokenOf = (link: string): string => {
  const token = link.split('#')[1];
  if (!token) throw new Error(`no token in ${link}`);
  return token;
};

/**
 * Every route as registered, recorded by the app itself (so a route hidden from
 * the OpenAPI document is still found). HEAD routes Fastify adds for each GET are left out.
 */
export function routesOf(app: FastifyInstance): { method: string; url: string }[] {
  return app.registeredRoutes;
}

/** A staff account as the API returns it. */
export interface Staff {
  id: string;
  fullName: string;
  email: string;
  jobTitle: string | null;
  roles: string[];
  disabled: boolean;
  mfaEnrolled: boolean;
  lastSignInAt: string | null;
}

let serial = 0;

/** A suffix no other call in this test run returns. */
export const uniq = (): string => `${Date.now().toString(36)}${serial++}`;

/** Input for a new staff account, with an email no other test uses. */
export const newStaff = (overrides: Record<string, unknown> = {}) => ({
  fullName: 'Sam Newstaff',
  email: `sam.${uniq()}@example.org`,
  jobTitle: 'Year 4 teacher',
  roles: ['staff'],
  ...overrides,
});
