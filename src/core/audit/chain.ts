import { createHash } from 'node:crypto';
import type { AuditEvent } from './events.ts';

export const GENESIS_HASH = '0'.repeat(64);

/** JSON with object keys sorted at every level, so the same event always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** The hashed content: everything but the hashes themselves. */
export function hashEvent(prevHash: string, e: Omit<AuditEvent, 'hash' | 'prevHash'>): string {
  const body = canonicalJson({
    chain: e.chain,
    seq: e.seq,
    id: e.id,
    type: e.type,
    at: e.at,
    schoolId: e.schoolId,
    actorId: e.actorId,
    actorName: e.actorName,
    actorRoles: e.actorRoles,
    ip: e.ip,
    requestId: e.requestId,
    subjectType: e.subjectType,
    subjectId: e.subjectId,
    summary: e.summary,
    details: e.details,
  });
  return createHash('sha256').update(prevHash).update('\n').update(body).digest('hex');
}

export interface ChainProblem {
  chain: string;
  seq: number;
  eventId: string | null;
  problem: 'edited' | 'missing' | 'inserted' | 'truncated';
  detail: string;
}

/**
 * Walks one chain in sequence order and names the first event that breaks it.
 * `head` is the chain's recorded last sequence and hash, which catches deletion of the tail.
 */
export function verifyChain(
  chain: string,
  events: Iterable<AuditEvent>,
  head: { lastSeq: number; lastHash: string } | null,
): ChainProblem | null {
  let expectedSeq = 1;
  let prev = GENESIS_HASH;
  for (const e of events) {
    if (head && e.seq > head.lastSeq) {
      return {
        chain,
        seq: e.seq,
        eventId: e.id,
        problem: 'inserted',
        detail: 'written after the chain head',
      };
    }
    if (e.seq < expectedSeq) {
      return {
        chain,
        seq: e.seq,
        eventId: e.id,
        problem: 'inserted',
        detail: 'duplicate sequence number',
      };
    }
    if (e.seq > expectedSeq) {
      return {
        chain,
        seq: expectedSeq,
        eventId: null,
        problem: 'missing',
        detail: `events ${expectedSeq}..${e.seq - 1} are missing`,
      };
    }
    if (e.prevHash !== prev) {
      return {
        chain,
        seq: e.seq,
        eventId: e.id,
        problem: 'inserted',
        detail: 'does not follow the previous event',
      };
    }
    if (hashEvent(prev, e) !== e.hash) {
      return {
        chain,
        seq: e.seq,
        eventId: e.id,
        problem: 'edited',
        detail: 'content does not match its hash',
      };
    }
    prev = e.hash;
    expectedSeq++;
  }
  const lastSeq = expectedSeq - 1;
  if (head && (head.lastSeq > lastSeq || head.lastHash !== prev)) {
    return {
      chain,
      seq: head.lastSeq,
      eventId: null,
      problem: 'truncated',
      detail: `the chain head records event ${head.lastSeq} but the log ends at ${lastSeq}`,
    };
  }
  return null;
}
