import type { Actor } from '../../access/actor.ts';
import { londonDateTime } from '../../calendar/london-time.ts';
import { invalid, notFound } from '../../shared/app-error.ts';
import { isIsoDate } from '../../shared/dates.ts';
import { newId } from '../../shared/ids.ts';
import { SUBJECTS } from './alerts.ts';
import type { ConcernDeps } from './deps.ts';
import { fileAccess } from './files.ts';

/**
 * "Until 20 December" means to the end of that day in school, London time, as the page sends
 * it: a date alone read as its first instant would end the access a day early.
 */
function expiryOf(value: string): Date {
  if (!isIsoDate(value)) return new Date(value);
  try {
    return londonDateTime(value, '23:59:59.999');
  } catch {
    // London's calendar is kept for 1978 to 2199; a year outside it is a slip of the keyboard.
    throw invalid('expiresAt', 'Access can be given for a year at most');
  }
}

/** Need-to-know access for one colleague to one child's file, with a reason and an expiry (D24). */
export async function grantAccess(
  deps: ConcernDeps,
  actor: Actor,
  pupilId: string,
  input: { granteeId: string; reason: string; expiresAt: string },
): Promise<{ id: string }> {
  await fileAccess(deps, actor, pupilId, 'file.grant');
  const now = deps.clock.now();
  const expiresAt = expiryOf(input.expiresAt);
  if (expiresAt <= now) throw invalid('expiresAt', 'The expiry must be in the future');
  if (expiresAt.getTime() - now.getTime() > 366 * 86_400_000) {
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
      expiresAt: expiresAt.toISOString(),
      revokedAt: null,
    });
    await r.audit.append(
      {
        type: 'grant.created',
        actor,
        schoolId: actor.schoolId,
        subject: { type: 'file', id: pupilId },
        summary: `${grantee.fullName} given access to a child protection file`,
        details: { granteeId: grantee.id, expiresAt: expiresAt.toISOString() },
      },
      now,
    );
    // Access nobody knows about is no use to the child. Both alerts point at the grantee's own
    // list, not the file, so neither carries even the child's id; someone granting themselves
    // already knows.
    if (grantee.id !== actor.userId) {
      const at = now.toISOString();
      const subject = SUBJECTS.file_shared;
      await r.notifications.add([
        {
          id: newId(),
          schoolId: actor.schoolId,
          userId: grantee.id,
          kind: 'file_shared',
          concernId: null,
          createdAt: at,
          readAt: null,
        },
      ]);
      await r.outbox.enqueue([
        {
          id: newId(),
          schoolId: actor.schoolId,
          kind: 'email',
          payload: {
            to: grantee.email,
            recipientId: grantee.id,
            subject,
            text: `${subject}.\n\nOpen Haven to see it:\n${deps.publicUrl()}/files/shared\n\nThis email deliberately contains no details.\n`,
          },
          createdAt: at,
          availableAt: at,
        },
      ]);
    }
    return { id };
  });
}

export interface SharedFile {
  grantId: string;
  pupil: { id: string; displayName: string };
  reason: string;
  grantedBy: { id: string; fullName: string };
  grantedAt: string;
  expiresAt: string;
}

/**
 * The files the actor may open through a grant (D24), with why they were given access: they
 * need the reason to know what is asked of them. The reasons are opened from the children's
 * files, so reading the list is audited, as a child protection event the school's log shows
 * only to the DSL team.
 */
export async function listSharedWithMe(deps: ConcernDeps, actor: Actor): Promise<SharedFile[]> {
  const now = deps.clock.now();
  return deps.store.transaction(async (r) => {
    const grants = await r.grants.liveFor(actor.schoolId, actor.userId, now.toISOString());
    const pupils = await r.pupils.namesOf(
      actor.schoolId,
      grants.map((g) => g.pupilId),
    );
    const names = await r.staff.namesOf(
      actor.schoolId,
      grants.map((g) => g.grantedBy),
    );
    const vault = deps.vault(r);
    const out: SharedFile[] = [];
    for (const g of grants) {
      const pupil = pupils.get(g.pupilId);
      // Not on this school's roll: the file would answer "not found", so the row would lead nowhere.
      if (!pupil) continue;
      out.push({
        grantId: g.id,
        pupil: { id: g.pupilId, displayName: pupil.displayName },
        reason: (await vault.open(g.pupilId, g.reason)) ?? '(destroyed)',
        grantedBy: { id: g.grantedBy, fullName: names.get(g.grantedBy) ?? 'Unknown' },
        grantedAt: g.createdAt,
        expiresAt: g.expiresAt,
      });
    }
    await r.audit.append(
      {
        type: 'grant.listed',
        actor,
        schoolId: actor.schoolId,
        subject: null,
        summary: 'Listed the child protection files shared with them',
        details: { count: out.length },
      },
      now,
    );
    return out;
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
