import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';

/**
 * The fonts every Haven PDF is set in: Noto Sans, embedded (pdfkit keeps only the glyphs a
 * document uses). pdfkit's built-in Helvetica prints only Windows-1252, so a pupil named Łucja,
 * Ştefan or Наталья came out garbled in papers for a strategy meeting. Noto Sans draws all of
 * Latin Extended-A and -B (Polish, Romanian, Turkish, Lithuanian...), Vietnamese, Greek and
 * Cyrillic. It is read from an npm package, never from the system, so a fresh install prints the
 * same on every machine.
 */
export const FONTS = { regular: 'NotoSans', bold: 'NotoSans-Bold' } as const;

const require = createRequire(import.meta.url);

function load(file: string): fontkit.Font {
  const font = fontkit.create(
    readFileSync(require.resolve(`@expo-google-fonts/noto-sans/${file}`)),
  );
  if ('fonts' in font) throw new Error(`${file} is a font collection, not a font`);
  return font;
}

/**
 * The fonts, parsed once for every document: readying one for layout takes about 60 ms, which
 * each PDF would otherwise pay again for each weight. pdfkit keeps what a document uses apart.
 */
export const FONT_FACES: Record<(typeof FONTS)[keyof typeof FONTS], fontkit.Font> = {
  [FONTS.regular]: load('400Regular/NotoSans_400Regular.ttf'),
  [FONTS.bold]: load('700Bold/NotoSans_700Bold.ttf'),
};

// What both weights can draw, so a string prints the same whichever of them it is set in.
const boldSet = new Set(FONT_FACES[FONTS.bold].characterSet);
const drawable = new Set(FONT_FACES[FONTS.regular].characterSet.filter((c) => boldSet.has(c)));

/** What stands for a character the fonts cannot draw. */
export const MISSING = '\uFFFD';

// pdfkit breaks lines at these before it looks for glyphs, so they never need one.
const LINE_BREAK = /^[\n\r]$/u;
const SPACE = /^\p{White_Space}$/u;
// Invisible by definition (a variation selector after an emoji, a zero-width joiner): nothing to lose.
const INVISIBLE = /^\p{Default_Ignorable_Code_Point}$/u;
const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

const fits = (ch: string) => LINE_BREAK.test(ch) || drawable.has(ch.codePointAt(0) ?? 0);
const allFit = (text: string) => {
  for (const ch of text) if (!fits(ch)) return false;
  return true;
};

function printableCluster(cluster: string): string {
  let out = '';
  for (const ch of cluster) {
    if (fits(ch)) out += ch;
    else if (SPACE.test(ch)) out += ' ';
    else if (!INVISIBLE.test(ch)) return MISSING;
  }
  return out;
}

/**
 * The text as the fonts can print it. A character they lack (Chinese, Arabic, an emoji) would
 * print as an empty box and drop out of the text a reader copies or searches, so each such
 * character, counted as the reader sees it (an emoji with its skin tone is one), becomes one
 * visible U+FFFD and the rest of the line prints as written. Not '?', which in a note reads as
 * punctuation ("Is she safe?"). Not a fallback font: Chinese, Japanese and Korean alone would add
 * tens of megabytes to install for characters that are rare in these records, and pdfkit does not
 * reorder right-to-left text, so Arabic or Hebrew would still print wrongly; the record in Haven
 * keeps the exact words, and the mark tells the reader there is something to look up there.
 * Composed first (NFC), so an "S" followed by a combining cedilla prints as the Ş the font has.
 */
export function printable(text: string): string {
  const composed = text.normalize('NFC');
  if (allFit(composed)) return composed;
  // Splitting a whole account into graphemes costs far more than its length (70,000 characters
  // took 11 s, all that time the server answering nobody). Whitespace never joins a grapheme, so
  // each run between spaces is looked at alone, and only runs the fonts cannot draw are split.
  return composed
    .split(/(\s+)/u)
    .map((run) => (allFit(run) ? run : printableRun(run)))
    .join('');
}

/** The longest text split into graphemes at once; a longer run is split in pieces this long. */
const PIECE = 1000;

function printableRun(run: string): string {
  let out = '';
  for (let i = 0; i < run.length; i += PIECE)
    for (const { segment } of graphemes.segment(run.slice(i, i + PIECE)))
      out += printableCluster(segment);
  return out;
}
