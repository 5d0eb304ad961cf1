import type { z } from 'zod';
import type { Actor } from '../../access/actor.ts';
import type { Action } from '../../access/policy.ts';
import { meetDeadlines, openDeadline } from '../../deadlines/use-cases/open.ts';
import { AppError, invalid } from '../../shared/app-error.ts';
import { assertNotFuture } from '../../shared/dates.ts';
import type { Repos } from '../../ports.ts';
import {
  INVESTIGATION_STEP_LABELS,
  investigationUnlocked,
  needsDateOfBirth,
  OUTCOME_LABELS,
  retentionFor,
  THRESHOLD_LABELS,
} from '../case.ts';
import type {
  entryInputSchema,
  ladoInputSchema,
  memberInputSchema,
  outcomeInputSchema,
  thresholdInputSchema,
} from '../inputs.ts';
import type { AllegationRow } from '../ports.ts';
import type { AllegationDeps } from './deps.ts';
import { checkPattern } from './patterns.ts';
import { caseAnswer, type CaseAnswer } from './read.ts';
import { settingsOf } from './settings.ts';
import { addCaseEntry, alertCase, auditCase, authorise, loadCase } from './shared.ts';

type Step = (r: Repos, c: AllegationRow, now: Date) => Promise<void>;

/** Every change to a case: the policy first, then one transaction that answers with the case. */
async function change(
  deps: AllegationDeps,
  actor: Actor,
  id: string,
  action: Action,
  step: Step,
): Promise<CaseAnswer> {
  await authorise(deps, actor, id, action);
  const now = deps.clock.now();
  return deps.store.transaction(async (r) => {
    await step(r, await loadCase(r, actor.schoolId, id), now);
    return caseAnswer(deps, r, actor, id, now);
  });
}

const closedRefusal = () => new AppError('CONFLICT', 'The case is closed: an outcome is recorded');

/** Stands down a case's open LADO clock, with the reason on the record. */
async function standDownClock(
  r: Repos,
  actor: Actor,
  c: AllegationRow,
  reason: string,
  at: string,
) {
  for (const d of await r.deadlines.watchedFor(c.schoolId, c.id, ['lado_inform']))
    await r.deadlines.close(c.schoolId, d.id, {
      state: 'waived',
      closedAt: at,
      closedBy: actor.userId,
      waivedReason: reason,
    });
}

/**
 * The case manager decides: an allegation (the harm threshold is met; the LADO must be told) or a
 * low-level concern (U02: kept apart, no LADO, watched for patterns). A decision can be changed
 * until the outcome; each one is on the record with its reason.
 */
export function decideThreshold(
  deps: AllegationDeps,
  actor: Actor,
  id: string,
  input: z.infer<typeof thresholdInputSchema>,
): Promise<CaseAnswer> {
  return change(deps, actor, id, 'allegation.manage', async (r, c, now) => {
    if (c.outcome) throw closedRefusal();
    if (c.threshold === input.decision)
      throw new AppError('CONFLICT', `Already decided: ${THRESHOLD_LABELS[input.decision]}`);
    const at = now.toISOString();
    await r.allegations.update(c.schoolId, c.id, {
      threshold: input.decision,
      thresholdAt: at,
      updatedAt: at,
    });
    await addCaseEntry(deps, r, c, actor, 'threshold', at, {
      summary: THRESHOLD_LABELS[input.decision],
      text: input.rationale,
      facts: { decision: input.decision },
    });
    await auditCase(
      r,
      actor,
      c,
      'allegation.threshold_decided',
      'Threshold decided',
      {
        decision: input.decision,
      },
      now,
    );
    if (input.decision === 'low_level') {
      await standDownClock(
        r,
        actor,
        c,
        'Decided a low-level concern: below the harm threshold',
        at,
      );
      await checkPattern(deps, r, { ...c, threshold: 'low_level' }, now);
    } else if (!c.ladoContactedAt) {
      const open = await r.deadlines.watchedFor(c.schoolId, c.id, ['lado_inform']);
      if (!open.length)
        await openDeadline(r, actor, {
          rule: 'lado_inform',
          subjectType: 'allegation',
          subjectId: c.id,
          pupilId: null,
          ownerId: c.managerId,
          start: now,
          now,
        });
    }
  });
}

/** Contact with the LADO (D42): who, when, what they advised. It unlocks the investigation. */
export function recordLadoContact(
  deps: AllegationDeps,
  actor: Actor,
  id: string,
  input: z.infer<typeof ladoInputSchema>,
): Promise<CaseAnswer> {
  return change(deps, actor, id, 'allegation.manage', async (r, c, now) => {
    if (c.outcome) throw closedRefusal();
    if (c.threshold === 'low_level')
      throw new AppError(
        'CONFLICT',
        'A low-level concern is not referred to the LADO: decide it is an allegation first',
      );
    assertNotFuture('contactedAt', input.contactedAt, now);
    const at = now.toISOString();
    const contactedAt = new Date(input.contactedAt).toISOString();
    const open = await r.deadlines.watchedFor(c.schoolId, c.id, ['lado_inform']);
    await r.allegations.update(c.schoolId, c.id, { ladoContactedAt: contactedAt, updatedAt: at });
    await addCaseEntry(deps, r, c, actor, 'lado_contact', contactedAt, {
      summary: `LADO spoken to: ${input.ladoName}${input.ladoReference ? ` (reference ${input.ladoReference})` : ''}`,
      text: input.advice,
      facts: { ladoName: input.ladoName, ladoReference: input.ladoReference },
    });
    await meetDeadlines(r, actor, c.id, ['lado_inform'], now);
    await auditCase(
      r,
      actor,
      c,
      'allegation.lado_contacted',
      'LADO contact recorded',
      {
        late: open.some((d) => contactedAt > d.dueAt),
      },
      now,
    );
  });
}

