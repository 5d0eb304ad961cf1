import type { PupilRecord } from '../people/pupil.ts';

type Names = Pick<PupilRecord, 'preferredName' | 'legalFirstName' | 'legalLastName'>;

export const ANOTHER_CHILD = '[another child]';

const words = (p: Names): string[] =>
  [p.legalFirstName, p.legalLastName, p.preferredName ?? ''].filter((w) => w.trim().length > 1);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Takes the other children of a shared concern out of text written about it, for a reader
 * outside the DSL team (D08): their names as written, whole words, in any case. A name this
 * child also has (a sibling's surname) stays, or the child's own name would go from their file.
 * Text can still point to a child without naming them; this removes only the names.
 */
export function withoutOtherChildren(text: string, self: Names, others: Names[]): string {
  const own = new Set(words(self).map((w) => w.toLocaleLowerCase('en-GB')));
  const names = [
    ...new Set(
      others.flatMap((o) => [
        `${o.preferredName ?? o.legalFirstName} ${o.legalLastName}`,
        `${o.legalFirstName} ${o.legalLastName}`,
        ...words(o),
      ]),
    ),
  ]
    .filter((n) => !own.has(n.toLocaleLowerCase('en-GB')))
    // Longest first, so a full name goes as one rather than leaving half of it.
    .sort((a, b) => b.length - a.length);
  if (!names.length) return text;
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${names.map((n) => escape(n).replace(/\s+/g, '\\s+')).join('|')})(?![\\p{L}\\p{N}])`,
    'giu',
  );
  return text.replace(pattern, ANOTHER_CHILD);
}
