import type { PupilRecord } from '../people/pupil.ts';

export type ChildNames = Pick<PupilRecord, 'preferredName' | 'legalFirstName' | 'legalLastName'>;
type Names = ChildNames;

export const ANOTHER_CHILD = '[another child]';

const APOSTROPHES = "'’‘ʼ";
// As they go in a character class: the hyphen-minus escaped.
const DASHES = '‐‑‒–—\\-';
const SEPARATOR = new RegExp(`[\\s${DASHES}]+`, 'u');
// Characters that do not show, which would hide a name from a pattern: soft hyphen, zero widths.
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
// Markers one space or one dash apart: a name written in another order, or hyphenated.
const RUNS = new RegExp(
  `${escape(ANOTHER_CHILD)}(?:(?:[^\\S\\n]|[${DASHES}])${escape(ANOTHER_CHILD)})+`,
  'gu',
);

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// Letters NFD does not take apart, as they are written without their stroke or ligature: how a
// name like Łucja or Søren is typed on an English keyboard.
const UNDECOMPOSED: Record<string, string> = {
  ł: 'l',
  Ł: 'L',
  ø: 'o',
  Ø: 'O',
  đ: 'd',
  Đ: 'D',
  ð: 'd',
  Ð: 'D',
  ħ: 'h',
  Ħ: 'H',
  ı: 'i',
  ŀ: 'l',
  Ŀ: 'L',
  ŧ: 't',
  Ŧ: 'T',
  ß: 'ss',
  ẞ: 'SS',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  þ: 'th',
  Þ: 'Th',
};
const MARKS = /\p{M}/gu;
// Printable ASCII and line breaks: text whose plain letters are the text itself.
const ASCII = /^[ -~\t\n\r]*$/;

/** One character without its accents: "Ş" as "S", "ł" as "l", "ß" as "ss"; a lone accent as "". */
const plainChar = (c: string) =>
  c < '\u0080' ? c : (UNDECOMPOSED[c] ?? c.normalize('NFD').replace(MARKS, ''));

/**
 * Text without its accents, with where each of its characters came from in `text`: a name
 * typed without them ("Stefan Cosic" for Ştefan Ćosić) is still the name, and what is taken out
 * of the text is the name as it was written there.
 */
function plain(text: string): { text: string; start: number[]; end: number[] } {
  let out = '';
  const start: number[] = [];
  const end: number[] = [];
  let i = 0;
  for (const c of text) {
    const p = plainChar(c);
    const next = i + c.length;
    for (let k = 0; k < p.length; k++) {
      start.push(i);
      end.push(next);
    }
    // An accent on its own goes with the letter before it, so a name is taken out with its accents.
    if (!p) for (let k = end.length - 1; k >= 0 && end[k] === i; k--) end[k] = next;
    out += p;
    i = next;
  }
  return { text: out, start, end };
}

const plainLetters = (s: string) => [...s].map(plainChar).join('');

/** Replaces what `pattern` finds in the text's plain letters, where it was written in the text. */
function replacePlain(text: string, pattern: RegExp, by: (written: string) => string): string {
  if (ASCII.test(text)) return text.replace(pattern, by);
  const p = plain(text);
  let out = '';
  let last = 0;
  for (const m of p.text.matchAll(pattern)) {
    if (!m[0]) continue;
    const from = p.start[m.index] as number;
    const to = p.end[m.index + m[0].length - 1] as number;
    out += text.slice(last, from) + by(text.slice(from, to));
    last = to;
  }
  return out + text.slice(last);
}

const fold = (s: string) =>
  plainLetters(s.normalize('NFC')).trim().split(SEPARATOR).join(' ').toLowerCase();

/** A name as a pattern: any apostrophe for an apostrophe, any space or dash between its words. */
const asPattern = (name: string) =>
  plainLetters(name.normalize('NFC'))
    .trim()
    .split(SEPARATOR)
    // A word of nothing but accents is nothing to look for: as a pattern it matches everywhere.
    .filter(Boolean)
    .map((w) =>
      [...w].map((c) => (APOSTROPHES.includes(c) ? `[${APOSTROPHES}]` : escape(c))).join(''),
    )
    .join(`[\\s${DASHES}]+`);

