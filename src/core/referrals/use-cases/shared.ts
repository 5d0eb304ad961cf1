import type { Actor } from '../../access/actor.ts';
import { requireAccess } from '../../access/require-access.ts';
import type { ConcernDeps } from '../../concerns/use-cases/deps.ts';
import type { ChildVault } from '../../concerns/ports.ts';
import { invalid } from '../../shared/app-error.ts';
import { newId } from '../../shared/ids.ts';
import type { Repos } from '../../ports.ts';
import type { FileEntryRow } from '../../concerns/ports.ts';

/** DSL-team steps answer "not found" to anyone else, as child protection files do. */
export const requireDslTeam = (deps: ConcernDeps, actor: Actor, id?: string) =>
  requireAccess(
    deps,
    actor,
    'referral.manage',
    { type: 'referral', schoolId: actor.schoolId, ...(id ? { id } : {}) },
    { refuseAsNotFound: true },
  );

/** The pupil must be in this school, and a linked concern must be this school's too. */
export async function checkLinks(
  r: Repos,
  schoolId: string,
  links: { pupilId: string; concernId?: string | null; referralId?: string | null },
): Promise<void> {
  const pupils = await r.pupils.namesOf(schoolId, [links.pupilId]);
  if (!pupils.has(links.pupilId)) throw invalid('pupilId', 'Choose a pupil from this school');
  if (links.concernId && !(await r.concerns.get(schoolId, links.concernId)))
    throw invalid('concernId', 'Choose a concern from this school');
  if (links.referralId && !(await r.referrals.get(schoolId, links.referralId)))
    throw invalid('referralId', 'Choose a referral from this school');
}

/** Opens the child's file if need be and adds one chronology entry, sealed with the child's key. */
export async function addFileEntry(
  r: Repos,
  vault: ChildVault,
  actor: Actor,
  e: {
    pupilId: string;
    concernId: string | null;
    kind: FileEntryRow['kind'];
    at: string;
    significant: boolean;
    content: object;
  },
): Promise<void> {
  await r.files.open(actor.schoolId, e.pupilId, actor.userId, e.at);
  await r.files.addEntries([
    {
      id: newId(),
      schoolId: actor.schoolId,
      pupilId: e.pupilId,
      concernId: e.concernId,
      kind: e.kind,
      at: e.at,
      authorId: actor.userId,
      significant: e.significant,
      sealed: await vault.seal(actor.schoolId, e.pupilId, JSON.stringify(e.content)),
    },
  ]);
}

/** Tells the DSL team (or whoever is on duty) that something needs them; the email names no child. */
export async function alertDslTeam(
  deps: ConcernDeps,
  r: Repos,
  schoolId: string,
  pupilId: string,
  now: string,
): Promise<void> {
  const kind = 'staff_referral' as const;
  const subject = 'A colleague has recorded a referral they made themselves';
  for (const roles of [
    ['dsl', 'deputy_dsl'],
    ['headteacher', 'deputy_head'],
  ] as const) {
    const people = await r.staff.alertable(schoolId, roles, now);
    if (!people.length) continue;
    await r.notifications.add(
      people.map((p) => ({
        id: newId(),
        schoolId,
        userId: p.id,
        kind,
        concernId: null,
        createdAt: now,
        readAt: null,
      })),
    );
    await r.outbox.enqueue(
      people.map((p) => ({
        id: newId(),
        schoolId,
        kind: 'email' as const,
        payload: {
          to: p.email,
          recipientId: p.id,
          subject,
          text: `${subject}.\n\nOpen Haven to see it:\n${deps.publicUrl()}/files/${pupilId}\n\nThis email deliberately contains no details.\n`,
        },
        createdAt: now,
        availableAt: now,
      })),
    );
    return;
  }
}
