import type { PupilRecord } from '../../people/pupil.ts';
import type { Repos } from '../../ports.ts';
import { withoutOtherChildren } from '../other-children.ts';

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
  const others = new Map<string, PupilRecord>();
  for (const id of new Set(links.map((c) => c.pupilId))) {
    const other = await r.pupils.get(schoolId, id);
    if (other) others.set(id, other);
  }
  const byConcern = new Map<string, PupilRecord[]>();
  for (const c of links) {
    const other = others.get(c.pupilId);
    if (other) byConcern.set(c.concernId, [...(byConcern.get(c.concernId) ?? []), other]);
  }
  return (concernId, text) => withoutOtherChildren(text, pupil, byConcern.get(concernId) ?? []);
}
