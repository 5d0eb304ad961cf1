import type { Actor } from '../../access/actor.ts';
import { requireAccess } from '../../access/require-access.ts';
import { newId } from '../../shared/ids.ts';
import type { Repos } from '../../ports.ts';
import { displayName } from '../pupil.ts';
import {
  countActions,
  duplicateUpns,
  planRoster,
  type IdentityChange,
  type RosterAction,
  type RosterCounts,
  type RosterProblem,
  type RosterRow,
} from '../roster.ts';
import type { PeopleDeps } from './deps.ts';

export interface RosterSource {
  /** 'csv' or 'ctf', for the audit trail. */
  kind: string;
  rows: RosterRow[];
  problems: RosterProblem[];
}

export interface ImportSummary {
  counts: RosterCounts;
  problems: RosterProblem[];
  flagged: { line: number; pupilId: string; pupilName: string; change: IdentityChange }[];
  applied: boolean;
}

export interface ImportOptions {
  dryRun: boolean;
  /**
   * A CSV is all or nothing (a spreadsheet is fixed and sent again); a CTF imports the good pupils
   * and reports the bad ones (it comes from another school and cannot be fixed here).
   */
  allOrNothing: boolean;
  onProgress?: (done: number, total: number) => void;
}

function summarise(actions: RosterAction[], problems: RosterProblem[], applied: boolean) {
  return {
    counts: countActions(actions),
    problems,
    flagged: actions.flatMap((a) =>
      a.kind === 'flag'
        ? [
            {
              line: a.row.line,
              pupilId: a.pupil.id,
              pupilName: displayName(a.pupil),
              change: a.change,
            },
          ]
        : [],
    ),
    applied,
  };
}

/** Writes a plan: new pupils in bulk, changed ones one by one, identity changes held back. */
async function apply(
  r: Repos,
  actor: Actor,
  actions: RosterAction[],
  source: string,
  now: Date,
  onProgress?: (done: number, total: number) => void,
) {
  const creates = actions.flatMap((a) =>
    a.kind === 'create' ? [{ id: newId(), input: a.row.input }] : [],
  );
  await r.roster.createMany(actor.schoolId, creates, now, (written) =>
    onProgress?.(written, actions.length),
  );
  let done = creates.length;
  onProgress?.(done, actions.length);
  for (const a of actions) {
    if (a.kind === 'update') {
      const patch = Object.fromEntries(
        a.changed.map((f) => [f, a.row.input[f as keyof typeof a.row.input]]),
      );
      await r.pupils.update(actor.schoolId, a.pupil.id, patch, now);
    }
    if (a.kind !== 'create' && ++done % 500 === 0) onProgress?.(done, actions.length);
  }
  // The same file imported again before anyone has decided holds the same change once.
  const open = new Set(
    (await r.roster.openFlags(actor.schoolId)).map(
      (f) => `${f.pupilId}|${f.change}|${f.incomingValue}`,
    ),
  );
  await r.roster.addFlags(
    actions.flatMap((a) =>
      a.kind === 'flag' && !open.has(`${a.pupil.id}|${a.change}|${a.incoming}`)
        ? [
            {
              id: newId(),
              schoolId: actor.schoolId,
              pupilId: a.pupil.id,
              change: a.change,
              currentValue: a.current,
              incomingValue: a.incoming,
              incoming: a.row.input,
              source,
              createdAt: now.toISOString(),
              resolvedAt: null,
              resolvedBy: null,
              resolution: null,
            },
          ]
        : [],
    ),
  );
  onProgress?.(actions.length, actions.length);
}

/**
 * Takes in a pupil list (D03, D11): a preview that names every problem, then an upsert by UPN that
 * can be run again without duplicates. Child protection records are never touched; a changed date
 * of birth or UPN is flagged for a person to decide, not applied. One audit event says what changed.
 */
export async function importPupils(
  deps: PeopleDeps,
  actor: Actor,
  source: RosterSource,
  opts: ImportOptions,
): Promise<ImportSummary> {
  await requireAccess(deps, actor, 'pupil.import', { type: 'pupil', schoolId: actor.schoolId });
  const problems = [...source.problems, ...duplicateUpns(source.rows)].sort(
    (a, b) => a.line - b.line,
  );
  const bad = new Set(problems.map((p) => p.line));
  const rows = source.rows.filter((r) => !bad.has(r.line));
  const now = deps.clock.now();
  const hold = opts.dryRun || (opts.allOrNothing && problems.length > 0);
  return deps.store.transaction(async (r) => {
    const actions = planRoster(await r.roster.everyone(actor.schoolId), rows);
    if (hold) return summarise(actions, problems, false);
    await apply(r, actor, actions, source.kind, now, opts.onProgress);
    const counts = countActions(actions);
    await r.audit.append(
      {
        type: 'pupil.imported',
        actor,
        schoolId: actor.schoolId,
        subject: null,
        summary: `Pupils imported from a ${source.kind.toUpperCase()} file`,
        details: {
          source: source.kind,
          created: counts.create,
          updated: counts.update,
          unchanged: counts.unchanged,
          flagged: counts.flag,
          failed: new Set(problems.map((p) => p.line)).size,
        },
      },
      now,
    );
    return summarise(actions, problems, true);
  });
}
