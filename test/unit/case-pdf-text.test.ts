import { expect, test } from 'vitest';
import type { CaseView } from '../../src/core/allegations/use-cases/view.ts';
import { renderCasePdf } from '../../src/reports/case-pdf.ts';
import { pdfLines } from '../support/pdf-text.ts';

const manager = { id: 'm', fullName: 'Grzegorz Brzęczyszczykiewicz' };

const view: CaseView = {
  id: 'c',
  reference: 'ADULT-2026-0001',
  raisedAt: '2026-03-02T09:00:00Z',
  raisedBy: { id: 'r', fullName: 'Ayşe Yılmaz' },
  route: 'headteacher',
  subject: {
    staffId: null,
    name: 'Ştefan Ćosić',
    relationship: 'supply',
    details: 'Cover teacher',
  },
  whatHappened: 'Said to Łucja Wiśniewska and Наталья Іваненко: “keep this between us”.',
  incidentAt: null,
  location: 'Room 12',
  childrenInvolved: 'Łucja Wiśniewska (year 4)',
  actionTaken: 'Told the headteacher at once.',
  caseManager: manager,
  members: [],
  stage: 'awaiting_decision',
  threshold: null,
  lado: null,
  investigationUnlocked: false,
  outcome: null,
  retention: null,
  deadline: null,
  ladoPhone: null,
  chronology: [
    {
      id: 'e',
      kind: 'note',
      at: '2026-03-02T10:00:00Z',
      author: manager,
      summary: 'Spoke to Žydrūnė Ąžuolaitė',
      text: 'Γιώργος Παπαδόπουλος, the union representative, was present.',
    },
  ],
};

test('the case PDF for the LADO prints names in any European script as written', async () => {
  const lines = await pdfLines(
    await renderCasePdf({
      schoolName: 'Școala Fictivă',
      view,
      generatedBy: manager.fullName,
      generatedAt: new Date('2026-03-03T12:00:00Z'),
    }),
  );
  expect(lines).toEqual(
    expect.arrayContaining([
      'ADULT-2026-0001 · Școala Fictivă',
      'Ştefan Ćosić (Supply or agency staff)',
      view.whatHappened,
      'Łucja Wiśniewska (year 4)',
      'Grzegorz Brzęczyszczykiewicz',
      'Γιώργος Παπαδόπουλος, the union representative, was present.',
      'Recorded by Grzegorz Brzęczyszczykiewicz',
    ]),
  );
  expect(lines.some((l) => l.endsWith('Spoke to Žydrūnė Ąžuolaitė'))).toBe(true);
});
