import type { EmergencyContact, PupilInput } from '../../core/people/pupil.ts';
import { relationshipCode } from './codes.ts';
import type { SenProvision } from './types.ts';
import { branch, leaf, renderXml, type XmlOut } from './xml.ts';

export const CTF_VERSION = '25.0';

export interface CtfWriteSchool {
  lea: string;
  estab: string;
  urn?: string | null;
  name?: string | null;
}

/**
 * A leaver as written to a CTF: pupil data only. The child protection file never travels in a
 * CTF; it goes to the new school's DSL separately and securely.
 */
export type CtfWritePupil = Pick<
  PupilInput,
  | 'legalFirstName'
  | 'legalLastName'
  | 'preferredName'
  | 'dateOfBirth'
  | 'upn'
  | 'sex'
  | 'yearGroup'
  | 'senFlag'
  | 'lookedAfter'
  | 'emergencyContacts'
> & {
  /** Required when senFlag is set: Haven's flag alone cannot say EHC plan (E) or SEN support (K). */
  senProvision?: Exclude<SenProvision, 'N'>;
};

export interface CtfWriteInput {
  version?: string;
  /** When the file was made; defaults to now. Written in UTC as YYYY-MM-DDTHH:MM:SS. */
  dateTime?: Date;
  source: CtfWriteSchool;
  dest: CtfWriteSchool;
  pupils: Iterable<CtfWritePupil>;
}

function schoolXml(name: string, s: CtfWriteSchool): XmlOut {
  return branch(name, [
    ...leaf('LEA', s.lea),
    ...leaf('Estab', s.estab),
    ...leaf('URN', s.urn),
    ...leaf('SchoolName', s.name),
  ]);
}

function headerXml(doc: CtfWriteInput): XmlOut {
  return branch('Header', [
    ...leaf('DocumentName', 'Common Transfer File'),
    ...leaf('CTFversion', doc.version ?? CTF_VERSION),
    ...leaf('DateTime', (doc.dateTime ?? new Date()).toISOString().slice(0, 19)),
    ...leaf('DocumentQualifier', 'partial'),
    ...leaf('SupplierID', 'Haven'),
    schoolXml('SourceSchool', doc.source),
    schoolXml('DestSchool', doc.dest),
  ]);
}

/** A full name split at its last space: Forename then Surname, as a CTF holds a contact. */
function splitName(name: string): { forename: string | null; surname: string } {
  const parts = name.trim().split(/\s+/);
  const surname = parts.pop() ?? '';
  return { forename: parts.length ? parts.join(' ') : null, surname };
}

function contactXml(c: EmergencyContact): XmlOut {
  const { forename, surname } = splitName(c.name);
  return branch('Contact', [
    ...leaf('Order', String(c.priority)),
    ...leaf('Forename', forename),
    ...leaf('Surname', surname),
    ...leaf('Relationship', relationshipCode(c.relationship)),
    branch(
      'Phones',
      c.phones.map((p) => branch('Phone', leaf('TelephoneNumber', p))),
    ),
  ]);
}

function senCode(p: CtfWritePupil, n: number): SenProvision {
  if (!p.senFlag) {
    if (p.senProvision) throw new RangeError(`Pupil ${n}: senProvision is set but senFlag is not`);
    return 'N';
  }
  if (!p.senProvision)
    throw new RangeError(`Pupil ${n}: senFlag is set, so say which provision (E or K) it is`);
  return p.senProvision;
}

function pupilXml(p: CtfWritePupil, n: number): XmlOut {
  return branch('Pupil', [
    ...leaf('UPN', p.upn),
    ...leaf('Surname', p.legalLastName),
    ...leaf('Forename', p.legalFirstName),
    ...leaf('DOB', p.dateOfBirth),
    ...leaf('Sex', p.sex),
    branch('BasicDetails', [
      ...leaf('PreferredForename', p.preferredName),
      ...leaf('NCyearActual', p.yearGroup),
    ]),
    branch('LookedAfter', leaf('InCare', String(p.lookedAfter))),
    branch('SENhistory', [branch('SEN', leaf('SENprovision', senCode(p, n)))]),
    branch(
      'Contacts',
      [...p.emergencyContacts].sort((a, b) => a.priority - b.priority).map(contactXml),
    ),
  ]);
}

/**
 * The CTF as text chunks, one per pupil, so a large export can be piped to a file or response
 * without building the whole document first.
 */
export function* ctfChunks(doc: CtfWriteInput): Generator<string, void, undefined> {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n<CTfile>\n';
  yield renderXml(headerXml(doc), 1);
  yield '  <CTFpupilData>\n';
  let n = 0;
  for (const pupil of doc.pupils) yield renderXml(pupilXml(pupil, ++n), 2);
  yield '  </CTFpupilData>\n</CTfile>\n';
}

export const writeCtf = (doc: CtfWriteInput): string => [...ctfChunks(doc)].join('');
