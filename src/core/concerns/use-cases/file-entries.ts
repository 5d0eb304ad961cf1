import { newId } from '../../shared/ids.ts';
import type { ChildVault, ConcernChildRow, FileEntryRow } from '../ports.ts';
import type { Repos } from '../../ports.ts';

/** Adds the same event to the file of every child in a concern, sealed with each child's key. */
export async function addToEachFile(
  r: Repos,
  vault: ChildVault,
  schoolId: string,
  concernId: string,
  children: ConcernChildRow[],
  entry: {
    kind: FileEntryRow['kind'];
    authorId: string;
    at: string;
    significant: boolean;
    content: object;
  },
): Promise<string[]> {
  const text = JSON.stringify(entry.content);
  const rows: FileEntryRow[] = [];
  for (const c of children) {
    rows.push({
      id: newId(),
      schoolId,
      pupilId: c.pupilId,
      concernId,
      kind: entry.kind,
      at: entry.at,
      authorId: entry.authorId,
      significant: entry.significant,
      sealed: await vault.seal(schoolId, c.pupilId, text),
    });
  }
  await r.files.addEntries(rows);
  return rows.map((row) => row.id);
}
