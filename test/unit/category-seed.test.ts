import { describe, expect, test } from 'vitest';
import { DEFAULT_CATEGORIES } from '../../src/core/concerns/categories.ts';

// Every code the seed has ever had: schools hold these rows and concerns point at them, and
// record-concern.ts decides the FGM duty by code, so none may disappear or change.
const CODES_ALREADY_SEEDED = [
  'physical',
  'emotional',
  'sexual',
  'neglect',
  'coc',
  'coc_bullying',
  'coc_physical',
  'coc_sexual',
  'coc_nudes',
  'coc_initiation',
  'cse',
  'cce',
  'domestic_abuse',
  'fgm',
  'forced_marriage',
  'radicalisation',
  'online',
  'mental_health',
  'cme',
  'drugs_alcohol',
  'other',
];

const byCode = new Map(DEFAULT_CATEGORIES.map((c) => [c.code, c]));
const HBA = 'So-called ‘honour’-based abuse';

describe('[D07] the categories a school starts with', () => {
  test('codes are unique, and none could be mistaken for one an administrator added', () => {
    const codes = DEFAULT_CATEGORIES.map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[a-z][a-z_]*$/);
    expect(codes.filter((c) => c.startsWith('custom_'))).toEqual([]);
    const labels = DEFAULT_CATEGORIES.map((c) => c.label.toLowerCase());
    expect(new Set(labels).size).toBe(labels.length);
  });

  test('every code seeded before is still there', () => {
    expect([...byCode.keys()]).toEqual(expect.arrayContaining(CODES_ALREADY_SEEDED));
  });

  test('includes the specific safeguarding issues of KCSIE 2024/2025', () => {
    expect(
      Object.fromEntries(
        [
          'serious_violence',
          'hba',
          'modern_slavery',
          'private_fostering',
          'homelessness',
          'cybercrime',
          'family_in_prison',
        ].map((code) => [code, byCode.get(code)?.label]),
      ),
    ).toEqual({
      serious_violence: 'Serious violence',
      hba: HBA,
      modern_slavery: 'Modern slavery, including trafficking',
      private_fostering: 'Private fostering',
      homelessness: 'Homelessness',
      cybercrime: 'Cybercrime',
      family_in_prison: 'Children with family members in prison',
    });
  });

  test('FGM and forced marriage are forms of so-called honour-based abuse', () => {
    for (const code of ['hba', 'fgm', 'forced_marriage']) {
      expect(byCode.get(code)?.group).toBe(HBA);
    }
  });

  test('uses current wording: children absent from education, child-on-child abuse', () => {
    expect(byCode.get('cme')?.label).toBe('Children absent from education');
    const all = DEFAULT_CATEGORIES.map((c) => `${c.label} ${c.group ?? ''}`).join(' ');
    expect(all).not.toMatch(/missing (from )?education|peer on peer/i);
  });
});
