import type { Actor } from '../../access/actor.ts';
import type { ConcernDeps } from '../../concerns/use-cases/deps.ts';
import { openJson } from '../../concerns/use-cases/concern-view.ts';
import { meetDeadlines, openDeadline } from '../../deadlines/use-cases/open.ts';
import type { RuleId } from '../../deadlines/rules.ts';
import { assertNotFuture } from '../../shared/dates.ts';
import { newId } from '../../shared/ids.ts';
import { MEETING_KINDS, type MeetingInput } from '../disclosure.ts';
import type { MeetingKind, MeetingRow } from '../ports.ts';
import { addFileEntry, checkLinks, requireDslTeam } from './shared.ts';

export interface MeetingView {
  id: string;
  pupilId: string;
  kind: MeetingKind;
  heldAt: string;
  notes: string;
  recordedBy: { id: string; fullName: string };
}

/** Which clocks a meeting stops, and which it starts (Working Together's timescales). */
const CLOCKS: Record<MeetingKind, { meets: RuleId[]; opens: RuleId[] }> = {
  strategy_discussion: { meets: [], opens: ['icpc'] },
  icpc: { meets: ['icpc'], opens: ['core_group', 'cp_review_first'] },
  core_group: { meets: ['core_group'], opens: [] },
  review_conference: { meets: ['cp_review_first', 'cp_review'], opens: ['cp_review'] },
};

/**
 * Records a child protection meeting on the child's file (D22, D38). The statutory clocks hang off
 * the child: a strategy discussion starts the 15-working-day clock for the initial conference,
 * which in turn starts the core group and review clocks.
 */
export async function recordMeeting(
  deps: ConcernDeps,
  actor: Actor,
  input: MeetingInput,
): Promise<MeetingView> {
  await requireDslTeam(deps, actor);
  const now = deps.clock.now();
  assertNotFuture('heldAt', input.heldAt, now);
  return deps.store.transaction(async (r) => {
    await checkLinks(r, actor.schoolId, input);
    const vault = deps.vault(r);
    const heldAt = new Date(input.heldAt);
    const row: MeetingRow = {
      id: newId(),
      schoolId: actor.schoolId,
      pupilId: input.pupilId,
      kind: input.kind,
      heldAt: heldAt.toISOString(),
      recordedBy: actor.userId,
      recordedAt: now.toISOString(),
      sealed: await vault.seal(
        actor.schoolId,
        input.pupilId,
        JSON.stringify({ notes: input.notes }),
      ),
    };
    await r.meetings.add(row);
    const clocks = CLOCKS[input.kind];
    await meetDeadlines(r, actor, input.pupilId, clocks.meets, now);
    for (const rule of clocks.opens)
      await openDeadline(r, actor, {
        rule,
        subjectType: 'meeting',
        subjectId: input.pupilId,
        pupilId: input.pupilId,
        ownerId: actor.userId,
        start: heldAt,
        now,
      });
    await addFileEntry(r, vault, actor, {
      pupilId: input.pupilId,
      concernId: null,
      kind: 'meeting',
      at: row.heldAt,
      significant: true,
      content: { summary: MEETING_KINDS[input.kind], text: input.notes },
    });
    await r.audit.append(
      {
        type: 'meeting.recorded',
        actor,
        schoolId: actor.schoolId,
        subject: { type: 'meeting', id: row.id },
        summary: `${MEETING_KINDS[input.kind]} recorded`,
        details: { kind: input.kind },
      },
      now,
    );
    return {
      id: row.id,
      pupilId: row.pupilId,
      kind: row.kind,
      heldAt: row.heldAt,
      notes: input.notes,
      recordedBy: { id: actor.userId, fullName: actor.fullName },
    };
  });
}

export async function listMeetings(
  deps: ConcernDeps,
  actor: Actor,
  pupilId: string,
): Promise<MeetingView[]> {
  await requireDslTeam(deps, actor);
  return deps.store.transaction(async (r) => {
    const vault = deps.vault(r);
    const rows = await r.meetings.list(actor.schoolId, pupilId);
    const staff = await r.staff.namesOf(actor.schoolId, [
      ...new Set(rows.map((m) => m.recordedBy)),
    ]);
    const out: MeetingView[] = [];
    for (const m of rows) {
      const secrets = await openJson<{ notes: string }>(vault, m.pupilId, m.sealed);
      out.push({
        id: m.id,
        pupilId: m.pupilId,
        kind: m.kind,
        heldAt: m.heldAt,
        notes: secrets?.notes ?? '',
        recordedBy: { id: m.recordedBy, fullName: staff.get(m.recordedBy) ?? 'Unknown' },
      });
    }
    return out;
  });
}
