import type { Actor } from '../../access/actor.ts';
import { decide } from '../../access/policy.ts';
import { requireAccess } from '../../access/require-access.ts';
import { ageOn, assertNotFuture } from '../../shared/dates.ts';
import { newId } from '../../shared/ids.ts';
import { AppError, invalid, notFound } from '../../shared/app-error.ts';
import { displayName } from '../../people/pupil.ts';
import {
  chronologyConcern,
  chronologyConcernText,
  type ChronologyConcern,
} from '../chronology-concern.ts';
import { concernRecordedSummary, type ConcernNarrative } from '../concern.ts';
import type { FileEntryRow } from '../ports.ts';
import { otherChildrenOf } from './other-children-unnamed.ts';
import { openJson } from './concern-view.ts';
import type { ConcernDeps } from './deps.ts';

export interface ChronologyEntry {
  id: string;
  at: string;
  kind: FileEntryRow['kind'];
  significant: boolean;
  summary: string;
  /** For a concern's own entry, what it recorded (its `concern`) written out, as the PDF prints it. */
  text: string | null;
  author: { id: string; fullName: string };
  concernId: string | null;
  /** Set on the entry a concern made when it was recorded; null on every other. */
  concern: ChronologyConcern | null;
}

/** As for a concern's incident: nothing in a child protection file is older (see concern.ts). */
const EARLIEST_NOTE = Date.parse('1990-01-01T00:00:00Z');

/** DSL team, or a colleague with a live grant for this child (D24); anyone else: "not found". */
async function fileAccess(
  deps: ConcernDeps,
  actor: Actor,
  pupilId: string,
  action: 'file.read' | 'file.write' | 'file.grant',
) {
  const { exists, grant, mfa } = await deps.store.transaction(async (r) => ({
    exists: (await r.pupils.namesOf(actor.schoolId, [pupilId])).has(pupilId),
    grant: await r.grants.live(
      actor.schoolId,
      pupilId,
      actor.userId,
      deps.clock.now().toISOString(),
    ),
    mfa: (await r.staff.get(actor.schoolId, actor.userId))?.mfaEnrolled === true,
  }));
  // Another school's child, or no child at all: the same answer as a refusal.
  if (!exists) throw notFound('file');
  const resource = {
    type: 'file' as const,
    schoolId: actor.schoolId,
    id: pupilId,
    grantedToActor: grant !== null,
  };
  await requireAccess(deps, actor, action, resource, { refuseAsNotFound: true });
  const team = decide(actor, 'file.write', resource).allowed;
  // The DSL team cannot skip two-step sign-in, so neither may someone let into one file: an
  // account with only a password is one stolen password from a child protection file.
  if (!team && !mfa)
    throw new AppError(
      'FORBIDDEN',
      'Set up two-step sign-in before you open a file shared with you',
      'mfa',
    );
  return team
    ? { via: 'dsl_team' as const }
    : // Which grant let them in, so "who viewed" can be read against "who has access".
      { via: 'grant' as const, grantId: grant?.id };
}

/** The child protection file: a chronology of everything, newest first (D31). Every read is audited. */
export async function getFile(
  deps: ConcernDeps,
  actor: Actor,
  pupilId: string,
  /** `exported`: read to print it (the PDF), which "who viewed" tells apart. */
  q: { kind?: string; significant?: boolean; exported?: boolean },
) {
  const { via, grantId } = await fileAccess(deps, actor, pupilId, 'file.read');
  const now = deps.clock.now();
  return deps.store.transaction(async (r) => {
    const pupil = await r.pupils.get(actor.schoolId, pupilId);
    if (!pupil) throw notFound('file');
    const vault = deps.vault(r);
    const entries = await r.files.entries(actor.schoolId, pupilId, q);
    const names = await r.staff.namesOf(
      actor.schoolId,
      entries.map((e) => e.authorId),
    );
    // The entry a concern made was sealed as a reference only ("Concern C-00001 recorded"); what
    // it was about is read from the concern, for every concern the child is in at once. A
    // colleague's reading needs them whatever the filter: their children's names come out of all.
    const concerns = new Map(
      via === 'grant' || entries.some((e) => e.kind === 'concern')
        ? (await r.files.concernsOf(actor.schoolId, pupilId)).map((c) => [c.concernId, c])
        : [],
    );
    const unnamed =
      via === 'grant'
        ? await otherChildrenOf(r, actor.schoolId, pupil, [
            ...concerns.keys(),
            ...entries.flatMap((e) => (e.concernId ? [e.concernId] : [])),
          ])
        : null;
    const shown = (t: string) => (unnamed ? unnamed(t) : t);
    const chronology: ChronologyEntry[] = [];
    for (const e of entries) {
      const row = e.kind === 'concern' && e.concernId ? concerns.get(e.concernId) : undefined;
      const narrative = row ? await openJson<ConcernNarrative>(vault, pupilId, row.sealed) : null;
      // A concern's own entry holds only its summary, which its row says as well: opening the
      // narrative is enough, and a long chronology is mostly concerns.
      const content =
        row && narrative
          ? { summary: concernRecordedSummary(row.kind, row.reference) }
          : await openJson<{ summary: string; text?: string; rationale?: string }>(
              vault,
              pupilId,
              e.sealed,
            );
      const concern = row ? chronologyConcern(row, narrative, shown) : null;
      // Decisions recorded before 2026-12 kept their rationale under its own name.
      const text = content?.text ?? content?.rationale ?? null;
      chronology.push({
        id: e.id,
        at: e.at,
        kind: e.kind,
        significant: e.significant,
        summary: shown(content?.summary ?? '(destroyed)'),
        text: concern ? chronologyConcernText(concern) : text === null ? null : shown(text),
        author: { id: e.authorId, fullName: names.get(e.authorId) ?? 'Unknown' },
        concernId: e.concernId,
        concern,
      });
    }
    await r.audit.append(
      {
        type: 'file.read',
        actor,
        schoolId: actor.schoolId,
        subject: { type: 'file', id: pupilId },
        summary: q.exported
          ? 'Exported a child protection file as a PDF'
          : 'Read a child protection file',
        details: {
          via,
          ...(grantId ? { grantId } : {}),
          ...(q.exported ? { exported: true } : {}),
        },
      },
      now,
    );
    const opened = await r.files.opened(actor.schoolId, pupilId);
    return {
      pupil: {
        id: pupil.id,
        displayName: displayName(pupil),
        dateOfBirth: pupil.dateOfBirth,
        yearGroup: pupil.yearGroup,
        isAdult: ageOn(pupil.dateOfBirth, now) >= 18,
        senFlag: pupil.senFlag,
        lookedAfter: pupil.lookedAfter,
      },
      openedAt: opened?.openedAt ?? null,
      chronology,
    };
  });
}

