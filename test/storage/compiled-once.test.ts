import { sql } from 'kysely';
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

describeEachEngine('statements compiled once, prepared by name', (h, engine) => {
  const countSchools = compiledOnce<{ name: string }, { n: number }>((db, p) =>
    db
      .selectFrom('schools')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where(
        'name',
        '=',
        p((v) => v.name),
      ),
  );

  test.runIf(engine === 'postgres')(
    'PostgreSQL prepares a kept statement once per connection, and nothing else',
    async () => {
      const db = h().rt.conn.db;
      const prepared = await db.transaction().execute(async (tx) => {
        const ctx = { db: tx, engine };
        for (let i = 0; i < 3; i++) await countSchools(ctx, { name: `School ${i}` });
        await tx.selectFrom('schools').select('id').where('name', '=', 'ordinary').execute();
        const { rows } = await sql<{
          statement: string;
        }>`select statement from pg_prepared_statements where name like 'haven_%'`.execute(tx);
        return rows.map((r) => r.statement);
      });
      expect(prepared.filter((s) => s.includes('count(*)'))).toHaveLength(1);
      expect(prepared.some((s) => s.startsWith('select "id" from "schools"'))).toBe(false);
    },
  );

  test('a prepared statement answers with each call’s own values', async () => {
    const ctx = { db: h().rt.conn.db, engine };
    const name = `Prepared ${newId()}`;
    expect((await countSchools(ctx, { name })).rows[0]?.n).toBe(0);
    await h()
      .rt.conn.db.insertInto('schools')
      .values({
        id: newId(),
        name,
        urn: null,
        local_authority: null,
        created_at: new Date().toISOString(),
      })
      .execute();
    expect(Number((await countSchools(ctx, { name })).rows[0]?.n)).toBe(1);
  });
});
