import type { Actor } from '../../access/actor.ts';
import { decide } from '../../access/policy.ts';
import { requireAccess } from '../../access/require-access.ts';
import { invalid } from '../../shared/app-error.ts';
import { assertNotFuture } from '../../shared/dates.ts';
import { newId } from '../../shared/ids.ts';
import type { Repos } from '../../ports.ts';
import {
  concernRecordedSummary,
  concernReference,
  narrativeOf,
  type ConcernInput,
} from '../concern.ts';
import { contentHash } from '../fingerprint.ts';
import { alertedRung, alertLadder, type AlertedRung } from './alerts.ts';
import { emergencyNumbers } from './contacts.ts';
import { receiptAgain } from './receipt-again.ts';
import type { ConcernDeps } from './deps.ts';
import { openDeadline } from '../../deadlines/use-cases/open.ts';

export interface ConcernReceipt {
  id: string;
  reference: string;
  recordedAt: string;
  recordedBy: { id: string; fullName: string };
  contentHash: string;
  immediateRisk: boolean;
  /** Who was alerted: the recorder must know when nobody was, and ring someone themselves. */
  alerted: AlertedRung;
  /** The school's emergency numbers, when the child is at risk now or nobody could be alerted. */
  contacts?: { name: string; phone: string }[];
  /** Set when FGM was chosen: the recorder must report it to the police themselves by then. */
  fgmReport?: { dueAt: string; basis: string };
}

/** Checks the pupils and categories are this school's; answers whether FGM was among them. */
async function checkReferences(r: Repos, schoolId: string, input: ConcernInput): Promise<boolean> {
  const pupils = await r.pupils.namesOf(
    schoolId,
    input.children.map((c) => c.pupilId),
  );
  input.children.forEach((c, i) => {
    if (!pupils.has(c.pupilId))
      throw invalid(`children.${i}.pupilId`, 'Choose a pupil from this school');
  });
  const codes = await r.categories.activeCodes(schoolId, [
    input.primaryCategoryId,
    ...input.tagIds,
  ]);
  if (!codes.has(input.primaryCategoryId))
    throw invalid('primaryCategoryId', 'Choose a category from the list');
  input.tagIds.forEach((t, i) => {
    if (!codes.has(t)) throw invalid(`tagIds.${i}`, 'Choose categories from the list');
  });
  return [...codes.values()].includes('fgm');
}

/**
 * Records a concern (D16, D29): signed with the author and the server's time and a content hash,
 * sealed for each child with that child's key, an entry in each child's file (D08), the DSL team
 * alerted at once through the durable outbox (D05), urgent ones flagged (D17). One transaction.
 */
