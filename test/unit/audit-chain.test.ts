import { describe, expect, test } from 'vitest';
import { canonicalJson, GENESIS_HASH, hashEvent, verifyChain } from '../../src/core/audit/chain.ts';
import type { AuditEvent } from '../../src/core/audit/events.ts';

function chainOf(n: number): AuditEvent[] {
  const out: AuditEvent[] = [];
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq++) {
    const body = {
      chain: 's1',
      seq,
      id: `e${seq}`,
      type: 'pupil.read',
      at: `2026-01-01T00:00:0${seq % 10}.000Z`,
      schoolId: 's1',
      actorId: 'u1',
      actorName: 'Ann',
      actorRoles: ['dsl'],
      ip: '127.0.0.1',
      requestId: `r${seq}`,
      subjectType: 'pupil',
      subjectId: 'p1',
      summary: 'Viewed pupil',
      details: { n: seq },
    };
    const hash = hashEvent(prev, body);
    out.push({ ...body, prevHash: prev, hash });
    prev = hash;
  }
  return out;
}

const headOf = (events: AuditEvent[]) => ({
  lastSeq: events.length,
  lastHash: events.at(-1)?.hash ?? GENESIS_HASH,
});

describe('the audit hash chain', () => {
  test('canonical JSON sorts keys at every level and ignores undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: undefined } })).toBe(
      '{"a":{"d":[2,{"e":0,"f":1}]},"b":1}',
    );
  });

  test('an untouched chain verifies', () => {
    const events = chainOf(5);
    expect(verifyChain('s1', events, headOf(events))).toBeNull();
  });

  test('an edited event is named', () => {
    const events = chainOf(5);
    const edited = events.map((e) => (e.seq === 3 ? { ...e, summary: 'Nothing to see' } : e));
    expect(verifyChain('s1', edited, headOf(events))).toMatchObject({
      seq: 3,
      eventId: 'e3',
      problem: 'edited',
    });
  });

  test('a deleted event in the middle is named', () => {
    const events = chainOf(5);
    expect(
      verifyChain(
        's1',
        events.filter((e) => e.seq !== 2),
        headOf(events),
      ),
    ).toMatchObject({ seq: 2, problem: 'missing' });
  });

  test('a deleted last event is caught by the chain head', () => {
    const events = chainOf(5);
    expect(verifyChain('s1', events.slice(0, 4), headOf(events))).toMatchObject({
      problem: 'truncated',
    });
  });

  test('an event inserted after the head is named', () => {
    const events = chainOf(5);
    const forged = chainOf(6);
    expect(verifyChain('s1', forged, headOf(events))).toMatchObject({
      seq: 6,
      problem: 'inserted',
    });
  });

  test('an event re-hashed by a forger still breaks the link to the next event', () => {
    const events = chainOf(5);
    const third = events[2] as AuditEvent;
    const body = { ...third, summary: 'forged' };
    const forged = { ...body, hash: hashEvent(third.prevHash, body) };
    const tampered = events.map((e) => (e.seq === 3 ? forged : e));
    expect(verifyChain('s1', tampered, headOf(events))).toMatchObject({
      seq: 4,
      problem: 'inserted',
    });
  });
});
