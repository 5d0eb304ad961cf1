import type { Actor } from '../../access/actor.ts';
import { assertFound, requireAccess } from '../../access/require-access.ts';
import { REQUIRED_SAFEGUARDING_ROLES, SAFEGUARDING_ROLES, type Role } from '../../access/roles.ts';
import type { OrganisationRecord, SchoolPatch, SchoolRecord } from '../school.ts';
import type { PeopleDeps } from './deps.ts';

export interface SchoolView extends SchoolRecord {
  /** The trust or local authority overseeing the school, if any. */
  organisation: Pick<OrganisationRecord, 'id' | 'kind' | 'name'> | null;
  /** D01: who holds each safeguarding role. */
  safeguardingRoles: Record<string, { id: string; fullName: string }[]>;
  missingRoles: Role[];
}

export async function getSchool(deps: PeopleDeps, actor: Actor): Promise<SchoolView> {
  await requireAccess(deps, actor, 'school.read', { type: 'school', schoolId: actor.schoolId });
  return deps.store.transaction(async (r) => {
    const school = assertFound(await r.schools.get(actor.schoolId), 'School');
    const holders = await r.staff.holdersOf(actor.schoolId, SAFEGUARDING_ROLES);
    const safeguardingRoles = Object.fromEntries(
      SAFEGUARDING_ROLES.map((role) => [
        role,
        holders.filter((h) => h.roles.includes(role)).map(({ id, fullName }) => ({ id, fullName })),
      ]),
    );
    const missingRoles = REQUIRED_SAFEGUARDING_ROLES.filter(
      (role) => !safeguardingRoles[role]?.length,
    );
    const org = school.organisationId ? await r.organisations.get(school.organisationId) : null;
    const organisation = org ? { id: org.id, kind: org.kind, name: org.name } : null;
    return { ...school, organisation, safeguardingRoles, missingRoles };
  });
}

export async function updateSchool(
  deps: PeopleDeps,
  actor: Actor,
  patch: SchoolPatch,
): Promise<SchoolRecord> {
  await requireAccess(deps, actor, 'school.update', { type: 'school', schoolId: actor.schoolId });
  const now = deps.clock.now();
  return deps.store.transaction(async (r) => {
    const before = assertFound(await r.schools.get(actor.schoolId), 'School');
    const after = assertFound(await r.schools.update(actor.schoolId, patch), 'School');
    const changed = (['name', 'urn', 'localAuthority'] as const).filter(
      (k) => patch[k] !== undefined && patch[k] !== before[k],
    );
    await r.audit.append(
      {
        type: 'school.updated',
        actor,
        schoolId: actor.schoolId,
        subject: { type: 'school', id: actor.schoolId },
        summary: 'School details updated',
        details: { changed },
      },
      now,
    );
    return after;
  });
}
