import { describe, expect, test } from 'vitest';
import { pupilInputSchema } from '../../../src/core/people/pupil.ts';
import { readCtfAll } from '../../../src/imports/ctf/read.ts';
import { collect, fixtureStream, ofKind } from './helpers.ts';

describe('reading a CTF in the older layout (Gender, fields in Pupil)', () => {
  test('gives the header first, then each pupil ready for pupilInputSchema', async () => {
    const events = await collect(fixtureStream('older-gender.xml'));
    expect(events.map((e) => e.kind)).toEqual(['header', 'pupil', 'pupil', 'summary']);
    expect(events[0]).toEqual({
      kind: 'header',
      version: '11.0',
      dateTime: '2012-07-20T10:15:00',
      documentName: 'Common Transfer File',
      sourceSchool: { lea: '999', estab: '2001', urn: '999001', name: 'Fictional Primary School' },
      destSchool: { lea: '999', estab: '4001', urn: null, name: null },
    });
    const [amara, joss] = ofKind(events, 'pupil');
    expect(amara?.input).toEqual({
      legalFirstName: 'Amara',
      legalLastName: 'Testington',
      preferredName: 'Mara',
      dateOfBirth: '2015-03-14',
      upn: 'K999200124001',
      sex: 'F',
      gender: null,
      yearGroup: '5',
      senFlag: true,
      lookedAfter: false,
      emergencyContacts: [
        {
          name: 'Rosa Testington',
          relationship: 'Mother',
          phones: ['01632 960001', '07700 900001'],
          priority: 1,
        },
        { name: 'Mr Testington', relationship: 'Father', phones: ['07700 900002'], priority: 2 },
      ],
    });
    expect(pupilInputSchema.parse(amara?.input)).toEqual(amara?.input);
    // The latest SEN entry wins, wherever it sits in the history.
    expect(amara?.senProvision).toBe('E');
    expect(amara?.warnings).toEqual([
      'Contact 3 (Grandmother) has no phone number, so was not imported.',
    ]);
    expect(joss).toMatchObject({
      index: 1,
      upn: 'Z999200124002',
      senProvision: null,
      input: { sex: 'M', yearGroup: 'R', lookedAfter: true, senFlag: false, emergencyContacts: [] },
    });
  });
});

describe('reading a CTF in the newer layout (Sex, BasicDetails)', () => {
  test('reads the good pupils while each broken one fails alone, naming the field', async () => {
    const { header, pupils, errors, summary } = await readCtfAll(fixtureStream('newer-sex.xml'));
    expect(header.version).toBe('25.0');
    expect(header.destSchool.name).toBe('Pretend Academy');
    expect(pupils.map((p) => p.index)).toEqual([0, 3]);
    const [zoe, teddy] = pupils;
    expect(zoe?.input).toMatchObject({
      legalFirstName: 'Zoë',
      legalLastName: "O'Neill",
      upn: 'C999200124004',
      sex: 'F',
      yearGroup: '6',
      senFlag: true,
      lookedAfter: true,
      emergencyContacts: [
        { name: "Dara O'Neill", relationship: 'Carer', phones: ['07700 900111'], priority: 1 },
      ],
    });
    expect(zoe?.senProvision).toBe('K');
    expect(teddy?.input).toMatchObject({ sex: 'U', yearGroup: 'N2', senFlag: false });
    expect(teddy?.senProvision).toBe('N');

    expect(errors).toEqual([
      expect.objectContaining({
        index: 1,
        upn: 'A999200124002',
        surname: 'Wrongletter',
        field: 'upn',
        message: expect.stringContaining('wrong check letter'),
      }),
      expect.objectContaining({
        index: 2,
        upn: 'N999200124003',
        surname: 'Nobirthday',
        field: 'dateOfBirth',
        message: 'No DOB (date of birth) is given',
      }),
      expect.objectContaining({
        index: 4,
        surname: 'Oddcode',
        field: 'sex',
        message: 'Sex "Q" is not one of F, M or U',
      }),
    ]);
    expect(summary).toMatchObject({ pupilCount: 2, errorCount: 3 });
  });

  test('counts unknown elements by parent and name, and passes over Attendance silently', async () => {
    const { summary } = await readCtfAll(fixtureStream('newer-sex.xml'));
    expect(summary.unknownElements).toEqual({
      'BasicDetails/Ethnicity': 1,
      'Contact/Address': 1,
      'CTfile/SchoolInfo': 1,
      'Header/Broadcast': 1,
      'LookedAfter/CareAuthority': 1,
      'Pupil/Address': 1,
      'Pupil/UniqueLearnerNumber': 1,
      'SEN/SENneeds': 1,
    });
  });
});

const ctf = (pupil: string) =>
  `<CTfile><Header><CTFversion>25.0</CTFversion></Header><CTFpupilData><Pupil>${pupil}</Pupil></CTFpupilData></CTfile>`;
const basic = (extra: string) =>
  `<UPN>K999200124001</UPN><Surname>Fictional</Surname><Forename>Ash</Forename><DOB>2015-01-01</DOB><Sex>F</Sex>${extra}`;

describe('one pupil’s problems', () => {
  test.each([
    ['<NCyearActual>X</NCyearActual>', 'yearGroup', 'NCyearActual "X"'],
    ['', 'yearGroup', 'No NCyearActual'],
    ['<NCyearActual>3</NCyearActual><SEN><SENprovision>S</SENprovision></SEN>', 'senFlag', 'S'],
    ['<NCyearActual>3</NCyearActual><InCare>maybe</InCare>', 'lookedAfter', 'maybe'],
  ])('%s fails on %s', async (extra, field, words) => {
    const [error] = ofKind(await collect(ctf(basic(extra))), 'error');
    expect(error?.field).toBe(field);
    expect(error?.message).toContain(words);
  });

  test('a schema problem names the CTF element and the schema field', async () => {
    const contact =
      '<Contacts><Contact><Forename>Bo</Forename><Relationship>PAF</Relationship>' +
      '<Phones><Phone><TelephoneNumber>call the office</TelephoneNumber></Phone></Phones></Contact></Contacts>';
    const [error] = ofKind(
      await collect(ctf(basic(`<NCyearActual>3</NCyearActual>${contact}`))),
      'error',
    );
    expect(error?.field).toBe('emergencyContacts.0.phones.0');
    expect(error?.message).toMatch(/^Contact 1 phone 1: Enter a phone number/);
  });

  test('keeps at most ten contacts, in Order, with a warning', async () => {
    const contacts = Array.from(
      { length: 12 },
      (_, i) =>
        `<Contact><Order>${12 - i}</Order><Forename>C${12 - i}</Forename><Surname>Fictional</Surname>` +
        `<Relationship>OTH</Relationship><Phones><Phone><TelephoneNumber>01632 960${100 + i}</TelephoneNumber></Phone></Phones></Contact>`,
    ).join('');
    const [pupil] = ofKind(
      await collect(ctf(basic(`<NCyearActual>3</NCyearActual><Contacts>${contacts}</Contacts>`))),
      'pupil',
    );
    expect(pupil?.input.emergencyContacts).toHaveLength(10);
    expect(pupil?.input.emergencyContacts[0]).toMatchObject({ name: 'C1 Fictional', priority: 1 });
    expect(pupil?.warnings).toEqual([
      'The pupil has 12 contacts with phone numbers: only the first 10 were imported.',
    ]);
  });
});
