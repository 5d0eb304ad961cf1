import type { PupilRecord } from '../../people/pupil.ts';
import type { Repos } from '../../ports.ts';
import { unnamingOthers } from '../other-children.ts';

/**
 * For a colleague let into this one file: what it says, with the names of the other children
 * this child shares a concern with taken out (D08). The DSL team reads the text as written.
 *
 * Every entry goes through the same names, those of every concern the child is in: a note of a
 * phone call belongs to no concern and can name any of them, and so can a decision or addendum
 * on one concern about a child from another.
 */
export async function otherChildrenOf(
  r: Repos,
  schoolId: string,
  pupil: PupilRecord,
  concernIds: string[],
): Promise<(text: string) => string> {
  const others = [
    ...new Set(
      (await r.concerns.children(schoolId, [...new Set(concernIds)]))
        .map((c) => c.pupilId)
        .filter((id) => id !== pupil.id),
    ),
  ];
  const names = await r.pupils.namePartsOf(schoolId, others);
  return unnamingOthers(pupil, [...names.values()]);
}
