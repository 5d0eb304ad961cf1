import type { Actor } from '../../access/actor.ts';
import { requireAccess } from '../../access/require-access.ts';
import { displayName } from '../pupil.ts';
import type { PeopleDeps } from './deps.ts';

export interface ContactGap {
  id: string;
  displayName: string;
  yearGroup: string;
  /** Different emergency numbers on record (D11 wants at least two). */
  numbers: number;
}

/** Distinct numbers, ignoring spaces and punctuation, so the same number twice counts once. */
const distinctNumbers = (phones: string[]) =>
  new Set(phones.map((p) => p.replace(/[^0-9+]/g, '')).filter(Boolean)).size;

/**
 * Pupils with fewer than two emergency contact numbers (D11), fewest first, for the office to
 * chase; the count goes on the home page.
 */
export async function contactGaps(deps: PeopleDeps, actor: Actor): Promise<ContactGap[]> {
  await requireAccess(deps, actor, 'pupil.list', { type: 'pupil', schoolId: actor.schoolId });
  return deps.store.transaction(async (r) =>
    (await r.roster.everyone(actor.schoolId))
      .map((p) => ({
        id: p.id,
        displayName: displayName(p),
        yearGroup: p.yearGroup,
        numbers: distinctNumbers(p.emergencyContacts.flatMap((c) => c.phones)),
      }))
      .filter((g) => g.numbers < 2)
      .sort((a, b) => a.numbers - b.numbers || a.displayName.localeCompare(b.displayName)),
  );
}
