import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { upnCheckLetter, upnProblem } from '../../src/core/people/upn.ts';

describe('UPN validation', () => {
  test('accepts a valid permanent UPN and its lower-case form', () => {
    expect(upnProblem('B801200005001')).toBeNull();
    expect(upnProblem(' b801200005001 ')).toBeNull();
  });

  test('names a wrong check letter apart from a wrong format', () => {
    expect(upnProblem('A801200005001')).toBe('check_letter');
    expect(upnProblem('B80120000500')).toBe('format');
    expect(upnProblem('X80120000A001')).toBe('format');
    expect(upnProblem('')).toBe('format');
  });

  test('temporary UPNs end in a letter and are checked too', () => {
    const body = '80120000500A';
    const letter = upnCheckLetter(body);
    expect(letter).toMatch(/^[A-HJ-NP-RT-Z]$/);
    expect(upnProblem(`${letter}${body}`)).toBeNull();
  });

  test('every 12-digit body has exactly one check letter, and I, O and S are never used', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{12}$/), (body) => {
        const letter = upnCheckLetter(body) as string;
        expect('IOS').not.toContain(letter);
        expect(upnProblem(`${letter}${body}`)).toBeNull();
        const other = 'ABCDEFGHJKLMNPQRTUVWXYZ'.replace(letter, '')[0] as string;
        expect(upnProblem(`${other}${body}`)).toBe('check_letter');
      }),
    );
  });

  test('a single changed digit is always caught', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^\d{12}$/),
        fc.nat(11),
        fc.integer({ min: 1, max: 9 }),
        (body, pos, delta) => {
          const upn = `${upnCheckLetter(body)}${body}`;
          const digit = (Number(body[pos]) + delta) % 10;
          const typo = `${upn.slice(0, pos + 1)}${digit}${upn.slice(pos + 2)}`;
          expect(upnProblem(typo)).toBe('check_letter');
        },
      ),
    );
  });
});
