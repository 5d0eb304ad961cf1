import type { Repos } from '../../ports.ts';
import { DEFAULT_LOCAL_CONTACTS } from '../../concerns/contacts.ts';
import type { Candidate } from '../case.ts';

const ROUTE_ROLES = ['headteacher', 'deputy_head', 'chair_of_governors'] as const;

/** Everyone who could manage a case, and whether they can be reached now. */
export async function candidates(r: Repos, schoolId: string, now: string): Promise<Candidate[]> {
  const available = new Set((await r.staff.alertable(schoolId, ROUTE_ROLES, now)).map((p) => p.id));
  const all = await r.staff.list(schoolId, { includeDisabled: false });
  return all
    .filter((s) => s.roles.some((role) => (ROUTE_ROLES as readonly string[]).includes(role)))
    .map((s) => ({ id: s.id, roles: s.roles, available: available.has(s.id) }));
}

/** The LADO's number from the school's local contacts, or the shipped default. */
export async function ladoPhoneOf(r: Repos, schoolId: string): Promise<string | null> {
  const stored = await r.contacts.list(schoolId);
  const list = stored.length ? stored : DEFAULT_LOCAL_CONTACTS;
  return list.find((c) => c.kind === 'allegations')?.phone ?? null;
}
