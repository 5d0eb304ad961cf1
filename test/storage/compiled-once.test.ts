import { expect, test } from 'vitest';
import { newId } from '../../src/core/shared/ids.ts';
import { compiledOnce, insertRows } from '../../src/storage/compiled-once.ts';
import { describeEachEngine } from '../support/each-engine.ts';

// The statements behind every request are built once (ADR 0006): each call must still run with
// its own values, on its own engine, whatever ran before it.
describeEachEngine('statements compiled once', (h, engine) => {
  const ctx = () => ({ db: h().rt.conn.db, engine });
  const insertSchools = insertRows('schools', [
    'id',
    'name',
    'urn',
    'local_authority',
    'created_at',
  ]);
  const namesOf = compiledOnce<{ ids: string[] }, { name: string }>((db, p, n) =>
    db
      .selectFrom('schools')
      .select('name')
      .where(
        'id',
        'in',
        Array.from({ length: n }, (_, i) => p((v) => v.ids[i] as string)),
      )
      .orderBy('name'),
  );
  const school = (name: string) => ({
    id: newId(),
    name,
    urn: null,
    local_authority: null,
    created_at: new Date().toISOString(),
  });

  test('each call binds its own values, for one row or many', async () => {
    const a = school('Ash Primary');
    const b = school('Beech Primary');
    const c = school('Cedar Primary');
    await insertSchools(ctx(), [a]);
    await insertSchools(ctx(), [b, c]);
    const names = async (ids: string[]) =>
      (await namesOf(ctx(), { ids }, ids.length)).rows.map((r) => r.name);
    expect(await names([a.id])).toEqual(['Ash Primary']);
    expect(await names([c.id])).toEqual(['Cedar Primary']);
    expect(await names([c.id, a.id])).toEqual(['Ash Primary', 'Cedar Primary']);
    expect(await names([b.id, c.id, a.id])).toEqual([
      'Ash Primary',
      'Beech Primary',
      'Cedar Primary',
    ]);
  });

  test('values are parameters, never SQL: a name with quotes is stored as written', async () => {
    const odd = school(`St Mary's'); drop table schools; --`);
    await insertSchools(ctx(), [odd]);
    expect((await namesOf(ctx(), { ids: [odd.id] }, 1)).rows).toEqual([{ name: odd.name }]);
  });

  test('a bulk shape beyond the kept sizes still runs', async () => {
    const many = Array.from({ length: 80 }, (_, i) => school(`Bulk ${String(i).padStart(2, '0')}`));
    await insertSchools(ctx(), many);
    const ids = many.map((s) => s.id);
    expect((await namesOf(ctx(), { ids }, ids.length)).rows).toHaveLength(80);
  });
});
