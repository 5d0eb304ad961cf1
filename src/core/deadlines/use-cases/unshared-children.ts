import type { Actor } from '../../access/actor.ts';
import { decide } from '../../access/policy.ts';
import type { Repos } from '../../ports.ts';
import type { DeadlineSubject } from '../ports.ts';
import type { DeadlineView } from './dashboard.ts';

/** Clocks on a child protection record: which child they are on is for the file's readers. */
const CHILD_PROTECTION: readonly DeadlineSubject[] = ['concern', 'referral', 'meeting', 'action'];

/**
 * Someone outside the DSL team may own a clock on a child protection record (an action, say).
 * They see which child it is on only if they may read that child's file, or recorded the concern
 * the clock is on (a teacher's own FGM report to the police, D13): an action on a concern about
 * two children is filed under one of them, who may not be the one they were told about (D08).
 */
export async function withoutUnsharedChildren(
  r: Repos,
  actor: Actor,
  views: DeadlineView[],
  at: string,
): Promise<DeadlineView[]> {
  const readable = new Map<string, boolean>();
  const fileReadable = async (pupilId: string) => {
    const known = readable.get(pupilId);
    if (known !== undefined) return known;
    const grant = await r.grants.live(actor.schoolId, pupilId, actor.userId, at);
    const resource = {
      type: 'file' as const,
      schoolId: actor.schoolId,
      id: pupilId,
      grantedToActor: grant !== null,
    };
    const allowed = decide(actor, 'file.read', resource).allowed;
    readable.set(pupilId, allowed);
    return allowed;
  };
  const recordedIt = async (v: DeadlineView) =>
    v.subjectType === 'concern' &&
    (await r.concerns.get(actor.schoolId, v.subjectId))?.recordedBy === actor.userId;
  const shown: DeadlineView[] = [];
  for (const v of views) {
    const hidden =
      v.pupilId !== null &&
      CHILD_PROTECTION.includes(v.subjectType) &&
      !(await fileReadable(v.pupilId)) &&
      !(await recordedIt(v));
    // A reason it was waived is written about the child, and opened with their key.
    shown.push(hidden ? { ...v, pupilId: null, pupilName: null, waivedReason: null } : v);
  }
  return shown;
}
