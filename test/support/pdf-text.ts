import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * The text of a PDF as a reader who copies it would get it, one string a printed line, read with
 * PDF.js, the same engine as Firefox's viewer: the characters come from the fonts' own maps, so a
 * name that printed garbled reads back garbled.
 */
export async function pdfLines(bytes: Uint8Array): Promise<string[]> {
  // A copy: PDF.js takes the buffer it is given over for its worker.
  const pdf = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false }).promise;
  const lines: string[] = [];
  try {
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      let line = '';
      for (const item of (await page.getTextContent()).items) {
        if (!('str' in item)) continue;
        line += item.str;
        if (item.hasEOL) {
          lines.push(line);
          line = '';
        }
      }
      if (line) lines.push(line);
    }
  } finally {
    await pdf.destroy();
  }
  return lines;
}

/** The names of the fonts a PDF's pages use, as written in the file. */
export const pdfFontNames = (bytes: Uint8Array): string[] => [
  ...new Set(
    [
      ...Buffer.from(bytes)
        .toString('latin1')
        .matchAll(/\/BaseFont \/([^\s/>]+)/g),
    ].map((m) => m[1] ?? ''),
  ),
];
