import type { Actor } from '../../access/actor.ts';
import { requireAccess } from '../../access/require-access.ts';
import { SAFEGUARDING_ROLES } from '../../access/roles.ts';
import { newId } from '../../shared/ids.ts';
import type { Repos } from '../../ports.ts';
import { DEFAULT_LOCAL_CONTACTS, type LocalContact } from '../contacts.ts';
import type { ConcernDeps } from './deps.ts';

/** A school's contacts, seeded with the defaults the first time they are needed. */
export async function localContactsOf(r: Repos, schoolId: string): Promise<LocalContact[]> {
  const existing = await r.contacts.list(schoolId);
  if (existing.length) return existing;
  await r.contacts.replace(
    schoolId,
    DEFAULT_LOCAL_CONTACTS.map((c) => ({ ...c, id: newId() })),
  );
  return r.contacts.list(schoolId);
}

/** The numbers to ring now (D17), as the school has set them. */
export async function emergencyNumbers(
  r: Repos,
  schoolId: string,
): Promise<{ name: string; phone: string }[]> {
  return (await localContactsOf(r, schoolId))
    .filter((c) => c.kind === 'emergency')
    .map((c) => ({ name: c.label, phone: c.phone }));
}

/** Everything for the "who to tell" poster (D04, D46): the safeguarding team and local numbers. */
export async function safeguardingContacts(deps: ConcernDeps, actor: Actor) {
  await requireAccess(deps, actor, 'school.read', { type: 'school', schoolId: actor.schoolId });
  return deps.store.transaction(async (r) => {
    const holders = await r.staff.holdersOf(actor.schoolId, SAFEGUARDING_ROLES);
    const team = Object.fromEntries(
      SAFEGUARDING_ROLES.map((role) => [
        role,
        holders.filter((h) => h.roles.includes(role)).map((h) => h.fullName),
      ]),
    );
    return { team, contacts: await localContactsOf(r, actor.schoolId) };
  });
}

export async function replaceContacts(
  deps: ConcernDeps,
  actor: Actor,
  contacts: LocalContact[],
): Promise<LocalContact[]> {
  await requireAccess(deps, actor, 'school.update', { type: 'school', schoolId: actor.schoolId });
  return deps.store.transaction(async (r) => {
    await r.contacts.replace(
      actor.schoolId,
      contacts.map((c) => ({ ...c, id: newId() })),
    );
    await r.audit.append(
      {
        type: 'school.updated',
        actor,
        schoolId: actor.schoolId,
        subject: { type: 'school', id: actor.schoolId },
        summary: 'Safeguarding contacts updated',
        details: { changed: ['contacts'] },
      },
      deps.clock.now(),
    );
    return r.contacts.list(actor.schoolId);
  });
}
