import type { Actor } from '../../access/actor.ts';
import { assertFound } from '../../access/require-access.ts';
import { AppError } from '../../shared/app-error.ts';
import type { Repos } from '../../ports.ts';
import type { ConcernInput } from '../concern.ts';
import { contentHash } from '../fingerprint.ts';
import { ESCALATION_LADDER, type AlertedRung, alertedRung } from './alerts.ts';
import { emergencyNumbers } from './contacts.ts';
import type { ConcernReceipt } from './record-concern.ts';

/** Who the first sending alerted: the lowest rung of the ladder any of its recipients stands on. */
async function rungAlerted(r: Repos, schoolId: string, concernId: string): Promise<AlertedRung> {
  const ids = await r.notifications.recipientsAbout(concernId, ['new_concern', 'urgent_concern']);
  const roles = new Set(
    (await Promise.all(ids.map((id) => r.staff.get(schoolId, id)))).flatMap((s) => s?.roles ?? []),
  );
  return alertedRung(ESCALATION_LADDER.findIndex((rung) => rung.some((role) => roles.has(role))));
}

/**
 * The receipt for a concern this author already sent under the same key: a phone that lost the
 * reply and sent again is shown what the first sending did, and nothing is recorded twice. A
 * second sending with other words (the form was changed after the reply was lost) is refused,
 * never quietly dropped: a signed record is not edited, and what changed belongs in an addendum.
 */
export async function receiptAgain(
  r: Repos,
  actor: Actor,
  concernId: string,
  input: ConcernInput,
): Promise<ConcernReceipt> {
  const c = assertFound(await r.concerns.get(actor.schoolId, concernId), 'Concern');
  if (contentHash({ recordedBy: c.recordedBy, recordedAt: c.recordedAt, input }) !== c.contentHash)
    throw new AppError(
      'CONFLICT',
      `This concern was already sent, as ${c.reference}, with different words. Nothing new was recorded: open it from “My concerns” and add what has changed as an addendum.`,
    );
  const alerted = await rungAlerted(r, actor.schoolId, concernId);
  const fgm = (await r.deadlines.ofSubject(actor.schoolId, concernId)).find(
    (d) => d.rule === 'fgm_police',
  );
  return {
    id: c.id,
    reference: c.reference,
    recordedAt: c.recordedAt,
    recordedBy: { id: actor.userId, fullName: actor.fullName },
    contentHash: c.contentHash,
    immediateRisk: c.immediateRisk,
    alerted,
    ...(c.immediateRisk || alerted === 'nobody'
      ? { contacts: await emergencyNumbers(r, actor.schoolId) }
      : {}),
    ...(fgm ? { fgmReport: { dueAt: fgm.dueAt, basis: fgm.basis } } : {}),
  };
}
