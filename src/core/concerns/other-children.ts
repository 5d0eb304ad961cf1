import type { PupilRecord } from '../people/pupil.ts';

export type ChildNames = Pick<PupilRecord, 'preferredName' | 'legalFirstName' | 'legalLastName'>;
type Names = ChildNames;

export const ANOTHER_CHILD = '[another child]';

const APOSTROPHES = "'’‘ʼ";
// As it goes in a character class: the hyphen-minus escaped.
const DASHES = '‐‑‒–—\\-';
const SEPARATOR = new RegExp(`[\\s${DASHES}]+`, 'u');

const RUNS = /\[another child\](?:[\s-]+\[another child\])+/g;

const fold = (s: string) => s.normalize('NFC').toLocaleLowerCase('en-GB');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A name as a pattern: any apostrophe for an apostrophe, any space or dash between its words. */
const asPattern = (name: string) =>
  name
    .normalize('NFC')
    .trim()
    .split(SEPARATOR)
    .map((w) =>
      [...w].map((c) => (APOSTROPHES.includes(c) ? `[${APOSTROPHES}]` : escape(c))).join(''),
    )
    .join(`[\\s${DASHES}]+`);

const wordsOf = (p: Names) =>
  [p.legalFirstName, p.legalLastName, p.preferredName ?? '']
    .flatMap((f) => f.normalize('NFC').trim().split(SEPARATOR))
    // A single letter is an initial, or a word: taking it out would take out words, not a name.
    .filter((w) => [...w].length > 1);

const capitalised = (w: string) => {
  const [first = '', ...rest] = [...w.toLocaleLowerCase('en-GB')];
  return first.toLocaleUpperCase('en-GB') + rest.join('');
};

const between = (body: string, flags: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}\\p{M}])(?:${body})(?![\\p{L}\\p{N}\\p{M}])`, flags);

/**
 * Takes the other children of a shared concern out of text written about it, for a reader
 * outside the DSL team (D08). A whole name goes in any case; a single name only as a name is
 * written (as recorded, capitalised or in capitals), so that a child called Will or May does not
 * take "will" and "may" out of every sentence, which would also say what the child is called. A
 * name this child also has (a sibling's surname) stays, or the child's own name would go from
 * their file. Text can still point to a child without naming them, and names they were known by
 * before are not known here: this removes their names as recorded now.
 */
export function unnamingOthers(self: Names, others: Names[]): (text: string) => string {
  const own = new Set(wordsOf(self).map(fold));
  const full = [
    ...new Set(
      others.flatMap((o) => [
        `${o.preferredName ?? o.legalFirstName} ${o.legalLastName}`,
        `${o.legalFirstName} ${o.legalLastName}`,
      ]),
    ),
  ];
  const single = [
    ...new Set(
      others
        .flatMap(wordsOf)
        .filter((w) => !own.has(fold(w)))
        .flatMap((w) => [w, capitalised(w), w.toLocaleUpperCase('en-GB')]),
    ),
  ];
  // Longest first, so that a whole name goes as one rather than leaving half of it.
  const alternatives = (names: string[]) =>
    names
      .sort((a, b) => b.length - a.length)
      .map(asPattern)
      .join('|');
  const patterns = [
    full.length ? between(alternatives(full), 'giu') : null,
    single.length ? between(alternatives(single), 'gu') : null,
  ].filter((p): p is RegExp => p !== null);
  if (!patterns.length) return (text) => text;
  return (text) =>
    patterns
      .reduce((t, p) => t.replace(p, ANOTHER_CHILD), text.normalize('NFC'))
      // A name written in another order ("Do Linh") goes word by word: one child, not two.
      .replace(RUNS, ANOTHER_CHILD);
}

/** `unnamingOthers` for one text. */
export const withoutOtherChildren = (text: string, self: Names, others: Names[]): string =>
  unnamingOthers(self, others)(text);
