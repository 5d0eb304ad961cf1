import PDFDocument from 'pdfkit';

export const london = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/London',
  }).format(new Date(iso));

/** An A4 document whose pages are kept until the end, so each can be stamped; and its bytes. */
export function newDocument(title: string) {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    bufferPages: true,
    info: { Title: title, Author: 'Haven' },
  });
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
    doc.font('Helvetica-Bold').fontSize(8).fillColor('#b10e1e');
    doc.text(banner, 56, 24, { lineBreak: false });
    doc
      .fillColor('#555')
      .font('Helvetica')
      .text(`Page ${i - range.start + 1} of ${range.count}`, 56, bottom, { lineBreak: false });
  }
  doc.end();
}
