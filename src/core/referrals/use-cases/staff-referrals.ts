import { z } from 'zod';
import type { Actor } from '../../access/actor.ts';
import { requireAccess } from '../../access/require-access.ts';
import type { ConcernDeps } from '../../concerns/use-cases/deps.ts';
import { meetDeadlines } from '../../deadlines/use-cases/open.ts';
import { assertNotFuture } from '../../shared/dates.ts';
import { referralInputSchema, type ReferralInput } from '../referral.ts';
import { addReferral } from './referrals.ts';
import { alertDslTeam } from './shared.ts';

const isoInstant = z.iso.datetime({ offset: true, message: 'Enter a date and time' });

/** D20: a referral a member of staff made themselves; it has been made, so the time is required. */
export const ownReferralSchema = referralInputSchema.safeExtend({ madeAt: isoInstant });

/** D13: the teacher who found a known case of FGM reports it to the police personally. */
export const fgmReportSchema = z.object({
  pupilId: z.uuid('Choose a pupil'),
  concernId: z.uuid().nullable().default(null),
  notifiedAt: isoInstant,
  policeReference: z.string().trim().min(1, 'Enter the police reference number').max(100),
  details: z.string().trim().max(20_000).default(''),
});

const recordOwn = (deps: ConcernDeps, actor: Actor) =>
  requireAccess(deps, actor, 'referral.recordOwn', { type: 'referral', schoolId: actor.schoolId });

/**
 * When the DSL cannot be reached, anyone may refer to social care and must not wait (D20). The
 * referral goes on the child's file, its follow-up clock falls to the DSL team, and they are
 * alerted at once. The person who made it is answered with an id, not the file.
 */
export async function recordOwnReferral(
  deps: ConcernDeps,
  actor: Actor,
  input: ReferralInput & { madeAt: string },
): Promise<{ id: string }> {
  await recordOwn(deps, actor);
  const now = deps.clock.now();
  return deps.store.transaction(async (r) => {
    const row = await addReferral(deps, r, actor, input, { withoutDsl: true, fgm: false }, now);
    await alertDslTeam(deps, r, actor.schoolId, row.pupilId, now.toISOString());
    return { id: row.id };
  });
}

/**
 * Records a known case of FGM reported to the police by the teacher who found it (D13): who, when
 * and the police reference. It meets the "end of the next working day" clock and tells the DSL.
 */
export async function recordFgmReport(
  deps: ConcernDeps,
  actor: Actor,
  input: z.infer<typeof fgmReportSchema>,
): Promise<{ id: string }> {
  await recordOwn(deps, actor);
  const now = deps.clock.now();
  assertNotFuture('notifiedAt', input.notifiedAt, now);
  return deps.store.transaction(async (r) => {
    const row = await addReferral(
      deps,
      r,
      actor,
      {
        pupilId: input.pupilId,
        concernId: input.concernId,
        agency: 'police',
        agencyName: '',
        method: 'phone',
        urgent: true,
        abuseCategory: null,
        reason: input.details || 'Known case of FGM reported to the police.',
        madeAt: input.notifiedAt,
        agencyReference: input.policeReference,
      },
      { withoutDsl: false, fgm: true },
      now,
    );
    const clocks = await r.deadlines.list(actor.schoolId, {
      states: ['open', 'missed'],
      pupilId: input.pupilId,
      limit: 50,
    });
    for (const d of clocks.filter((x) => x.rule === 'fgm_police'))
      await meetDeadlines(r, actor, d.subjectId, ['fgm_police'], now);
    await alertDslTeam(deps, r, actor.schoolId, row.pupilId, now.toISOString());
    return { id: row.id };
  });
}
