import { describe, expect, test } from 'vitest';
import { DEFAULT_LOCAL_CONTACTS } from '../../src/core/concerns/contacts.ts';
import {
  BUILT_IN_EMERGENCY,
  numbersAfter999,
} from '../../web/src/features/concerns/urgentNumbers.ts';

describe('[D17] the numbers the urgent panel offers', () => {
  test('the web client’s built-in numbers are the emergency numbers a school starts with', () => {
    expect(BUILT_IN_EMERGENCY).toEqual(
      DEFAULT_LOCAL_CONTACTS.filter((c) => c.kind === 'emergency'),
    );
  });

  test('the school’s own emergency numbers, without 999 (the panel always says it)', () => {
    const school = [
      { kind: 'emergency', label: 'Police', phone: '999', note: '' },
      { kind: 'emergency', label: 'Kent Front Door', phone: '03000 411 111', note: '' },
      { kind: 'referral', label: 'Police (non-emergency)', phone: '101', note: '' },
      { kind: 'emergency', label: 'Out of hours', phone: '(0)3000 419 191', note: 'Evenings' },
    ];
    expect(numbersAfter999(school)).toEqual({
      numbers: [school[1], school[3]],
      builtIn: false,
    });
    expect(
      numbersAfter999([{ kind: 'emergency', label: 'Police', phone: ' 9 9 9', note: '' }]),
    ).toEqual({ numbers: [], builtIn: false });
    expect(numbersAfter999([])).toEqual({ numbers: [], builtIn: false });
  });

  test('the built-in numbers, flagged as such, until the school’s are to hand', () => {
    expect(numbersAfter999(undefined)).toEqual({
      numbers: [expect.objectContaining({ phone: '0345 603 7627' })],
      builtIn: true,
    });
  });
});
