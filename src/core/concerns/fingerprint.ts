import { createHash } from 'node:crypto';
import { canonicalJson } from '../audit/chain.ts';
import type { ConcernInput, ConcernNarrative } from './concern.ts';
import type { ConcernRow } from './ports.ts';

/** What a fingerprint covers: the record as it is signed, and stored. */
interface Signed {
  recordedBy: string;
  recordedAt: string;
  input: ConcernInput;
}

/** The fields of a stored concern the fingerprint covers; the rest are the DSL team's. */
type StoredConcern = Pick<
  ConcernRow,
  | 'kind'
  | 'recordedBy'
  | 'recordedAt'
  | 'incidentAt'
  | 'primaryCategoryId'
  | 'tagIds'
  | 'immediateRisk'
  | 'spokeToDsl'
  | 'contentHash'
>;

/**
 * The record's signature: SHA-256 over its content, its author and the server's time. The time
 * of the incident is taken as the server stores it, so the fingerprint can be worked out again
 * from the stored record and checked each time it is read.
 */
export function contentHash(signed: Signed): string {
  const input = { ...signed.input, incidentAt: new Date(signed.input.incidentAt).toISOString() };
  return sha256({ ...signed, input });
}

const sha256 = (signed: Signed) => createHash('sha256').update(canonicalJson(signed)).digest('hex');

/**
 * Whether a stored concern still matches the fingerprint it was signed with; null when that
 * cannot be told. Concerns signed before the fingerprint took the stored time were signed over
 * the time as sent: from Haven's own client that is the same, from the API usually the same
 * without its milliseconds, and otherwise not known.
 */
export function fingerprintMatches(
  row: StoredConcern,
  narrative: ConcernNarrative,
): boolean | null {
  const input: ConcernInput = {
    kind: row.kind,
    children: narrative.children,
    childWords: narrative.childWords,
    observed: narrative.observed,
    actionTaken: narrative.actionTaken,
    incidentAt: row.incidentAt,
    location: narrative.location,
    primaryCategoryId: row.primaryCategoryId,
    tagIds: row.tagIds,
    immediateRisk: row.immediateRisk,
    spokeToDsl: row.spokeToDsl,
    riskFactors: narrative.riskFactors,
    protectiveFactors: narrative.protectiveFactors,
    bodyMap: narrative.bodyMap,
  };
  const signed = { recordedBy: row.recordedBy, recordedAt: row.recordedAt };
  const matches = [row.incidentAt, row.incidentAt.replace(/\.000Z$/, 'Z')].some(
    (incidentAt) => sha256({ ...signed, input: { ...input, incidentAt } }) === row.contentHash,
  );
  // An older concern sent with a time in another form cannot be checked: say so, not "changed".
  return matches || row.recordedAt >= SIGNED_AS_STORED_FROM ? matches : null;
}

/** From here on the fingerprint covers the incident time as stored, so every one can be checked. */
const SIGNED_AS_STORED_FROM = '2026-12-01T00:00:00.000Z';
