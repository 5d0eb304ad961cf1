import type { PupilRecord } from '../../people/pupil.ts';
import type { Repos } from '../../ports.ts';
import { unnamingOthers, type ChildNames } from '../other-children.ts';

/**
 * For a colleague let into this one file: what a concern shared with other children says, with
 * those children's names taken out (D08). The DSL team reads the text as written.
 */
export async function otherChildrenOf(
  r: Repos,
  schoolId: string,
  pupil: PupilRecord,
  entries: { concernId: string | null }[],
): Promise<(concernId: string, text: string) => string> {
  const concernIds = [...new Set(entries.flatMap((e) => (e.concernId ? [e.concernId] : [])))];
  const links = (await r.concerns.children(schoolId, concernIds)).filter(
    (c) => c.pupilId !== pupil.id,
  );
  const names = await r.pupils.namePartsOf(
    schoolId,
    links.map((c) => c.pupilId),
  );
  const othersOf = new Map<string, ChildNames[]>();
  for (const c of links) {
    const other = names.get(c.pupilId);
    if (other) othersOf.set(c.concernId, [...(othersOf.get(c.concernId) ?? []), other]);
  }
  // One set of patterns a concern, however many of its entries there are.
  const unnamers = new Map<string, (text: string) => string>();
  return (concernId, text) => {
    let unname = unnamers.get(concernId);
    if (!unname) {
      unname = unnamingOthers(pupil, othersOf.get(concernId) ?? []);
      unnamers.set(concernId, unname);
    }
    return unname(text);
  };
}
