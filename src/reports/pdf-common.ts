import PDFDocument from 'pdfkit';
import { FONTS, FONT_FACES, printable } from './pdf-fonts.ts';

export const london = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/London',
  }).format(new Date(iso));

type TextOptions = PDFKit.Mixins.TextOptions;

/** A pdfkit document that passes every string through `printable`, whichever report writes it. */
class HavenDocument extends PDFDocument {
  override text(text: string, x?: number | TextOptions, y?: number, options?: TextOptions): this {
    // pdfkit reads an object in second place as the options, as its two signatures say.
    return typeof x === 'object'
      ? super.text(printable(text), x)
      : super.text(printable(text), x, y, options);
  }
}

/** An A4 document whose pages are kept until the end, so each can be stamped; and its bytes. */
export function newDocument(title: string) {
  const doc = new HavenDocument({
    size: 'A4',
    margin: 56,
    bufferPages: true,
    info: { Title: title, Author: 'Haven' },
  });
  // pdfkit 0.20 takes a parsed fontkit font (see its changelog); @types/pdfkit does not say so yet.
  for (const [name, face] of Object.entries(FONT_FACES))
    doc.registerFont(name, face as unknown as PDFKit.Mixins.PDFFontSource);
  // Text written before a report picks a font is in Noto Sans too, never in Helvetica.
  doc.font(FONTS.regular);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) =>
    doc.on('end', () => resolve(Buffer.concat(chunks))),
  );
  return { doc, done };
}

/** Marks every page with who it is for and its number, then finishes the document. */
export function stampAndEnd(doc: PDFKit.PDFDocument, banner: string): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.height - 40;
    doc.font(FONTS.bold).fontSize(8).fillColor('#b10e1e');
    doc.text(banner, 56, 24, { lineBreak: false });
    doc
      .fillColor('#555')
      .font(FONTS.regular)
      .text(`Page ${i - range.start + 1} of ${range.count}`, 56, bottom, { lineBreak: false });
  }
  doc.end();
}