export async function recordConcern(
  deps: ConcernDeps,
  actor: Actor,
  input: ConcernInput,
  /** The same key on a second sending answers the first receipt: a lost reply, sent again. */
  opts: { submissionKey?: string } = {},
): Promise<ConcernReceipt> {
  await requireAccess(deps, actor, 'concern.create', { type: 'concern', schoolId: actor.schoolId });
  const now = deps.clock.now();
  assertNotFuture('incidentAt', input.incidentAt, now);
  const recordedAt = now.toISOString();
  const id = newId();
  // A DSL or deputy who records a concern is not alerted about it, and no urgent clock runs to
  // make sure the team has heard of it: they are the team. The rest of the team is alerted, and
  // the concern waits in the inbox to be triaged like any other.
  const byTeam = decide(actor, 'concern.triage', {
    type: 'concern',
    schoolId: actor.schoolId,
  }).allowed;
  return deps.store.transaction(async (r) => {
    const key = opts.submissionKey;
    if (key) {
      const claim = { schoolId: actor.schoolId, authorId: actor.userId, key, concernId: id };
      const { earlier } = await r.concerns.claimSubmission({ ...claim, at: recordedAt });
      if (earlier) return receiptAgain(r, actor, earlier, input);
      // Haven's client sends its draft's id as the key, so the draft goes with the sending.
      await r.drafts.delete(actor.schoolId, actor.userId, key);
    }
    const fgm = await checkReferences(r, actor.schoolId, input);
    const vault = deps.vault(r);
    const hash = contentHash({ recordedBy: actor.userId, recordedAt, input });
    const narrative = JSON.stringify(narrativeOf(input));
    const children = [];
    for (const c of input.children) {
      children.push({
        concernId: id,
        pupilId: c.pupilId,
        role: c.role,
        sealed: await vault.seal(actor.schoolId, c.pupilId, narrative),
      });
    }
    // The alerts name the concern by id, so they are queued before anything locks.
    const alerted = alertedRung(
      (
        await alertLadder(
          deps,
          r,
          actor.schoolId,
          id,
          input.immediateRisk ? 'urgent_concern' : 'new_concern',
          0,
          false,
          byTeam ? actor.userId : undefined,
        )
      ).level,
    );
    // D17: the numbers to ring now, as the school has set them; also when nobody could be told.
    const contacts =
      input.immediateRisk || alerted === 'nobody'
        ? await emergencyNumbers(r, actor.schoolId)
        : null;
    // Row locks (the school's reference counter, then its audit chain head) are taken as late as
    // possible and held until commit, so concurrent concerns in one school wait for each other
    // only for the few statements that need the reference.
    const reference = concernReference(await r.concerns.nextReferenceNumber(actor.schoolId));
    await r.concerns.create(
      {
        id,
        schoolId: actor.schoolId,
        reference,
        kind: input.kind,
        recordedBy: actor.userId,
        recordedAt,
        incidentAt: new Date(input.incidentAt).toISOString(),
        primaryCategoryId: input.primaryCategoryId,
        tagIds: input.tagIds,
        immediateRisk: input.immediateRisk,
        spokeToDsl: input.spokeToDsl,
        status: 'new',
        ownerId: null,
        acknowledgedAt: null,
        acknowledgedBy: null,
        contentHash: hash,
      },
      children,
    );
    const summary = JSON.stringify({
      summary: concernRecordedSummary(input.kind, reference),
    });
    const entries = [];
    for (const c of input.children) {
      entries.push({
        id: newId(),
        schoolId: actor.schoolId,
        pupilId: c.pupilId,
        concernId: id,
        kind: 'concern' as const,
        at: recordedAt,
        authorId: actor.userId,
        significant: input.immediateRisk,
        sealed: await vault.seal(actor.schoolId, c.pupilId, summary),
      });
    }
    await r.files.addEntries(entries);
    // FGM: the person who found it must report it to the police by the end of the next working
    // day (D13); the clock is theirs, and the DSL can waive it if it is not a known case.
    const fgmDeadline = fgm
      ? await openDeadline(r, actor, {
          rule: 'fgm_police',
          subjectType: 'concern',
          subjectId: id,
          pupilId: input.children[0]?.pupilId ?? null,
          ownerId: actor.userId,
          start: now,
          now,
        })
      : null;
    // D05, D17: an urgent concern must be acknowledged within minutes, or the alerts climb.
    if (input.immediateRisk && !byTeam)
      await openDeadline(r, actor, {
        rule: 'urgent_ack',
        subjectType: 'concern',
        subjectId: id,
        pupilId: input.children[0]?.pupilId ?? null,
        ownerId: null,
        start: now,
        now,
        defaultValue: deps.urgentAckMinutes,
      });
    await r.audit.append(
      {
        type: 'concern.created',
        actor,
        schoolId: actor.schoolId,
        subject: { type: 'concern', id },
        summary: `Concern ${reference} recorded`,
        details: {
          children: input.children.length,
          immediateRisk: input.immediateRisk,
        },
      },
      now,
    );
    return {
      id,
      reference,
      recordedAt,
      recordedBy: { id: actor.userId, fullName: actor.fullName },
      contentHash: hash,
      immediateRisk: input.immediateRisk,
      alerted,
      ...(contacts ? { contacts } : {}),
      ...(fgmDeadline ? { fgmReport: { dueAt: fgmDeadline.dueAt, basis: fgmDeadline.basis } } : {}),
    };
  });
}
