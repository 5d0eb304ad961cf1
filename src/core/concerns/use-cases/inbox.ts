import type { Actor } from '../../access/actor.ts';
import { assertFound, requireAccess } from '../../access/require-access.ts';
import type { ConcernStatus } from '../concern.ts';
import type { ConcernNarrative } from '../concern.ts';
import type { ConcernRow } from '../ports.ts';
import { invalid } from '../../shared/app-error.ts';
import {
  anchorChild,
  inboxItems,
  narrativeFor,
  openJson,
  reconsiderationsOf,
  type InboxItem,
  type ReconsiderationView,
} from './concern-view.ts';
import { fingerprintMatches } from '../fingerprint.ts';
import { concernAccess, seenWhenSteppingIn } from './concern-access.ts';
import type { ConcernDeps } from './deps.ts';

/** Where a page of the inbox ended: the last concern's place in its order. */
export interface InboxCursor {
  immediateRisk: boolean;
  recordedAt: string;
  id: string;
}

// Readable on purpose: it sits in the page's address, and anyone can see it holds only a flag, a
// time and a concern's id, never a child's name.
const CURSOR =
  /^([01])~(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)~([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

export const inboxCursor = (c: Pick<ConcernRow, 'immediateRisk' | 'recordedAt' | 'id'>): string =>
  `${c.immediateRisk ? 1 : 0}~${c.recordedAt}~${c.id}`;

/** Null when `text` is not a cursor this inbox gave out. */
export function parseInboxCursor(text: string): InboxCursor | null {
  const m = CURSOR.exec(text);
  if (!m || Number.isNaN(Date.parse(m[2] as string))) return null;
  return { immediateRisk: m[1] === '1', recordedAt: m[2] as string, id: m[3] as string };
}

export const INBOX_PAGE_MAX = 200;
export const INBOX_SEARCH_MAX = 100;

/** More words than this narrow a search no further in practice, and each costs a pass. */
const SEARCH_WORDS_MAX = 6;

/**
 * The words of a search, each to be found somewhere: none for a blank search, no word twice, and
 * the longest few when there are many, since they say the most.
 */
export function searchWords(q: string | undefined): string[] {
  const words = [...new Set((q ?? '').trim().toLowerCase().split(/\s+/).filter(Boolean))];
  return words.length <= SEARCH_WORDS_MAX
    ? words
    : [...words].sort((a, b) => b.length - a.length).slice(0, SEARCH_WORDS_MAX);
}

export interface InboxQuery {
  status?: ConcernStatus;
  urgent?: boolean;
  awaitingAnswer?: boolean;
  /** A member of staff's id; null for concerns nobody owns yet. */
  ownerId?: string | null;
  /** Words in the reference, a child's names or the recorder's name; blank for no search. */
  q?: string;
  /** A cursor from an earlier page's `nextBefore`: the page after it. */
  before?: string;
  limit?: number;
}

/** The DSL team's inbox (D30): urgent first, then newest, a page at a time, with counts per status. */
export async function listInbox(
  deps: ConcernDeps,
  actor: Actor,
  q: InboxQuery,
): Promise<{
  items: (InboxItem & { owner: { id: string; fullName: string } | null })[];
  /** The cursor for the next page; null when this page is the last. */
  nextBefore: string | null;
  /** The whole inbox's, whatever the filters, so a status's number never hides behind a page. */
  counts: Record<ConcernStatus, number>;
  /** How many concerns have a request for reconsideration waiting for an answer (D19). */
  awaitingAnswer: number;
}> {
  await requireAccess(deps, actor, 'concern.triage', { type: 'concern', schoolId: actor.schoolId });
  const before = q.before === undefined ? undefined : parseInboxCursor(q.before);
  if (before === null) throw invalid('before', 'Not a valid place in the inbox');
  if ((q.q ?? '').trim().length > INBOX_SEARCH_MAX)
    throw invalid('q', `Search for ${String(INBOX_SEARCH_MAX)} characters or fewer`);
  const limit = Math.min(Math.max(q.limit ?? 50, 1), INBOX_PAGE_MAX);
  // Nothing is written, so no transaction to wait for: a concern recorded meanwhile may show in
  // the counts a moment before the list, as it would a moment later anyway.
  return deps.store.read(async (r) => {
    const { before: _cursor, q: search, ...filters } = q;
    // One more than the page, to know without a count whether another page follows.
    const rows = await r.concerns.list(actor.schoolId, {
      ...filters,
      matching: searchWords(search),
      before,
      limit: limit + 1,
    });
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    const items = await inboxItems(r, actor.schoolId, page);
    const owners = await r.staff.namesOf(
      actor.schoolId,
      page.flatMap((c) => (c.ownerId ? [c.ownerId] : [])),
    );
    return {
      items: items.map((item) => ({
        ...item,
        owner: item.ownerId
          ? { id: item.ownerId, fullName: owners.get(item.ownerId) ?? 'Unknown' }
          : null,
      })),
      nextBefore: rows.length > limit && last ? inboxCursor(last) : null,
      counts: await r.concerns.counts(actor.schoolId),
      awaitingAnswer: (await r.concerns.awaitingAnswer(actor.schoolId)).length,
    };
  });
}

export interface ConcernDetail extends InboxItem {
  contentHash: string;
  /** Whether the stored record still matches its fingerprint; null once it cannot be read. */
  fingerprintMatches: boolean | null;
  spokeToDsl: boolean;
  tags: { id: string; label: string }[];
  narrative: Omit<ConcernNarrative, 'children'> | null;
  addenda: { id: string; at: string; author: { id: string; fullName: string }; text: string }[];
  attachments: {
    id: string;
    filename: string;
    mime: string;
    size: number;
    uploadedAt: string;
    uploadedBy: { id: string; fullName: string };
  }[];
  decisions: {
    id: string;
    at: string;
    decidedBy: { id: string; fullName: string };
    outcome: string;
    levelOfNeed: string;
    rationale: string;
  }[];
  actions: {
    id: string;
    owner: { id: string; fullName: string };
    dueOn: string;
    description: string;
    doneAt: string | null;
  }[];
  /** Every request for reconsideration and its answer, oldest first (D19). */
  reconsiderations: ReconsiderationView[];
  /** The latest of them, as clients read it when a concern could hold only one. */
  reconsideration: ReconsiderationView | null;
}

/**
 * One concern, decrypted, for the DSL team, or for whoever an alert about it reached when the
 * team was away (D05); reading it is audited with which of the two it was (D32).
 */
export async function getConcern(
  deps: ConcernDeps,
  actor: Actor,
  id: string,
): Promise<ConcernDetail & { via: 'dsl_team' | 'alert' }> {
  const { via } = await concernAccess(deps, actor, id);
  return deps.store.transaction(async (r) => {
    const row = assertFound(await r.concerns.get(actor.schoolId, id), 'Concern');
    const vault = deps.vault(r);
    const children = await r.concerns.children(actor.schoolId, [id]);
    const anchor = anchorChild(children);
    const [item] = await inboxItems(r, actor.schoolId, [row]);
    const narrative = await narrativeFor(vault, children);
    const categories = new Map(
      (await r.categories.list(actor.schoolId)).map((c) => [c.id, c.label]),
    );
    const entries = (await r.files.entries(actor.schoolId, anchor, {})).filter(
      (e) =>
        e.concernId === id &&
        e.kind === 'addendum' &&
        seenWhenSteppingIn(via, row.recordedBy, e.authorId),
    );
    const decisions = await r.concerns.decisions(actor.schoolId, id);
    const actions = await r.concerns.actions(actor.schoolId, id);
    const recons = (await reconsiderationsOf(r, vault, actor.schoolId, children)).get(id) ?? [];
    const attachments = (await r.attachments.list(actor.schoolId, id)).filter((a) =>
      seenWhenSteppingIn(via, row.recordedBy, a.uploadedBy),
    );
    const names = await r.staff.namesOf(actor.schoolId, [
      ...entries.map((e) => e.authorId),
      ...decisions.map((d) => d.decidedBy),
      ...actions.map((a) => a.ownerId),
      ...attachments.map((a) => a.uploadedBy),
    ]);
    const person = (pid: string) => ({ id: pid, fullName: names.get(pid) ?? 'Unknown' });
    await r.audit.append(
      {
        type: 'concern.read',
        actor,
        schoolId: actor.schoolId,
        subject: { type: 'concern', id },
        summary: `Read concern ${row.reference}`,
        details: { via },
      },
      deps.clock.now(),
    );
    // The children are in the item already, with their names.
    const { children: _others, ...rest } = narrative ?? ({} as ConcernNarrative);
    return {
      ...(item as InboxItem),
      via,
      contentHash: row.contentHash,
      fingerprintMatches: narrative ? fingerprintMatches(row, narrative) : null,
      spokeToDsl: row.spokeToDsl,
      tags: row.tagIds.map((t) => ({ id: t, label: categories.get(t) ?? 'Unknown' })),
      narrative: narrative ? rest : null,
      addenda: await Promise.all(
        entries
          .sort((a, b) => a.at.localeCompare(b.at))
          .map(async (e) => ({
            id: e.id,
            at: e.at,
            author: person(e.authorId),
            text: (await openJson<{ text: string }>(vault, anchor, e.sealed))?.text ?? '',
          })),
      ),
      attachments: await Promise.all(
        attachments.map(async (a) => ({
          id: a.id,
          filename: (await vault.open(a.pupilId, a.sealedName)) ?? '(destroyed)',
          mime: a.mime,
          size: a.size,
          uploadedAt: a.uploadedAt,
          uploadedBy: person(a.uploadedBy),
        })),
      ),
      // Someone stepping in for the DSL team sees what was recorded, not the team's own work.
      decisions: await Promise.all(
        (via === 'alert' ? [] : decisions).map(async (d) => ({
          id: d.id,
          at: d.at,
          decidedBy: person(d.decidedBy),
          outcome: d.outcome,
          levelOfNeed: d.levelOfNeed,
          rationale:
            (await openJson<{ rationale: string }>(vault, anchor, d.sealed))?.rationale ?? '',
        })),
      ),
      actions: await Promise.all(
        (via === 'alert' ? [] : actions).map(async (a) => ({
          id: a.id,
          owner: person(a.ownerId),
          dueOn: a.dueOn,
          description:
            (await openJson<{ description: string }>(vault, anchor, a.sealed))?.description ?? '',
          doneAt: a.doneAt,
        })),
      ),
      reconsiderations: via === 'alert' ? [] : recons,
      reconsideration: via === 'alert' ? null : (recons.at(-1) ?? null),
    };
  });
}
