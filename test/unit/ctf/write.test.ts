import { describe, expect, test } from 'vitest';
import { pupilInputSchema } from '../../../src/core/people/pupil.ts';
import { readCtfAll } from '../../../src/imports/ctf/read.ts';
import { ctfChunks, writeCtf, type CtfWritePupil } from '../../../src/imports/ctf/write.ts';
import { escapeXml } from '../../../src/imports/ctf/xml.ts';

const leaver = (over: Partial<CtfWritePupil>): CtfWritePupil => ({
  ...pupilInputSchema.parse({
    legalFirstName: 'Zoë',
    legalLastName: "O'Neill & <Sons>",
    preferredName: 'Zo "Z"',
    dateOfBirth: '2014-06-30',
    upn: 'C999200124004',
    sex: 'F',
    yearGroup: '6',
    senFlag: true,
    lookedAfter: true,
    emergencyContacts: [
      { name: 'Ivy Oldfield', relationship: 'Grandmother', phones: ['01632 960002'], priority: 2 },
      {
        name: 'Dara Mac an tSaoi',
        relationship: 'Aunt',
        phones: ['07700 900111', '+44 7700 900112'],
        priority: 1,
      },
    ],
  }),
  senProvision: 'E',
  ...over,
});

const doc = (pupils: CtfWritePupil[]) => ({
  dateTime: new Date('2026-07-17T15:30:00Z'),
  source: { lea: '999', estab: '2002', urn: '999002', name: 'Imaginary Primary <Juniors>' },
  dest: { lea: '998', estab: '4002', name: 'Pretend Academy' },
  pupils,
});

describe('writing a CTF for leavers', () => {
  test('round-trips through the reader: header, names with markup characters, contacts', async () => {
    const second = leaver({
      legalFirstName: 'Teddy',
      legalLastName: 'Smallwood',
      preferredName: null,
      upn: null,
      sex: 'U',
      yearGroup: 'R',
      senFlag: false,
      senProvision: undefined,
      lookedAfter: false,
      emergencyContacts: [],
    });
    const xml = writeCtf(doc([leaver({}), second]));
    const { header, pupils, errors, summary } = await readCtfAll(xml);
    expect(errors).toEqual([]);
    expect(summary.unknownElements).toEqual({});
    expect(header).toMatchObject({
      version: '25.0',
      dateTime: '2026-07-17T15:30:00',
      sourceSchool: {
        lea: '999',
        estab: '2002',
        urn: '999002',
        name: 'Imaginary Primary <Juniors>',
      },
      destSchool: { lea: '998', estab: '4002', urn: null, name: 'Pretend Academy' },
    });
    const { senProvision: _e, ...first } = leaver({});
    expect(pupils[0]?.input).toEqual({
      ...first,
      // Written in priority order and renumbered 1..n on the way back.
      emergencyContacts: [
        { ...first.emergencyContacts[1], priority: 1 },
        { ...first.emergencyContacts[0], priority: 2 },
      ],
    });
    expect(pupils[0]?.senProvision).toBe('E');
    const { senProvision: _n, ...rest } = second;
    expect(pupils[1]?.input).toEqual(rest);
    expect(pupils[1]?.senProvision).toBe('N');
  });

  test('escapes data and writes relationship codes the receiving system knows', () => {
    const xml = writeCtf(doc([leaver({})]));
    expect(xml).toContain('<Surname>O&apos;Neill &amp; &lt;Sons&gt;</Surname>');
    expect(xml).toContain('<Relationship>GRM</Relationship>');
    expect(xml).toContain('<Relationship>Aunt</Relationship>');
    expect(xml).not.toMatch(/child.?protection|concern/i);
  });

  test('streams one chunk per pupil', () => {
    const chunks = [...ctfChunks(doc([leaver({}), leaver({}), leaver({})]))];
    expect(chunks.filter((c) => c.includes('<Pupil>'))).toHaveLength(3);
  });

  test('refuses to guess whether a SEN flag is an EHC plan or SEN support', () => {
    expect(() => writeCtf(doc([leaver({ senProvision: undefined })]))).toThrow(/E or K/);
  });

  test('refuses characters XML cannot carry rather than drop them', () => {
    expect(() => escapeXml('Zo\u0007e')).toThrow(RangeError);
    expect(() => escapeXml('\ud800')).toThrow(RangeError);
    expect(escapeXml('tab\tand 😀')).toBe('tab\tand 😀');
  });
});