const fields = (p: Names) =>
  [p.legalFirstName, p.legalLastName, p.preferredName ?? '']
    .map((f) => f.normalize('NFC').trim())
    .filter(Boolean);

const wordsOf = (p: Names) =>
  fields(p)
    .flatMap((f) => f.split(SEPARATOR))
    // A single letter is an initial, or a word: taking it out would take out words, not a name.
    .filter((w) => [...w].length > 1);

const fullNames = (p: Names) => [
  `${p.preferredName ?? p.legalFirstName} ${p.legalLastName}`,
  `${p.legalFirstName} ${p.legalLastName}`,
];

/**
 * Not inside a longer word, nor one joined to it by a dash ("Lee" in "Lee-Jones"): a name is
 * taken out whole or not at all. A possessive ("Ravi’s") still counts as the name.
 */
const within = (body: string) =>
  new RegExp(
    `(?<![\\p{L}\\p{N}\\p{M}])(?<!\\p{L}[${DASHES}])(?:${body})(?![\\p{L}\\p{N}\\p{M}])(?![${DASHES}]\\p{L})`,
    'giu',
  );

// Whether a match is written as a name is: with a capital. (A case-insensitive pattern cannot
// ask this itself: under the i flag \p{Lu} matches lower case too.)
const capitalised = (match: string) => {
  const first = match.charAt(0);
  return first !== first.toLocaleLowerCase('en-GB');
};

/**
 * Takes the other children of a shared concern out of text written about it, for a reader
 * outside the DSL team (D08). A whole name, and each name field whole ("Van Der Berg",
 * "Anne-Marie"), goes in any case. A single word of a name goes only where it is written as a
 * name, with a capital, so that a child called Will or May does not take "will" and "may" out of
 * every sentence, which would also say what the child is called. This child's own names stay,
 * even one a sibling shares. A name is found with its accents or without them, as people type
 * names on an English keyboard ("Lucja" for Łucja). Text can still point to a child without
 * naming them, and names they were known by before are not known here: this removes their names
 * as recorded now.
 */
export function unnamingOthers(self: Names, others: Names[]): (text: string) => string {
  const ownWords = new Set(wordsOf(self).map(fold));
  const ownWhole = new Set([...fields(self), ...fullNames(self)].map(fold));
  const whole = [
    ...new Set(
      others
        .flatMap((o) => [...fullNames(o), ...fields(o).filter((f) => SEPARATOR.test(f))])
        .filter((n) => !ownWhole.has(fold(n))),
    ),
  ];
  const single = [...new Set(others.flatMap(wordsOf).filter((w) => !ownWords.has(fold(w))))];
  // Longest first, so that a whole name goes as one rather than leaving half of it.
  const alternatives = (names: string[]) =>
    names
      .sort((a, b) => b.length - a.length)
      .map(asPattern)
      .filter(Boolean)
      .join('|');
  const wholeBody = alternatives(whole);
  const singleBody = alternatives(single);
  const wholePattern = wholeBody ? within(wholeBody) : null;
  const singlePattern = singleBody ? within(singleBody) : null;
  if (!wholePattern && !singlePattern) return (text) => text;
  return (text) => {
    let t = text.normalize('NFC').replace(INVISIBLE, '');
    if (wholePattern) t = replacePlain(t, wholePattern, () => ANOTHER_CHILD);
    if (singlePattern)
      t = replacePlain(t, singlePattern, (m) => (capitalised(m) ? ANOTHER_CHILD : m));
    return t.replace(RUNS, ANOTHER_CHILD);
  };
}

/** `unnamingOthers` for one text. */
export const withoutOtherChildren = (text: string, self: Names, others: Names[]): string =>
  unnamingOthers(self, others)(text);
