import type { Actor } from '../../access/actor.ts';
import type { ConcernDeps } from '../../concerns/use-cases/deps.ts';
import { openJson } from '../../concerns/use-cases/concern-view.ts';
import { assertNotFuture } from '../../shared/dates.ts';
import { newId } from '../../shared/ids.ts';
import type { Repos } from '../../ports.ts';
import {
  LAWFUL_BASES,
  PARENT_REASONS,
  type ParentsInput,
  type SharingInput,
} from '../disclosure.ts';
import type { DisclosureRow } from '../ports.ts';
import { addFileEntry, checkLinks, requireDslTeam } from './shared.ts';

interface DisclosureSecrets {
  whoTold?: string;
  reason?: string;
  sharedWith?: string;
  what?: string;
  why?: string;
}

export interface DisclosureView {
  id: string;
  kind: DisclosureRow['kind'];
  pupilId: string;
  concernId: string | null;
  referralId: string | null;
  decision: string;
  basis: string | null;
  basisLabel: string | null;
  at: string;
  by: { id: string; fullName: string };
  details: DisclosureSecrets;
}

const basisLabel = (row: DisclosureRow): string | null => {
  if (!row.basis) return null;
  const labels: Record<string, string> = { ...PARENT_REASONS, ...LAWFUL_BASES };
  return labels[row.basis] ?? row.basis;
};

async function views(deps: ConcernDeps, r: Repos, schoolId: string, rows: DisclosureRow[]) {
  const vault = deps.vault(r);
  const staff = await r.staff.namesOf(schoolId, [...new Set(rows.map((x) => x.recordedBy))]);
  const out: DisclosureView[] = [];
  for (const row of rows) {
    out.push({
      id: row.id,
      kind: row.kind,
      pupilId: row.pupilId,
      concernId: row.concernId,
      referralId: row.referralId,
      decision: row.decision,
      basis: row.basis,
      basisLabel: basisLabel(row),
      at: row.at,
      by: { id: row.recordedBy, fullName: staff.get(row.recordedBy) ?? 'Unknown' },
      details: (await openJson<DisclosureSecrets>(vault, row.pupilId, row.sealed)) ?? {},
    });
  }
  return out;
}

async function record(
  deps: ConcernDeps,
  actor: Actor,
  input: { pupilId: string; concernId: string | null; referralId: string | null; at: string },
  d: {
    kind: DisclosureRow['kind'];
    decision: string;
    basis: string | null;
    secrets: DisclosureSecrets;
    summary: string;
    text: string;
  },
): Promise<DisclosureView> {
  await requireDslTeam(deps, actor);
  const now = deps.clock.now();
  assertNotFuture('at', input.at, now);
  return deps.store.transaction(async (r) => {
    await checkLinks(r, actor.schoolId, input);
    const vault = deps.vault(r);
    const row: DisclosureRow = {
      id: newId(),
      schoolId: actor.schoolId,
      pupilId: input.pupilId,
      kind: d.kind,
      concernId: input.concernId,
      referralId: input.referralId,
      decision: d.decision,
      basis: d.basis,
      at: new Date(input.at).toISOString(),
      byId: actor.userId,
      recordedBy: actor.userId,
      recordedAt: now.toISOString(),
      sealed: await vault.seal(actor.schoolId, input.pupilId, JSON.stringify(d.secrets)),
    };
    await r.disclosures.add(row);
    await addFileEntry(r, vault, actor, {
      pupilId: row.pupilId,
      concernId: row.concernId,
      kind: 'disclosure',
      at: row.at,
      significant: d.decision === 'not_told',
      content: { summary: d.summary, text: d.text },
    });
    await r.audit.append(
      {
        type: 'disclosure.recorded',
        actor,
        schoolId: actor.schoolId,
        subject: { type: 'disclosure', id: row.id },
        summary:
          d.kind === 'parents' ? 'Parents decision recorded' : 'Information sharing recorded',
        details: { kind: d.kind, decision: d.decision },
      },
      now,
    );
    return (await views(deps, r, actor.schoolId, [row]))[0] as DisclosureView;
  });
}

/** D18: parents or carers told (when, by whom), or not, with the reason the policy allows. */
export const recordParents = (deps: ConcernDeps, actor: Actor, input: ParentsInput) =>
  record(deps, actor, input, {
    kind: 'parents',
    decision: input.told ? 'told' : 'not_told',
    basis: input.told ? null : input.reasonCode,
    secrets: input.told ? { whoTold: input.whoTold } : { reason: input.reason },
    summary: input.told
      ? `Parents or carers told, by ${input.whoTold}`
      : `Parents or carers not told: ${PARENT_REASONS[input.reasonCode ?? 'other']}`,
    text: input.told ? '' : input.reason,
  });

/** D37: what was shared, with whom, why, and on what lawful basis. */
export const recordSharing = (deps: ConcernDeps, actor: Actor, input: SharingInput) =>
  record(deps, actor, input, {
    kind: 'sharing',
    decision: 'shared',
    basis: input.lawfulBasis,
    secrets: { sharedWith: input.sharedWith, what: input.what, why: input.why },
    summary: `Information shared with ${input.sharedWith} (${LAWFUL_BASES[input.lawfulBasis]})`,
    text: `What: ${input.what}\nWhy: ${input.why}`,
  });

export async function listDisclosures(
  deps: ConcernDeps,
  actor: Actor,
  q: { pupilId?: string; concernId?: string },
): Promise<DisclosureView[]> {
  await requireDslTeam(deps, actor);
  return deps.store.transaction(async (r) =>
    views(deps, r, actor.schoolId, await r.disclosures.list(actor.schoolId, q)),
  );
}
