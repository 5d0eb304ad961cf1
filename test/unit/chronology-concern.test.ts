import { expect, test } from 'vitest';
import {
  chronologyConcern,
  chronologyConcernText,
} from '../../src/core/concerns/chronology-concern.ts';
import type { ConcernNarrative } from '../../src/core/concerns/concern.ts';
import type { FileConcernRow } from '../../src/core/concerns/ports.ts';

const row: FileConcernRow = {
  concernId: 'c1',
  reference: 'C-00001',
  kind: 'concern',
  incidentAt: '2026-06-01T08:30:00.000Z',
  categoryLabel: 'Physical abuse',
  immediateRisk: true,
  role: 'alleged_perpetrator',
  sealed: 'sealed',
};

const narrative: ConcernNarrative = {
  childWords: 'He said Ravi hit him first.',
  observed: 'A red mark on his cheek.',
  actionTaken: '',
  location: 'Playground',
  riskFactors: '',
  protectiveFactors: '',
  bodyMap: [
    { pupilId: 'p1', side: 'front', x: 0.5, y: 0.1, markType: 'mark', note: 'Behind the ear' },
  ],
  children: [{ pupilId: 'p1', role: 'alleged_perpetrator' }],
};

const asWritten = (t: string) => t;

test('[D31] a concern’s entry says what, when (London time), where, the child’s part, the risk and the account', () => {
  const c = chronologyConcern(row, narrative, asWritten);
  expect(c).toEqual({
    kind: 'concern',
    category: 'Physical abuse',
    incidentAt: '2026-06-01T08:30:00.000Z',
    location: 'Playground',
    role: 'alleged_perpetrator',
    immediateRisk: true,
    account: {
      childWords: 'He said Ravi hit him first.',
      observed: 'A red mark on his cheek.',
      actionTaken: '',
      riskFactors: '',
      protectiveFactors: '',
    },
  });
  // 08:30 UTC in June is 09:30 on a London clock. Empty parts of the account are left out.
  expect(chronologyConcernText(c)).toBe(
    [
      'Category: Physical abuse',
      'When: Mon 1 Jun 2026 09:30',
      'Where: Playground',
      'This child: Alleged perpetrator',
      'Immediate risk: Yes',
      '',
      'What the child said:',
      'He said Ravi hit him first.',
      '',
      'What was seen, heard or done:',
      'A red mark on his cheek.',
    ].join('\n'),
  );
});

test('the body map, its notes and the other children never reach the chronology', () => {
  const text = chronologyConcernText(chronologyConcern(row, narrative, asWritten));
  expect(text).not.toMatch(/behind the ear|p1|front|body/i);
});

test('every word recorded goes through what the reader may see; the category and role do not need to', () => {
  const seen: string[] = [];
  const c = chronologyConcern(row, { ...narrative, actionTaken: 'Told Ravi’s teacher.' }, (t) => {
    seen.push(t);
    return t.replace(/Ravi/g, '[another child]');
  });
  expect(seen).toEqual(
    expect.arrayContaining(['Playground', 'He said Ravi hit him first.', 'Told Ravi’s teacher.']),
  );
  expect(chronologyConcernText(c)).not.toContain('Ravi');
  expect(chronologyConcernText(c)).toContain(
    'Action already taken:\nTold [another child]’s teacher.',
  );
});

test('a wellbeing concern carries its risk and protective factors; a destroyed file carries only the facts', () => {
  const wellbeing = chronologyConcern(
    { ...row, kind: 'wellbeing', immediateRisk: false, role: 'subject', categoryLabel: null },
    {
      ...narrative,
      location: '',
      riskFactors: 'Young carer.',
      protectiveFactors: 'Close to her nan.',
    },
    asWritten,
  );
  const text = chronologyConcernText(wellbeing);
  expect(text).toContain('Category: Unknown\n');
  expect(text).toContain('This child: Subject of concern\nImmediate risk: No');
  expect(text).not.toContain('Where:');
  expect(text).toContain('Risk factors:\nYoung carer.\n\nProtective factors:\nClose to her nan.');

  const destroyed = chronologyConcern(row, null, asWritten);
  expect(destroyed.account).toBeNull();
  expect(chronologyConcernText(destroyed)).toBe(
    'Category: Physical abuse\nWhen: Mon 1 Jun 2026 09:30\nThis child: Alleged perpetrator\nImmediate risk: Yes',
  );
});
