import type { Actor } from '../../access/actor.ts';
import { assertFound } from '../../access/require-access.ts';
import type { ConcernDeps } from '../../concerns/use-cases/deps.ts';
import { openJson } from '../../concerns/use-cases/concern-view.ts';
import { meetDeadlines, openDeadline } from '../../deadlines/use-cases/open.ts';
import { AppError, invalid } from '../../shared/app-error.ts';
import { assertNotFuture } from '../../shared/dates.ts';
import { newId } from '../../shared/ids.ts';
import type { Repos } from '../../ports.ts';
import type { ReferralRow } from '../ports.ts';
import {
  CLOSURE_LABELS,
  OUTCOMES,
  transition,
  type ReferralEvent,
  type ReferralInput,
} from '../referral.ts';
import { agenciesOf } from './agencies.ts';
import { addFileEntry, checkLinks, requireDslTeam } from './shared.ts';
import { referralViews, type ReferralSecrets, type ReferralView } from './view.ts';

/** The agency as the school names it: "other" by the name given, the rest from the list. */
async function agencyText(r: Repos, row: ReferralRow, secrets: ReferralSecrets): Promise<string> {
  if (row.agency === 'other' && secrets.agencyName) return secrets.agencyName;
  const found = (await agenciesOf(r, row.schoolId)).find((a) => a.code === row.agency);
  return found?.label ?? row.agency;
}

/** Starts the follow-up clock on a referral that has been made (owner: whoever made it). */
const startFollowUp = (r: Repos, actor: Actor, row: ReferralRow, madeAt: string, now: Date) =>
  openDeadline(r, actor, {
    rule: 'referral_follow_up',
    subjectType: 'referral',
    subjectId: row.id,
    pupilId: row.pupilId,
    ownerId: row.withoutDsl ? null : row.madeBy,
    start: new Date(madeAt),
    now,
  });

/** Builds, seals, files and audits a new referral; shared by the DSL's form and staff's own. */
export async function addReferral(
  deps: ConcernDeps,
  r: Repos,
  actor: Actor,
  input: ReferralInput,
  flags: { withoutDsl: boolean; fgm: boolean },
  now: Date,
): Promise<ReferralRow> {
  await checkLinks(r, actor.schoolId, input);
  const agencies = await agenciesOf(r, actor.schoolId);
  if (!agencies.some((a) => a.code === input.agency && a.active))
    throw invalid('agency', 'Choose an agency from the list');
  if (input.madeAt) assertNotFuture('madeAt', input.madeAt, now);
  const at = now.toISOString();
  const vault = deps.vault(r);
  const secrets: ReferralSecrets = { reason: input.reason, agencyName: input.agencyName };
  const row: ReferralRow = {
    id: newId(),
    schoolId: actor.schoolId,
    pupilId: input.pupilId,
    concernId: input.concernId,
    agency: input.agency,
    method: input.method,
    urgent: input.urgent,
    fgm: flags.fgm,
    withoutDsl: flags.withoutDsl,
    abuseCategory: input.abuseCategory,
    state: input.madeAt ? 'made' : 'draft',
    agencyReference: input.agencyReference || null,
    madeBy: actor.userId,
    madeAt: input.madeAt ? new Date(input.madeAt).toISOString() : null,
    acknowledgedAt: null,
    outcome: null,
    outcomeAt: null,
    closureReason: null,
    closedAt: null,
    withdrawnAt: null,
    sealed: await vault.seal(actor.schoolId, input.pupilId, JSON.stringify(secrets)),
    createdAt: at,
    updatedAt: at,
  };
  await r.referrals.add(row);
  if (row.madeAt && !flags.fgm) await startFollowUp(r, actor, row, row.madeAt, now);
  const what = flags.fgm
    ? 'FGM reported to the police'
    : `${row.state === 'draft' ? 'Referral drafted' : 'Referral made'} to ${await agencyText(r, row, secrets)}`;
  await addFileEntry(r, vault, actor, {
    pupilId: row.pupilId,
    concernId: row.concernId,
    kind: 'referral',
    at: row.madeAt ?? at,
    significant: row.state !== 'draft',
    content: {
      summary: `${what}${flags.withoutDsl ? ' by staff while the DSL was unavailable' : ''}${row.agencyReference ? ` (reference ${row.agencyReference})` : ''}`,
      text: input.reason,
    },
  });
  await r.audit.append(
    {
      type: 'referral.created',
      actor,
      schoolId: actor.schoolId,
      subject: { type: 'referral', id: row.id },
      summary: flags.fgm ? 'FGM report to the police recorded' : `Referral recorded (${row.state})`,
      details: {
        agency: row.agency,
        state: row.state,
        withoutDsl: flags.withoutDsl,
        fgm: flags.fgm,
      },
    },
    now,
  );
  return row;
}

/** The DSL team refers a child (D17, D30): made now, or saved as a draft to make later. */
export async function createReferral(
  deps: ConcernDeps,
  actor: Actor,
  input: ReferralInput,
): Promise<ReferralView> {
  await requireDslTeam(deps, actor);
  const now = deps.clock.now();
  return deps.store.transaction(async (r) => {
    const row = await addReferral(deps, r, actor, input, { withoutDsl: false, fgm: false }, now);
    return (await referralViews(r, deps.vault(r), actor.schoolId, [row]))[0] as ReferralView;
  });
}

