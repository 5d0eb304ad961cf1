import { Readable } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { ageOn } from '../../../src/core/shared/dates.ts';
import { upnProblem } from '../../../src/core/people/upn.ts';
import { readCtfAll } from '../../../src/imports/ctf/read.ts';
import { ctfFixture, fixtureUpn } from '../../../bench/ctf-fixture.ts';

describe('the 2,000-pupil bench fixture', () => {
  test('reads whole through a Node stream: every pupil valid, in years R to 6', async () => {
    const today = new Date('2025-09-01T00:00:00Z');
    const lastAugust = new Date('2025-08-31T00:00:00Z');
    const xml = ctfFixture(2000, { today });
    // Split off-size, so a chunk boundary falls inside an element.
    const bytes = Buffer.from(xml);
    const stream = Readable.from([bytes.subarray(0, 70_001), bytes.subarray(70_001)]);
    const { header, pupils, errors, summary } = await readCtfAll(stream);
    expect(errors).toEqual([]);
    expect(summary).toEqual({
      kind: 'summary',
      pupilCount: 2000,
      errorCount: 0,
      unknownElements: {},
    });
    expect(header.sourceSchool.name).toBe('Fictional Primary School');
    expect(new Set(pupils.map((p) => p.upn)).size).toBe(2000);
    expect(pupils[0]?.upn).toBe(fixtureUpn(0));
    expect(pupils[1999]?.upn).toBe(fixtureUpn(1999));
    for (const { input } of pupils) {
      expect(input.emergencyContacts.length).toBeGreaterThanOrEqual(1);
      expect(input.emergencyContacts.length).toBeLessThanOrEqual(3);
      // On 31 August, the day before the school year starts, Reception children are 4, year 6 are 10.
      const expectedAge = input.yearGroup === 'R' ? 4 : 4 + Number(input.yearGroup);
      expect(ageOn(input.dateOfBirth, lastAugust)).toBe(expectedAge);
    }
    expect(new Set(pupils.map((p) => p.input.yearGroup))).toEqual(
      new Set(['R', '1', '2', '3', '4', '5', '6']),
    );
    expect(pupils.some((p) => p.senProvision === 'E')).toBe(true);
    expect(pupils.some((p) => p.input.lookedAfter)).toBe(true);
  });

  test('UPNs stay valid and distinct past 1,000 pupils', () => {
    const upns = Array.from({ length: 5000 }, (_, i) => fixtureUpn(i));
    expect(upns.every((u) => upnProblem(u) === null)).toBe(true);
    expect(new Set(upns).size).toBe(5000);
  });

  test('is the same file every time for the same seed', () => {
    expect(ctfFixture(20)).toBe(ctfFixture(20));
  });
});
