import { sql, type Kysely } from 'kysely';
import { expect, test } from 'vitest';
import { newId } from '../../src/core/shared/ids.ts';
import { compiledOnce, insertRows } from '../../src/storage/compiled-once.ts';
import type { Database } from '../../src/storage/schema.ts';
import { describeEachEngine } from '../support/each-engine.ts';

const insertSchools = insertRows('schools', ['id', 'name', 'urn', 'local_authority', 'created_at']);
const school = (name: string, id = newId()) => ({
  id,
  name,
  urn: null,
  local_authority: null,
  created_at: new Date().toISOString(),
});

// The statements behind every request are built once (ADR 0006): each call must still run with
// its own values, on its own engine, whatever ran before it.
describeEachEngine('statements compiled once', (h, engine) => {
  const ctx = () => ({ db: h().rt.conn.db, engine });
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

  // Only PostgreSQL prepares statements by name; SQLite keeps its own (connect.ts).
  if (engine === 'postgres')
    test('PostgreSQL prepares a kept statement once per connection, and nothing else', async () => {
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
    });

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

// On PostgreSQL, inserts compiled once are sent inside a transaction without waiting for their
// answers (ADR 0007): a failure among them must still fail the whole unit, wherever it falls.
describeEachEngine('writes sent without waiting for their answer', (h, engine) => {
  const db = () => h().rt.conn.db;
  const named = async (name: string) =>
    (await db().selectFrom('schools').select('id').where('name', '=', name).execute()).length;
  /** A unit whose second insert reuses the first one's id; `then` runs after both are sent. */
  const clashing = (name: string, then?: (tx: Kysely<Database>) => Promise<unknown>) => {
    const first = school(name);
    return db()
      .transaction()
      .execute(async (tx) => {
        await insertSchools({ db: tx, engine }, [first]);
        await insertSchools({ db: tx, engine }, [school(name, first.id)]);
        await then?.(tx);
      });
  };

  test('a later read in the same transaction sees them', async () => {
    const name = `Seen ${newId()}`;
    const found = await db()
      .transaction()
      .execute(async (tx) => {
        await insertSchools({ db: tx, engine }, [school(name), school(name)]);
        return tx.selectFrom('schools').select('id').where('name', '=', name).execute();
      });
    expect(found).toHaveLength(2);
    expect(await named(name)).toBe(2);
  });

  test('one that fails fails the unit with its own error, at the next statement, and nothing is kept', async () => {
    const name = `Clash ${newId()}`;
    const unit = clashing(name, (tx) =>
      tx.selectFrom('schools').select('id').where('name', '=', name).execute(),
    );
    await expect(unit).rejects.toThrow(/unique|UNIQUE/);
    expect(await named(name)).toBe(0);
  });

  test('one that fails as the last statement fails the commit, and nothing is kept', async () => {
    const name = `Last ${newId()}`;
    const unit = clashing(name);
    await expect(unit).rejects.toThrow(/unique|UNIQUE/);
    expect(await named(name)).toBe(0);
  });

  test('outside a transaction a write is answered before the call returns', async () => {
    const name = `Alone ${newId()}`;
    const first = school(name);
    await insertSchools({ db: db(), engine }, [first]);
    expect(await named(name)).toBe(1);
    await expect(insertSchools({ db: db(), engine }, [school(name, first.id)])).rejects.toThrow(
      /unique|UNIQUE/,
    );
  });

  test('the connection is clean for the next unit after a failure', async () => {
    const name = `After ${newId()}`;
    await clashing(name).catch(() => undefined);
    // Every pooled connection takes a unit in turn: none may carry the failure into it.
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        db()
          .transaction()
          .execute((tx) => insertSchools({ db: tx, engine }, [school(`${name} ${i}`)])),
      ),
    );
    const kept = await db()
      .selectFrom('schools')
      .select('id')
      .where('name', 'like', `${name} %`)
      .execute();
    expect(kept).toHaveLength(12);
  });
});
