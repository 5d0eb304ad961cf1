import { child, childText, type UnknownTally, type XmlNode } from './tree.ts';
import type { CtfHeaderEvent, CtfSchool } from './types.ts';

const HEADER_FIELDS = new Set([
  'CTFversion',
  'DateTime',
  'DocumentName',
  'DocumentQualifier',
  'DataDescriptor',
  'DataQualifier',
  'SupplierID',
  'SourceSchool',
  'DestSchool',
  'SuppInfo',
]);
const SCHOOL_FIELDS = new Set(['LEA', 'Estab', 'URN', 'SchoolName', 'AcademicYear']);

function schoolOf(node: XmlNode | undefined, unknown: UnknownTally): CtfSchool {
  unknown.addUnknownChildren(node, SCHOOL_FIELDS);
  return {
    lea: childText(node, 'LEA'),
    estab: childText(node, 'Estab'),
    urn: childText(node, 'URN'),
    name: childText(node, 'SchoolName'),
  };
}

/** The header as found; checking it names this school is the import use case's decision. */
export function headerOf(node: XmlNode, unknown: UnknownTally): CtfHeaderEvent {
  unknown.addUnknownChildren(node, HEADER_FIELDS);
  return {
    kind: 'header',
    version: childText(node, 'CTFversion'),
    dateTime: childText(node, 'DateTime'),
    documentName: childText(node, 'DocumentName'),
    sourceSchool: schoolOf(child(node, 'SourceSchool'), unknown),
    destSchool: schoolOf(child(node, 'DestSchool'), unknown),
  };
}
