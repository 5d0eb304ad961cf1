import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { expect, test } from 'vitest';
import { describeEachEngine } from '../support/each-engine.ts';
import { storedBytes } from '../support/stored-bytes.ts';
import { api, staffedSchool } from './support.ts';

describeEachEngine('concerns about adults at rest', (h) => {
  test('[D43] a canary in every field of a case appears nowhere in the database files, WAL, backups or dumps', async () => {
    const canary = `canary-${randomBytes(8).toString('hex')}`;
    const s = await staffedSchool(h());
    const a = api(h());
    const { id } = (
      await a.raise(
        s.teacher,
        { name: `Sam ${canary}`, relationship: 'contractor', details: `Van ${canary}` },
        {
          whatHappened: `Saw ${canary}`,
          location: `Room ${canary}`,
          childrenInvolved: `Pupil ${canary}`,
          actionTaken: `Did ${canary}`,
        },
      )
    ).json().data;
    const now = h().clock.now().toISOString();
    await a.step(s.head, id, 'threshold', { decision: 'allegation', rationale: `Why ${canary}` });
    await a.step(s.head, id, 'lado', {
      contactedAt: now,
      ladoName: `Lee ${canary}`,
      advice: `Advice ${canary}`,
      ladoReference: 'L1',
    });
    await a.step(s.head, id, 'entries', {
      kind: 'investigation',
      step: 'statement',
      at: now,
      text: `Statement ${canary}`,
    });
    await a.step(s.head, id, 'members', { staffId: s.deputy.id, reason: `Because ${canary}` });
    const seen = (await a.get(s.head, id)).body;
    expect(seen).toContain(`Statement ${canary}`);
    if (h().db.engine === 'sqlite')
      await h().rt.conn.sqlite?.backup(path.join(h().db.dataDir, 'canary-backup.sqlite'));

    const blobs = storedBytes(h());
    expect(blobs.length).toBeGreaterThan(0);
    for (const b of blobs) expect(b.includes(canary)).toBe(false);
    expect(blobs.some((b) => b.includes('Cole Colleague'))).toBe(true);
  });
});
