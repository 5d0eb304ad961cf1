import type { Actor } from '../../access/actor.ts';
import { invalid, notFound } from '../../shared/app-error.ts';
import { newId } from '../../shared/ids.ts';
import type { ConcernDeps } from './deps.ts';
import { fileAccess } from './files.ts';

/** Need-to-know access for one colleague to one child's file, with a reason and an expiry (D24). */
export async function grantAccess(
  deps: ConcernDeps,
  actor: Actor,
  pupilId: string,
  input: { granteeId: string; reason: string; expiresAt: string },
): Promise<{ id: string }> {
  await fileAccess(deps, actor, pupilId, 'file.grant');
  const now = deps.clock.now();
  if (new Date(input.expiresAt) <= now)
    throw invalid('expiresAt', 'The expiry must be in the future');
  if (new Date(input.expiresAt).getTime() - now.getTime() > 366 * 86_400_000) {
    throw invalid('expiresAt', 'Access can be given for a year at most');
  }
  return deps.store.transaction(async (r) => {
    if (!(await r.pupils.get(actor.schoolId, pupilId))) throw notFound('file');
    const grantee = await r.staff.get(actor.schoolId, input.granteeId);
    if (!grantee || grantee.disabled)
      throw invalid('granteeId', 'Choose a member of staff in this school');
    const id = newId();
    await r.grants.create({
      id,
      schoolId: actor.schoolId,
      pupilId,
      granteeId: grantee.id,
      grantedBy: actor.userId,
      // The reason can describe the child's situation, so it is sealed like the file itself.
      reason: await deps.vault(r).seal(actor.schoolId, pupilId, input.reason),
      createdAt: now.toISOString(),
      expiresAt: new Date(input.expiresAt).toISOString(),
      revokedAt: null,
    });
    await r.audit.append(
      {
        type: 'grant.created',
        actor,
        schoolId: actor.schoolId,
        subject: { type: 'file', id: pupilId },
        summary: `${grantee.fullName} given access to a child protection file`,
        details: { granteeId: grantee.id, expiresAt: input.expiresAt },
      },
      now,
    );
    return { id };
  });
}

export async function listGrants(deps: ConcernDeps, actor: Actor, pupilId: string) {
  await fileAccess(deps, actor, pupilId, 'file.grant');
  return deps.store.transaction(async (r) => {
    const grants = await r.grants.list(actor.schoolId, pupilId);
    const names = await r.staff.namesOf(
      actor.schoolId,
      grants.flatMap((g) => [g.granteeId, g.grantedBy]),
    );
    const person = (id: string) => ({ id, fullName: names.get(id) ?? 'Unknown' });
    const vault = deps.vault(r);
    const out = [];
    for (const g of grants) {
      out.push({
        id: g.id,
        grantee: person(g.granteeId),
        grantedBy: person(g.grantedBy),
        reason: (await vault.open(pupilId, g.reason)) ?? '(destroyed)',
        createdAt: g.createdAt,
        expiresAt: g.expiresAt,
        revokedAt: g.revokedAt,
      });
    }
    return out;
  });
}

export async function revokeGrant(
  deps: ConcernDeps,
  actor: Actor,
  pupilId: string,
  grantId: string,
): Promise<void> {
  await fileAccess(deps, actor, pupilId, 'file.grant');
  const now = deps.clock.now();
  await deps.store.transaction(async (r) => {
    if (!(await r.grants.revoke(actor.schoolId, pupilId, grantId, now.toISOString())))
      throw notFound('Grant');
    await r.audit.append(
      {
        type: 'grant.revoked',
        actor,
        schoolId: actor.schoolId,
        subject: { type: 'file', id: pupilId },
        summary: 'Access to a child protection file revoked',
        details: { grantId },
      },
      now,
    );
  });
}
