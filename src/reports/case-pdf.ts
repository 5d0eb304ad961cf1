import type { CaseView } from '../core/allegations/use-cases/view.ts';
import { RELATIONSHIP_LABELS, STAGE_LABELS } from '../core/allegations/case.ts';
import { london, newDocument, stampAndEnd } from './pdf-common.ts';
import { FONTS } from './pdf-fonts.ts';

export interface CasePdfInput {
  schoolName: string;
  view: CaseView;
  generatedBy: string;
  generatedAt: Date;
}

function field(doc: PDFKit.PDFDocument, label: string, value: string | null) {
  if (!value) return;
  doc.font(FONTS.bold).fontSize(10).text(label);
  doc.font(FONTS.regular).fontSize(10).text(value, { indent: 12 }).moveDown(0.3);
}

/**
 * A case about an adult as a PDF for the LADO: what was raised, the decisions, LADO contact, the
 * outcome and retention, then the case chronology newest first. Every page says it is confidential.
 */
export function renderCasePdf(input: CasePdfInput): Promise<Buffer> {
  const { doc, done } = newDocument('Concern about an adult: case chronology');
  const v = input.view;
  doc.font(FONTS.bold).fontSize(18).text('Concern about an adult working with children');
  doc.moveDown(0.3).font(FONTS.regular).fontSize(11);
  doc.text(`${v.reference} · ${input.schoolName}`);
  doc
    .fillColor('#555')
    .text(
      `Produced by ${input.generatedBy} on ${london(input.generatedAt.toISOString())}. ${STAGE_LABELS[v.stage]}.`,
    );
  doc.fillColor('black').moveDown();
  field(doc, 'About', `${v.subject.name} (${RELATIONSHIP_LABELS[v.subject.relationship]})`);
  field(doc, 'Their role or details', v.subject.details);
  field(doc, 'Raised', `${london(v.raisedAt)} by ${v.raisedBy.fullName}`);
  field(doc, 'Case manager', v.caseManager.fullName);
  field(doc, 'What happened', v.whatHappened);
  field(doc, 'When', v.incidentAt ? london(v.incidentAt) : null);
  field(doc, 'Where', v.location);
  field(doc, 'Children involved', v.childrenInvolved);
  field(doc, 'Action already taken', v.actionTaken);
  if (v.threshold)
    field(
      doc,
      'Decision',
      `${v.threshold.decision === 'allegation' ? 'Allegation' : 'Low-level concern'}: ${v.threshold.rationale}`,
    );
  if (v.lado)
    field(
      doc,
      'LADO contact',
      `${london(v.lado.contactedAt)}, ${v.lado.ladoName}${v.lado.ladoReference ? ` (reference ${v.lado.ladoReference})` : ''}. Advice: ${v.lado.advice}`,
    );
  if (v.outcome) field(doc, 'Outcome', `${v.outcome.label}. ${v.outcome.rationale}`);
  if (v.retention)
    field(doc, 'Retention', `${v.retention.label}: until ${v.retention.retainUntil.slice(0, 10)}`);

  doc.moveDown().font(FONTS.bold).fontSize(13).text('Case chronology, newest first');
  doc.moveDown(0.4);
  for (const e of v.chronology) {
    doc
      .font(FONTS.bold)
      .fontSize(11)
      .text(`${london(e.at)}  ·  ${e.summary}`);
    if (e.text) doc.font(FONTS.regular).fontSize(10).text(e.text, { indent: 12 });
    doc.fillColor('#555').fontSize(9).text(`Recorded by ${e.author.fullName}`).fillColor('black');
    doc.moveDown(0.6);
  }
  stampAndEnd(
    doc,
    'CONFIDENTIAL: STAFFING MATTER. For the case manager and the LADO only. Do not forward.',
  );
  return done;
}
