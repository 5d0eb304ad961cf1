import type { Actor } from '../../access/actor.ts';
import { requireAccess } from '../../access/require-access.ts';
import { openJson } from '../../concerns/use-cases/concern-view.ts';
import type { ConcernDeps } from '../../concerns/use-cases/deps.ts';
import { addFileEntry } from '../../referrals/use-cases/shared.ts';
import { assertPupil } from './marks.ts';
import { conflict, notFound } from '../../shared/app-error.ts';
import { assertNotFuture } from '../../shared/dates.ts';
import { newId } from '../../shared/ids.ts';
import type { Repos } from '../../ports.ts';
import { CME_ACTIONS, type CmeActionInput, type CmeOpenInput } from '../inputs.ts';
import type { CmeEntryRow } from '../ports.ts';

interface Sealed {
  reason: string;
  closeOutcome?: string;
}

const team = (deps: ConcernDeps, actor: Actor) =>
  requireAccess(deps, actor, 'cme.manage', { type: 'cme', schoolId: actor.schoolId });

async function present(deps: ConcernDeps, r: Repos, e: CmeEntryRow, withActions: boolean) {
  const vault = deps.vault(r);
  const secrets = await openJson<Sealed>(vault, e.pupilId, e.sealed);
  const names = await r.pupils.namesOf(e.schoolId, [e.pupilId]);
  const rows = withActions ? await r.cme.actions(e.schoolId, e.id) : [];
  const staff = await r.staff.namesOf(e.schoolId, [e.openedBy, ...rows.map((a) => a.recordedBy)]);
  const actions = [];
  for (const a of rows) {
    const s = await openJson<{ doneBy: string; outcome: string }>(vault, a.pupilId, a.sealed);
    actions.push({
      id: a.id,
      kind: a.kind,
      kindLabel: CME_ACTIONS[a.kind],
      at: a.at,
      doneBy: s?.doneBy ?? '',
      outcome: s?.outcome ?? '(destroyed)',
      recordedBy: staff.get(a.recordedBy) ?? 'Unknown',
    });
  }
  return {
    id: e.id,
    pupilId: e.pupilId,
    pupilName: names.get(e.pupilId)?.displayName ?? 'Unknown',
    lastSeenOn: e.lastSeenOn,
    reason: secrets?.reason ?? '(destroyed)',
    openedAt: e.openedAt,
    openedBy: staff.get(e.openedBy) ?? 'Unknown',
    closedAt: e.closedAt,
    closeOutcome: secrets?.closeOutcome ?? null,
    actions,
  };
}

export type CmeView = Awaited<ReturnType<typeof present>>;

/**
 * Adds a child whose whereabouts are unknown to the register of children missing education (D10).
 * A child is on the register once at a time; each step goes into their chronology.
 */
export async function openCme(deps: ConcernDeps, actor: Actor, input: CmeOpenInput) {
  await team(deps, actor);
  const now = deps.clock.now();
  assertNotFuture('lastSeenOn', `${input.lastSeenOn}T00:00:00Z`, now);
  return deps.store.transaction(async (r) => {
    // Another school's child answers as no child at all.
    await assertPupil(r, actor.schoolId, input.pupilId);
    if ((await r.cme.list(actor.schoolId, { open: true, pupilId: input.pupilId })).length)
      throw conflict('pupilId', 'This child is already on the missing education register');
    const vault = deps.vault(r);
    const row: CmeEntryRow = {
      id: newId(),
      schoolId: actor.schoolId,
      pupilId: input.pupilId,
      lastSeenOn: input.lastSeenOn,
      openedAt: now.toISOString(),
      openedBy: actor.userId,
      closedAt: null,
      closedBy: null,
      sealed: await vault.seal(
        actor.schoolId,
        input.pupilId,
        JSON.stringify({ reason: input.reason }),
      ),
    };
    await r.cme.add(row);
    await addFileEntry(r, vault, actor, {
      pupilId: input.pupilId,
      concernId: null,
      kind: 'cme',
      at: row.openedAt,
      significant: true,
      content: {
        summary: `Added to the children missing education register (last seen ${input.lastSeenOn})`,
        text: input.reason,
      },
    });
    await r.audit.append(
      {
        type: 'cme.opened',
        actor,
        schoolId: actor.schoolId,
        subject: { type: 'pupil', id: input.pupilId },
        summary: 'Child added to the missing education register',
        details: { lastSeenOn: input.lastSeenOn },
      },
      now,
    );
    return present(deps, r, row, true);
  });
}

async function openEntry(r: Repos, schoolId: string, id: string) {
  const entry = await r.cme.get(schoolId, id);
  if (!entry) throw notFound('entry');
  if (entry.closedAt) throw conflict('id', 'This entry is closed');
  return entry;
}