/** A note (any time) or an investigation step, which waits for the LADO (D42). */
export function addCaseRecord(
  deps: AllegationDeps,
  actor: Actor,
  id: string,
  input: z.infer<typeof entryInputSchema>,
): Promise<CaseAnswer> {
  return change(deps, actor, id, 'allegation.write', async (r, c, now) => {
    assertNotFuture('at', input.at, now);
    if (input.kind === 'investigation') {
      if (c.outcome) throw closedRefusal();
      if (!investigationUnlocked(c))
        throw new AppError(
          'CONFLICT',
          'Investigation is locked until contact with the LADO is recorded',
        );
    }
    const summary =
      input.kind === 'investigation' && input.step
        ? `Investigation: ${INVESTIGATION_STEP_LABELS[input.step]}`
        : 'Note';
    await addCaseEntry(deps, r, c, actor, input.kind, new Date(input.at).toISOString(), {
      summary,
      text: input.text,
    });
    await auditCase(
      r,
      actor,
      c,
      'allegation.entry_added',
      `Case ${input.kind} added`,
      {
        kind: input.kind,
      },
      now,
    );
  });
}

/** The case manager adds a colleague, only with a reason on the record; never the subject. */
export function addCaseMember(
  deps: AllegationDeps,
  actor: Actor,
  id: string,
  input: z.infer<typeof memberInputSchema>,
): Promise<CaseAnswer> {
  return change(deps, actor, id, 'allegation.manage', async (r, c, now) => {
    if (input.staffId === c.subjectStaffId)
      throw invalid('staffId', 'This is the person the concern is about: they cannot be added');
    const person = await r.staff.get(c.schoolId, input.staffId);
    if (!person || person.disabled) throw invalid('staffId', 'Choose a colleague from this school');
    const at = now.toISOString();
    const added = await r.allegations.addMember({
      caseId: c.id,
      schoolId: c.schoolId,
      staffId: person.id,
      role: 'member',
      reasonCode: 'added',
      sealedReason: deps.cases.seal(c.wrappedKey, c.id, input.reason),
      addedBy: actor.userId,
      addedAt: at,
    });
    if (!added)
      throw new AppError('CONFLICT', `${person.fullName} is already on this case`, 'staffId');
    await addCaseEntry(deps, r, c, actor, 'member_added', at, {
      summary: `${person.fullName} added to the case`,
      text: input.reason,
    });
    await auditCase(
      r,
      actor,
      c,
      'allegation.member_added',
      'Person added to the case',
      {
        staffId: person.id,
        reason: 'added',
      },
      now,
    );
    await alertCase(deps, r, c, [person], 'allegation', at);
  });
}

/**
 * The outcome, and with it the retention rule (U07): false and malicious allegations come off the
 * person's file; the rest are kept until the later of normal pension age or the minimum years.
 */
export function recordOutcome(
  deps: AllegationDeps,
  actor: Actor,
  id: string,
  input: z.infer<typeof outcomeInputSchema>,
): Promise<CaseAnswer> {
  return change(deps, actor, id, 'allegation.manage', async (r, c, now) => {
    if (c.outcome) throw closedRefusal();
    if (!c.threshold)
      throw new AppError(
        'CONFLICT',
        'Decide whether it is an allegation or a low-level concern first',
      );
    if (c.threshold === 'allegation' && !c.ladoContactedAt)
      throw new AppError('CONFLICT', 'Record contact with the LADO before the outcome');
    if (needsDateOfBirth(input.outcome) && !input.subjectDateOfBirth)
      throw invalid(
        'subjectDateOfBirth',
        'Enter the person’s date of birth: the record is kept until the later of their normal pension age or the minimum years',
      );
    if (input.subjectDateOfBirth && input.subjectDateOfBirth >= now.toISOString().slice(0, 10))
      throw invalid('subjectDateOfBirth', 'Enter a date of birth in the past');
    const at = now.toISOString();
    const retention = retentionFor(
      input.outcome,
      { raisedAt: c.raisedAt, outcomeAt: at, subjectDateOfBirth: input.subjectDateOfBirth },
      await settingsOf(r, c.schoolId),
    );
    await r.allegations.update(c.schoolId, c.id, {
      outcome: input.outcome,
      outcomeAt: at,
      retentionRule: retention.rule,
      retainUntil: retention.retainUntil,
      personnelFile: retention.personnelFile,
      updatedAt: at,
    });
    await addCaseEntry(deps, r, c, actor, 'outcome', at, {
      summary: `Outcome: ${OUTCOME_LABELS[input.outcome]}`,
      text: input.rationale,
      facts: { retention: retention.label, subjectDateOfBirth: input.subjectDateOfBirth },
    });
    await standDownClock(r, actor, c, 'Case closed with an outcome', at);
    await auditCase(
      r,
      actor,
      c,
      'allegation.outcome_recorded',
      'Outcome recorded',
      {
        outcome: input.outcome,
        retainUntil: retention.retainUntil,
      },
      now,
    );
  });
}
