import { describe, expect, test } from 'vitest';
import { newId } from '../../src/core/shared/ids.ts';
import { verifyAuditLog } from '../../src/storage/audit-verify.ts';
import { describeEachEngine } from '../support/each-engine.ts';
import { validPupil } from '../support/haven.ts';
import { pupilInputSchema } from '../../src/core/people/pupil.ts';

const actor = {
  userId: 'u1',
  fullName: 'Ann',
  roles: ['dsl' as const],
  ip: '127.0.0.1',
  requestId: 'r1',
};

describeEachEngine('repositories', (h) => {
  describe('tenant scoping', () => {
    test('another school’s pupil and staff are not found, even by id', async () => {
      const a = await h().createSchool('A');
      const b = await h().createSchool('B');
      const now = h().clock.now();
      const pupilId = newId();
      const staff = await h().createUser(a, ['staff'], { mfa: false });
      await h().rt.store.transaction((r) =>
        r.pupils.create(a, pupilId, pupilInputSchema.parse(validPupil({ upn: null })), now),
      );
      await h().rt.store.transaction(async (r) => {
        expect(await r.pupils.get(b, pupilId)).toBeNull();
        expect(await r.staff.get(b, staff.id)).toBeNull();
        expect(await r.pupils.update(b, pupilId, { legalLastName: 'Changed' }, now)).toBeNull();
        expect(await r.staff.update(b, staff.id, { fullName: 'Changed' }, now)).toBeNull();
        expect((await r.pupils.list(b, { limit: 10 })).map((p) => p.id)).not.toContain(pupilId);
        expect((await r.pupils.get(a, pupilId))?.legalLastName).toBe('Fictional');
      });
    });
  });

  test('pupils round-trip every field, with contacts in priority order', async () => {
    const s = await h().createSchool();
    const input = pupilInputSchema.parse(
      validPupil({
        upn: null,
        senFlag: true,
        lookedAfter: true,
        emergencyContacts: [
          { name: 'Second', relationship: 'Aunt', phones: ['01632 960555'], priority: 2 },
          {
            name: 'First',
            relationship: 'Father',
            phones: ['07700 900555', '01632 960556'],
            priority: 1,
          },
        ],
      }),
    );
    const created = await h().rt.store.transaction((r) =>
      r.pupils.create(s, newId(), input, h().clock.now()),
    );
    expect(created).toMatchObject({
      ...input,
      emergencyContacts: [input.emergencyContacts[1], input.emergencyContacts[0]],
    });
  });

  test('a failed transaction leaves nothing behind', async () => {
    const s = await h().createSchool();
    const id = newId();
    await expect(
      h().rt.store.transaction(async (r) => {
        await r.pupils.create(
          s,
          id,
          pupilInputSchema.parse(validPupil({ upn: null })),
          h().clock.now(),
        );
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await h().rt.store.transaction((r) => r.pupils.get(s, id))).toBeNull();
  });

  test('the throttle counts per key within a window and starts again in the next', async () => {
    const at = new Date('2026-01-01T10:00:00Z');
    const key = `k-${newId()}`;
    await h().rt.store.transaction(async (r) => {
      expect(await r.throttle.hit(key, 900, at)).toBe(1);
      expect(await r.throttle.hit(key, 900, at)).toBe(2);
      expect(await r.throttle.count(key, 900, at)).toBe(2);
      expect(await r.throttle.count(key, 900, new Date('2026-01-01T10:16:00Z'))).toBe(0);
    });
  });

  test('a one-time token is consumed once and never after expiry', async () => {
    const at = new Date('2026-01-01T10:00:00Z');
    const hash = `h-${newId()}`;
    await h().rt.store.transaction((r) =>
      r.tokens.create({
        hash,
        purpose: 'setup',
        schoolId: null,
        userId: null,
        createdAt: at.toISOString(),
        expiresAt: '2026-01-02T10:00:00.000Z',
      }),
    );
    expect(await h().rt.store.transaction((r) => r.tokens.consume(hash, 'invite', at))).toBeNull();
    expect(
      await h().rt.store.transaction((r) => r.tokens.consume(hash, 'setup', at)),
    ).not.toBeNull();
    expect(await h().rt.store.transaction((r) => r.tokens.consume(hash, 'setup', at))).toBeNull();
  });

  describe('the audit log', () => {
    test('events chain per school and verify', async () => {
      const s = await h().createSchool();
      for (let i = 0; i < 5; i++) {
        await h().rt.store.transaction((r) =>
          r.audit.append(
            {
              type: 'pupil.read',
              actor,
              schoolId: s,
              subject: { type: 'pupil', id: 'p' },
              summary: 'read',
              details: {},
            },
            h().clock.now(),
          ),
        );
      }
      const events = await h().rt.store.transaction((r) =>
        r.audit.list({ schoolId: s, limit: 10 }),
      );
      expect(events.map((e) => e.seq)).toEqual([5, 4, 3, 2, 1]);
      expect(events[0]?.prevHash).toBe(events[1]?.hash);
      expect((await verifyAuditLog(h().rt.conn)).problems).toEqual([]);
    });

    test('concurrent writers never fork a chain', async () => {
      const s = await h().createSchool();
      await Promise.all(
        Array.from({ length: 40 }, () =>
          h().rt.store.transaction((r) =>
            r.audit.append(
              {
                type: 'pupil.read',
                actor,
                schoolId: s,
                subject: null,
                summary: 'read',
                details: {},
              },
              h().clock.now(),
            ),
          ),
        ),
      );
      const events = await h().rt.store.transaction((r) =>
        r.audit.list({ schoolId: s, limit: 100 }),
      );
      expect(events.map((e) => e.seq).sort((x, y) => x - y)).toEqual(
        Array.from({ length: 40 }, (_, i) => i + 1),
      );
      expect((await verifyAuditLog(h().rt.conn)).problems).toEqual([]);
    });

    test('the database itself refuses to update or delete an audit event', async () => {
      const s = await h().createSchool();
      await h().rt.store.transaction((r) =>
        r.audit.append(
          { type: 'pupil.read', actor, schoolId: s, subject: null, summary: 'read', details: {} },
          h().clock.now(),
        ),
      );
      const db = h().rt.conn.db;
      await expect(
        db.updateTable('audit_events').set({ summary: 'x' }).where('chain', '=', s).execute(),
      ).rejects.toThrow(/append-only/);
      await expect(db.deleteFrom('audit_events').where('chain', '=', s).execute()).rejects.toThrow(
        /append-only/,
      );
    });
  });
});