/** A call, home visit, referral to the missing education service, the police, or another step. */
export async function addCmeAction(
  deps: ConcernDeps,
  actor: Actor,
  entryId: string,
  input: CmeActionInput,
) {
  await team(deps, actor);
  const now = deps.clock.now();
  assertNotFuture('at', input.at, now);
  return deps.store.transaction(async (r) => {
    const entry = await openEntry(r, actor.schoolId, entryId);
    const vault = deps.vault(r);
    const at = new Date(input.at).toISOString();
    const doneBy = input.doneBy || actor.fullName;
    await r.cme.addAction({
      id: newId(),
      schoolId: actor.schoolId,
      entryId,
      pupilId: entry.pupilId,
      kind: input.kind,
      at,
      recordedBy: actor.userId,
      recordedAt: now.toISOString(),
      sealed: await vault.seal(
        actor.schoolId,
        entry.pupilId,
        JSON.stringify({ doneBy, outcome: input.outcome }),
      ),
    });
    await addFileEntry(r, vault, actor, {
      pupilId: entry.pupilId,
      concernId: null,
      kind: 'cme',
      at,
      significant: input.kind === 'police' || input.kind === 'cme_referral',
      content: {
        summary: `Missing education: ${CME_ACTIONS[input.kind]} by ${doneBy}`,
        text: input.outcome,
      },
    });
    await r.audit.append(
      {
        type: 'cme.action_added',
        actor,
        schoolId: actor.schoolId,
        subject: { type: 'pupil', id: entry.pupilId },
        summary: `Missing education: ${CME_ACTIONS[input.kind]}`,
        details: { kind: input.kind },
      },
      now,
    );
    return present(deps, r, entry, true);
  });
}

/** The child is found (or the entry otherwise ends): where they are now is recorded. */
export async function closeCme(deps: ConcernDeps, actor: Actor, entryId: string, outcome: string) {
  await team(deps, actor);
  const now = deps.clock.now();
  return deps.store.transaction(async (r) => {
    const entry = await openEntry(r, actor.schoolId, entryId);
    const vault = deps.vault(r);
    const before = await openJson<Sealed>(vault, entry.pupilId, entry.sealed);
    const sealed = await vault.seal(
      actor.schoolId,
      entry.pupilId,
      JSON.stringify({ reason: before?.reason ?? '', closeOutcome: outcome }),
    );
    const closedAt = now.toISOString();
    if (!(await r.cme.close(actor.schoolId, entryId, { closedAt, closedBy: actor.userId, sealed })))
      throw conflict('id', 'This entry is closed');
    await addFileEntry(r, vault, actor, {
      pupilId: entry.pupilId,
      concernId: null,
      kind: 'cme',
      at: closedAt,
      significant: true,
      content: { summary: 'Removed from the children missing education register', text: outcome },
    });
    await r.audit.append(
      {
        type: 'cme.closed',
        actor,
        schoolId: actor.schoolId,
        subject: { type: 'pupil', id: entry.pupilId },
        summary: 'Child removed from the missing education register',
        details: {},
      },
      now,
    );
    return present(deps, r, { ...entry, closedAt, closedBy: actor.userId, sealed }, true);
  });
}

/** Missing-education records are read from the child's file: the read is on its "who viewed". */
const readAudit = (r: Repos, actor: Actor, pupilId: string, now: Date) =>
  r.audit.append(
    {
      type: 'file.read',
      actor,
      schoolId: actor.schoolId,
      subject: { type: 'file', id: pupilId },
      summary: 'Missing education record read',
      details: { via: 'missing_education' },
    },
    now,
  );

/** The register: children still missing, or (closed) those found or otherwise accounted for. */
export async function listCme(deps: ConcernDeps, actor: Actor, state: 'open' | 'closed') {
  await team(deps, actor);
  return deps.store.transaction(async (r) => {
    const out: CmeView[] = [];
    const rows = await r.cme.list(actor.schoolId, { open: state === 'open' });
    const now = deps.clock.now();
    for (const e of rows.filter((row) => (state === 'open') === (row.closedAt === null))) {
      out.push(await present(deps, r, e, false));
      // The register opens each child's sealed reason, so each child's file records the read.
      await readAudit(r, actor, e.pupilId, now);
    }
    return out;
  });
}

export async function getCme(deps: ConcernDeps, actor: Actor, entryId: string) {
  await team(deps, actor);
  return deps.store.transaction(async (r) => {
    const entry = await r.cme.get(actor.schoolId, entryId);
    if (!entry) throw notFound('entry');
    await readAudit(r, actor, entry.pupilId, deps.clock.now());
    return present(deps, r, entry, true);
  });
}