/** What of the child's record a read opened, for "who viewed this file". */
export type ViewedPart = 'file' | 'pdf' | 'concern' | 'attachment';

const VIEWERS_SHOWN = 500;

/**
 * "Who viewed this file" (D32): every read of the child's record, by whom, how they could, and
 * what they opened: the file, its PDF, or one of the child's concerns or their attachments, which
 * say as much about the child as the file does.
 */
export async function fileViewers(deps: ConcernDeps, actor: Actor, pupilId: string) {
  await fileAccess(deps, actor, pupilId, 'file.grant');
  return deps.store.transaction(async (r) => {
    const concerns = await r.files.entries(actor.schoolId, pupilId, { kind: 'concern' });
    const reads = await r.audit.list({
      schoolId: actor.schoolId,
      type: 'file.read',
      subjectId: pupilId,
      limit: VIEWERS_SHOWN,
    });
    const concernReads = await r.audit.list({
      schoolId: actor.schoolId,
      types: ['concern.read', 'concern.attachment_read'],
      subjectIds: [...new Set(concerns.flatMap((e) => (e.concernId ? [e.concernId] : [])))],
      limit: VIEWERS_SHOWN,
    });
    return [...reads, ...concernReads]
      .sort((a, b) => b.seq - a.seq)
      .slice(0, VIEWERS_SHOWN)
      .map((e) => {
        const details = e.details as { via?: string; exported?: boolean };
        const what: ViewedPart =
          e.type === 'concern.read'
            ? 'concern'
            : e.type === 'concern.attachment_read'
              ? 'attachment'
              : details.exported
                ? 'pdf'
                : 'file';
        return {
          at: e.at,
          who: { id: e.actorId, fullName: e.actorName },
          roles: e.actorRoles,
          via: details.via ?? 'dsl_team',
          what,
          concernId: e.type === 'file.read' ? null : e.subjectId,
        };
      });
  });
}

/** A note of a contact with parents or another agency (D30, D37). */
export async function addFileNote(
  deps: ConcernDeps,
  actor: Actor,
  pupilId: string,
  input: { at: string; text: string; significant: boolean },
) {
  await fileAccess(deps, actor, pupilId, 'file.write');
  const now = deps.clock.now();
  // A note says when the contact was: a year mistyped (0001, 2999) would misplace it for good.
  if (Date.parse(input.at) < EARLIEST_NOTE)
    throw invalid('at', 'Enter a date on or after 1 January 1990');
  assertNotFuture('at', input.at, now);
  return deps.store.transaction(async (r) => {
    if (!(await r.pupils.get(actor.schoolId, pupilId))) throw notFound('file');
    const vault = deps.vault(r);
    const id = newId();
    const firstLine = input.text.split('\n')[0]?.slice(0, 120) ?? '';
    await r.files.open(actor.schoolId, pupilId, actor.userId, now.toISOString());
    await r.files.addEntries([
      {
        id,
        schoolId: actor.schoolId,
        pupilId,
        concernId: null,
        kind: 'note',
        at: new Date(input.at).toISOString(),
        authorId: actor.userId,
        significant: input.significant,
        sealed: await vault.seal(
          actor.schoolId,
          pupilId,
          JSON.stringify({ summary: firstLine, text: input.text }),
        ),
      },
    ]);
    await r.audit.append(
      {
        type: 'file.note_added',
        actor,
        schoolId: actor.schoolId,
        subject: { type: 'file', id: pupilId },
        summary: 'Note added to a child protection file',
        details: {},
      },
      now,
    );
    return { id };
  });
}

export async function markEntry(
  deps: ConcernDeps,
  actor: Actor,
  pupilId: string,
  entryId: string,
  significant: boolean,
) {
  await fileAccess(deps, actor, pupilId, 'file.write');
  await deps.store.transaction(async (r) => {
    if (!(await r.files.setSignificant(actor.schoolId, pupilId, entryId, significant)))
      throw notFound('Entry');
    await r.audit.append(
      {
        type: 'file.entry_marked',
        actor,
        schoolId: actor.schoolId,
        subject: { type: 'file', id: pupilId },
        summary: significant ? 'Entry marked significant' : 'Entry unmarked',
        details: { entryId, significant },
      },
      deps.clock.now(),
    );
  });
}

export { fileAccess };
