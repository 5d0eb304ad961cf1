import { sql } from 'kysely';
import { expect, test } from 'vitest';
import { down, up } from '../../src/storage/migrations/2026-12-01T07-need-levels.ts';
import { describeEachEngine } from '../support/each-engine.ts';
import { schoolWithPeople } from './support.ts';

describeEachEngine('the levels-of-need migration', (h) => {
  const levels = async (cookie: string) =>
    (await h().request({ method: 'GET', url: '/api/levels-of-need', cookie })).json().data;

  test('[D47] down drops the tables; up makes them again, and each school starts from Essex on first use', async () => {
    const { dsl } = await schoolWithPeople(h());
    const first = (await levels(dsl.cookie)).levels[0];
    await h().request({
      method: 'PATCH',
      url: `/api/levels-of-need/${first.id}`,
      cookie: dsl.cookie,
      payload: { label: 'Everyday' },
    });
    const db = h().rt.conn.db;

    await down(db);
    await expect(sql`select count(*) from need_levels`.execute(db)).rejects.toThrow();
    await expect(sql`select count(*) from need_models`.execute(db)).rejects.toThrow();

    await up(db);
    const seeded = await levels(dsl.cookie);
    expect(seeded.model).toBe('Essex Windscreen of Need');
    expect(seeded.levels.map((l: { label: string }) => l.label)).toEqual([
      'Universal',
      'Additional',
      'Intensive',
      'Specialist',
    ]);
  });
});
