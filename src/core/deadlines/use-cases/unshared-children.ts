import type { Actor } from '../../access/actor.ts';
import { decide } from '../../access/policy.ts';
import type { Repos } from '../../ports.ts';
import type { DeadlineSubject } from '../ports.ts';
import type { DeadlineView } from './dashboard.ts';

/** Clocks on a child protection record: which child they are on is for the file's readers. */
const CHILD_PROTECTION: readonly DeadlineSubject[] = ['concern', 'referral', 'meeting', 'action'];

/**
 * Someone outside the DSL team may own a clock on a child protection record (an action, say).
 * They see which child it is on only if they may read that child's file: an action on a
 * concern about two children is filed under one of them, who may not be the one they were told
 * about (D08).
 */
export async function withoutUnsharedChildren(
  r: Repos,
  actor: Actor,
  views: DeadlineView[],
  at: string,
): Promise<DeadlineView[]> {
  const readable = new Map<string, boolean>();
  for (const v of views) {
    if (!v.pupilId || !CHILD_PROTECTION.includes(v.subjectType) || readable.has(v.pupilId))
      continue;
    const grant = await r.grants.live(actor.schoolId, v.pupilId, actor.userId, at);
    const resource = {
      type: 'file' as const,
      schoolId: actor.schoolId,
      id: v.pupilId,
      grantedToActor: grant !== null,
    };
    readable.set(v.pupilId, decide(actor, 'file.read', resource).allowed);
  }
  return views.map((v) =>
    // A reason it was waived is written about the child, and opened with their key.
    v.pupilId && readable.get(v.pupilId) === false
      ? { ...v, pupilId: null, pupilName: null, waivedReason: null }
      : v,
  );
}
