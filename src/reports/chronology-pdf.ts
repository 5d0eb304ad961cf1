import type { ChronologyEntry } from '../core/concerns/use-cases/files.ts';
import { london, newDocument, stampAndEnd } from './pdf-common.ts';
import { FONTS } from './pdf-fonts.ts';

export interface ChronologyPdfInput {
  schoolName: string;
  pupil: { displayName: string; dateOfBirth: string; yearGroup: string };
  chronology: ChronologyEntry[];
  generatedBy: string;
  generatedAt: Date;
}

const KIND_LABELS: Record<ChronologyEntry['kind'], string> = {
  concern: 'Concern',
  addendum: 'Addendum',
  decision: 'Decision',
  action: 'Action',
  note: 'Note',
  document: 'Document',
  referral: 'Referral',
  disclosure: 'Parents / information sharing',
  meeting: 'Meeting',
  attendance: 'Attendance',
  cme: 'Missing education',
  plan: 'Plan',
};

/**
 * The chronology as a PDF for a strategy meeting or a transfer: marked confidential on every page,
 * with who produced it and when, newest entry first as on screen.
 */
export function renderChronologyPdf(input: ChronologyPdfInput): Promise<Buffer> {
  const { doc, done } = newDocument('Child protection chronology');
  doc.font(FONTS.bold).fontSize(18).text('Child protection chronology');
  doc.moveDown(0.3).font(FONTS.regular).fontSize(11);
  doc.text(
    `${input.pupil.displayName}, born ${input.pupil.dateOfBirth}, year ${input.pupil.yearGroup}`,
  );
  doc.text(input.schoolName);
  doc
    .fillColor('#555')
    .text(
      `Produced by ${input.generatedBy} on ${london(input.generatedAt.toISOString())}. ${input.chronology.length} entries, newest first.`,
    );
  doc.fillColor('black').moveDown();

  for (const e of input.chronology) {
    doc
      .font(FONTS.bold)
      .fontSize(11)
      .text(`${london(e.at)}  ·  ${KIND_LABELS[e.kind]}${e.significant ? '  ·  SIGNIFICANT' : ''}`);
    doc.font(FONTS.regular).fontSize(10).text(e.summary);
    if (e.text && e.text !== e.summary) doc.text(e.text, { indent: 12 });
    doc.fillColor('#555').fontSize(9).text(`Recorded by ${e.author.fullName}`).fillColor('black');
    doc.moveDown(0.6);
  }

  stampAndEnd(
    doc,
    'CONFIDENTIAL: CHILD PROTECTION. For the attention of the Designated Safeguarding Lead.',
  );
  return done;
}
