import type { Repos } from '../../ports.ts';
import type { ConcernNarrative } from '../concern.ts';
import type { ChildVault, ConcernChildRow, ConcernRow } from '../ports.ts';

export interface InboxItem {
  id: string;
  reference: string;
  kind: ConcernRow['kind'];
  recordedAt: string;
  incidentAt: string;
  recordedBy: { id: string; fullName: string };
  immediateRisk: boolean;
  status: ConcernRow['status'];
  primaryCategory: { id: string; label: string };
  children: { pupilId: string; displayName: string; role: ConcernChildRow['role'] }[];
  ownerId: string | null;
  acknowledgedAt: string | null;
  /** A colleague's request for reconsideration is waiting for the DSL's answer (D19). */
  reconsiderationOpen: boolean;
}

/** A request for reconsideration and its answer, as the DSL team and the recorder read them. */
export interface ReconsiderationView {
  id: string;
  requestedAt: string;
  requestedBy: { id: string; fullName: string };
  reason: string;
  answer: string | null;
  answeredAt: string | null;
  answeredBy: { id: string; fullName: string } | null;
}

/** Concern-level notes (decisions, actions, reconsiderations) are sealed with the first child's key. */
export const anchorChild = (children: ConcernChildRow[]): string =>
  (children[0] as ConcernChildRow).pupilId;

export async function inboxItems(
  r: Repos,
  schoolId: string,
  rows: ConcernRow[],
): Promise<InboxItem[]> {
  const children = await r.concerns.children(
    schoolId,
    rows.map((c) => c.id),
  );
  const pupils = await r.pupils.namesOf(
    schoolId,
    children.map((c) => c.pupilId),
  );
  const staff = await r.staff.namesOf(
    schoolId,
    rows.map((c) => c.recordedBy),
  );
  const categories = new Map((await r.categories.list(schoolId)).map((c) => [c.id, c.label]));
  const asked = new Set(
    await r.concerns.awaitingAnswer(
      schoolId,
      rows.map((c) => c.id),
    ),
  );
  return rows.map((c) => ({
    id: c.id,
    reference: c.reference,
    kind: c.kind,
    recordedAt: c.recordedAt,
    incidentAt: c.incidentAt,
    recordedBy: { id: c.recordedBy, fullName: staff.get(c.recordedBy) ?? 'Unknown' },
    immediateRisk: c.immediateRisk,
    status: c.status,
    primaryCategory: {
      id: c.primaryCategoryId,
      label: categories.get(c.primaryCategoryId) ?? 'Unknown',
    },
    children: children
      .filter((ch) => ch.concernId === c.id)
      .map((ch) => ({
        pupilId: ch.pupilId,
        displayName: pupils.get(ch.pupilId)?.displayName ?? 'Unknown',
        role: ch.role,
      })),
    ownerId: c.ownerId,
    acknowledgedAt: c.acknowledgedAt,
    reconsiderationOpen: asked.has(c.id),
  }));
}

/** Every request on these children's concerns with its answer, opened, oldest first, by concern. */
export async function reconsiderationsOf(
  r: Repos,
  vault: ChildVault,
  schoolId: string,
  children: ConcernChildRow[],
): Promise<Map<string, ReconsiderationView[]>> {
  const rows = await r.concerns.reconsiderations(schoolId, [
    ...new Set(children.map((c) => c.concernId)),
  ]);
  const names = await r.staff.namesOf(
    schoolId,
    rows.flatMap((x) => (x.answeredBy ? [x.requestedBy, x.answeredBy] : [x.requestedBy])),
  );
  const person = (id: string) => ({ id, fullName: names.get(id) ?? 'Unknown' });
  const out = new Map<string, ReconsiderationView[]>();
  for (const x of rows) {
    const anchor = anchorChild(children.filter((c) => c.concernId === x.concernId));
    const text = async (sealed: string) =>
      (await openJson<{ text: string }>(vault, anchor, sealed))?.text ?? '';
    const list = out.get(x.concernId) ?? [];
    list.push({
      id: x.id,
      requestedAt: x.requestedAt,
      requestedBy: person(x.requestedBy),
      reason: await text(x.reasonSealed),
      answer: x.answerSealed ? await text(x.answerSealed) : null,
      answeredAt: x.answeredAt,
      answeredBy: x.answeredBy ? person(x.answeredBy) : null,
    });
    out.set(x.concernId, list);
  }
  return out;
}

/** Opens a sealed JSON value with a child's key; null when that file has been destroyed. */
export async function openJson<T>(
  vault: ChildVault,
  pupilId: string,
  sealed: string | null,
): Promise<T | null> {
  if (!sealed) return null;
  const text = await vault.open(pupilId, sealed);
  return text === null ? null : (JSON.parse(text) as T);
}

export async function narrativeFor(
  vault: ChildVault,
  children: ConcernChildRow[],
): Promise<ConcernNarrative | null> {
  for (const c of children) {
    const n = await openJson<ConcernNarrative>(vault, c.pupilId, c.sealed);
    if (n) return n;
  }
  return null;
}