export async function listReferrals(
  deps: ConcernDeps,
  actor: Actor,
  q: { pupilId?: string; concernId?: string },
): Promise<ReferralView[]> {
  await requireDslTeam(deps, actor);
  return deps.store.transaction(async (r) => {
    const rows = await r.referrals.list(actor.schoolId, { ...q, limit: 200 });
    return referralViews(r, deps.vault(r), actor.schoolId, rows);
  });
}

export async function getReferral(
  deps: ConcernDeps,
  actor: Actor,
  id: string,
): Promise<ReferralView> {
  await requireDslTeam(deps, actor, id);
  const now = deps.clock.now();
  return deps.store.transaction(async (r) => {
    const row = assertFound(await r.referrals.get(actor.schoolId, id), 'Referral');
    await r.audit.append(
      {
        type: 'referral.read',
        actor,
        schoolId: actor.schoolId,
        subject: { type: 'referral', id },
        summary: 'Referral read',
        details: {},
      },
      now,
    );
    return (await referralViews(r, deps.vault(r), actor.schoolId, [row]))[0] as ReferralView;
  });
}

type StepInput =
  | { event: 'make'; madeAt: string; agencyReference: string }
  | { event: 'acknowledge'; agencyReference: string }
  | {
      event: 'record_outcome';
      outcome: keyof typeof OUTCOMES;
      outcomeAt: string;
      notes: string;
      agencyReference: string;
    }
  | { event: 'close'; closureReason: keyof typeof CLOSURE_LABELS | null }
  | { event: 'withdraw'; reason: string };

const EVENT_WORDS: Record<ReferralEvent, string> = {
  make: 'made',
  acknowledge: 'acknowledged by the agency',
  record_outcome: 'outcome recorded',
  close: 'closed',
  withdraw: 'withdrawn',
};

/**
 * Moves a referral through its state machine: draft → made → acknowledged → outcome recorded →
 * closed, or withdrawn with a reason. Making it starts the follow-up clock; an outcome or a
 * withdrawal stops it. Each step is in the child's chronology and the audit log.
 */
export async function stepReferral(
  deps: ConcernDeps,
  actor: Actor,
  id: string,
  input: StepInput,
): Promise<ReferralView> {
  await requireDslTeam(deps, actor, id);
  const now = deps.clock.now();
  const at = now.toISOString();
  return deps.store.transaction(async (r) => {
    const row = assertFound(await r.referrals.get(actor.schoolId, id), 'Referral');
    const to = transition(row.state, input.event);
    if (!to)
      throw new AppError(
        'CONFLICT',
        `A referral that is ${row.state.replace('_', ' ')} cannot be ${EVENT_WORDS[input.event]}`,
      );
    const vault = deps.vault(r);
    const secrets = (await openJson<ReferralSecrets>(vault, row.pupilId, row.sealed)) ?? {
      reason: '',
      agencyName: '',
    };
    const patch: Partial<ReferralRow> = { state: to, updatedAt: at };
    let detail = '';
    if (input.event === 'make') {
      assertNotFuture('madeAt', input.madeAt, now);
      patch.madeAt = new Date(input.madeAt).toISOString();
      patch.agencyReference = input.agencyReference || row.agencyReference;
      await startFollowUp(r, actor, row, patch.madeAt, now);
    } else if (input.event === 'acknowledge') {
      patch.acknowledgedAt = at;
      patch.agencyReference = input.agencyReference || row.agencyReference;
    } else if (input.event === 'record_outcome') {
      assertNotFuture('outcomeAt', input.outcomeAt, now);
      patch.outcome = input.outcome;
      patch.outcomeAt = new Date(input.outcomeAt).toISOString();
      patch.agencyReference = input.agencyReference || row.agencyReference;
      secrets.outcomeNotes = input.notes;
      detail = `: ${OUTCOMES[input.outcome]}`;
      await meetDeadlines(r, actor, row.id, ['referral_follow_up'], now);
    } else if (input.event === 'close') {
      patch.closedAt = at;
      patch.closureReason = input.closureReason;
      if (input.closureReason) detail = `: ${CLOSURE_LABELS[input.closureReason]}`;
    } else {
      patch.withdrawnAt = at;
      secrets.withdrawnReason = input.reason;
      for (const d of await r.deadlines.watchedFor(actor.schoolId, row.id, ['referral_follow_up']))
        await r.deadlines.close(actor.schoolId, d.id, {
          state: 'waived',
          closedAt: at,
          closedBy: actor.userId,
          waivedReason: 'Referral withdrawn',
        });
    }
    if (input.event === 'record_outcome' || input.event === 'withdraw')
      patch.sealed = await vault.seal(actor.schoolId, row.pupilId, JSON.stringify(secrets));
    await r.referrals.update(actor.schoolId, id, patch);
    await addFileEntry(r, vault, actor, {
      pupilId: row.pupilId,
      concernId: row.concernId,
      kind: 'referral',
      at,
      significant: input.event === 'make' || input.event === 'record_outcome',
      content: {
        summary: `Referral to ${await agencyText(r, row, secrets)} ${EVENT_WORDS[input.event]}${detail}`,
        text:
          input.event === 'record_outcome'
            ? input.notes
            : input.event === 'withdraw'
              ? input.reason
              : null,
      },
    });
    await r.audit.append(
      {
        type: 'referral.updated',
        actor,
        schoolId: actor.schoolId,
        subject: { type: 'referral', id },
        summary: `Referral ${EVENT_WORDS[input.event]}`,
        details: { from: row.state, to },
      },
      now,
    );
    const fresh = assertFound(await r.referrals.get(actor.schoolId, id), 'Referral');
    return (await referralViews(r, vault, actor.schoolId, [fresh]))[0] as ReferralView;
  });
}
