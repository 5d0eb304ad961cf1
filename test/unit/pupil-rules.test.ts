import { describe, expect, test } from 'vitest';
import { presentPupil, pupilInputSchema, type PupilRecord } from '../../src/core/people/pupil.ts';
import { ageOn } from '../../src/core/shared/dates.ts';

const base: PupilRecord = {
  id: 'p1',
  schoolId: 's1',
  legalFirstName: 'Amelia',
  legalLastName: 'Fictional',
  preferredName: null,
  dateOfBirth: '2008-03-02',
  upn: null,
  sex: 'F',
  gender: null,
  yearGroup: '13',
  senFlag: false,
  lookedAfter: false,
  emergencyContacts: [],
  createdAt: '',
  updatedAt: '',
};

describe('pupil rules', () => {
  test('[D03] a pupil is flagged from their 18th birthday, not a day before', () => {
    expect(presentPupil(base, new Date('2026-03-01T12:00:00Z')).isAdult).toBe(false);
    expect(presentPupil(base, new Date('2026-03-02T00:00:00Z')).isAdult).toBe(true);
  });

  test('age counts birthdays, including 29 February', () => {
    expect(ageOn('2012-02-29', new Date('2026-02-28T00:00:00Z'))).toBe(13);
    expect(ageOn('2012-02-29', new Date('2026-03-01T00:00:00Z'))).toBe(14);
  });

  test('[D11] the number of emergency phone numbers is counted across contacts', () => {
    const p = {
      ...base,
      emergencyContacts: [
        { name: 'A', relationship: 'Mother', phones: ['07700 900001'], priority: 1 },
        {
          name: 'B',
          relationship: 'Father',
          phones: ['07700 900002', '01632 960002'],
          priority: 2,
        },
      ],
    };
    expect(presentPupil(p, new Date()).emergencyPhoneCount).toBe(3);
    expect(presentPupil(base, new Date()).emergencyPhoneCount).toBe(0);
  });

  test('the display name prefers the preferred name', () => {
    expect(presentPupil({ ...base, preferredName: 'Millie' }, new Date()).displayName).toBe(
      'Millie Fictional',
    );
  });

  test('input is trimmed and empty optional text becomes null', () => {
    const parsed = pupilInputSchema.parse({
      legalFirstName: '  Amelia ',
      legalLastName: 'Fictional',
      preferredName: '',
      dateOfBirth: '2016-05-14',
      upn: '',
      sex: 'F',
      gender: '  ',
      yearGroup: '4',
      senFlag: false,
      lookedAfter: false,
      emergencyContacts: [],
    });
    expect(parsed).toMatchObject({
      legalFirstName: 'Amelia',
      preferredName: null,
      upn: null,
      gender: null,
    });
  });

  test('impossible dates are refused with a message', () => {
    const r = pupilInputSchema.safeParse({ ...base, dateOfBirth: '2016-02-30' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['dateOfBirth']);
  });
});
