import SQLite from 'better-sqlite3';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { invalid } from '../../src/core/shared/app-error.ts';
import { newId } from '../../src/core/shared/ids.ts';
import { TestHaven } from '../support/haven.ts';

// Group commit is how the embedded engine runs transactions (ADR 0004); PostgreSQL commits each
// on its own connection, so these tests are SQLite's.
describe('group commit on SQLite', () => {
  let h: TestHaven;
  beforeEach(async () => {
    h = await TestHaven.start('sqlite');
  });
  afterEach(() => h.stop());

  const addSchool = (name: string) =>
    h.rt.store.transaction(async (r) => {
      const id = newId();
      await r.schools.create({ id, name, urn: null, localAuthority: null }, h.clock.now());
      return id;
    });

  const schoolNames = () =>
    h.rt.store.transaction(async (r) => (await r.schools.list()).map((s) => s.name).sort());

  test('transactions started together all commit, each answering its own caller', async () => {
    const names = Array.from({ length: 50 }, (_, i) => `School ${String(i).padStart(2, '0')}`);
    const ids = await Promise.all(names.map(addSchool));
    expect(new Set(ids).size).toBe(50);
    expect(await schoolNames()).toEqual(names);
  });

  test('a transaction that fails is rolled back alone; the others in its batch commit', async () => {
    const results = await Promise.allSettled([
      addSchool('Kept A'),
      h.rt.store.transaction(async (r) => {
        await r.schools.create(
          { id: newId(), name: 'Half written', urn: null, localAuthority: null },
          h.clock.now(),
        );
        throw invalid('name', 'Refused after writing');
      }),
      addSchool('Kept B'),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    const refused = results[1] as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ code: 'VALIDATION', field: 'name' });
    expect(await schoolNames()).toEqual(['Kept A', 'Kept B']);
  });

  test('a caller is answered only once its work is on disk', async () => {
    const id = await addSchool('Durable');
    // A second connection to the same file sees only what has been committed.
    const other = new SQLite(path.join(h.db.dataDir, 'haven.sqlite'), { readonly: true });
    try {
      expect(other.prepare('select name from schools where id = ?').get(id)).toEqual({
        name: 'Durable',
      });
    } finally {
      other.close();
    }
  });

  test('a failing statement does not stop the next transaction', async () => {
    const id = await addSchool('Once');
    await expect(
      h.rt.store.transaction((r) =>
        r.schools.create({ id, name: 'Twice', urn: null, localAuthority: null }, h.clock.now()),
      ),
    ).rejects.toThrow();
    expect(await addSchool('After')).toBeTruthy();
    expect(await schoolNames()).toEqual(['After', 'Once']);
  });
  test('a read outside a transaction waits for a batch in progress and never sees its work undone', async () => {
    let fail!: () => void;
    const failing = new Promise<void>((resolve) => (fail = resolve));
    const writing = h.rt.store.transaction(async (r) => {
      await r.schools.create(
        { id: newId(), name: 'Never committed', urn: null, localAuthority: null },
        h.clock.now(),
      );
      await failing;
      throw invalid('name', 'Changed my mind');
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    let answered = false;
    const reading = h.rt.store
      .read(async (r) => (await r.schools.list()).map((s) => s.name))
      .finally(() => (answered = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(answered).toBe(false);
    fail();
    await expect(writing).rejects.toThrow('Changed my mind');
    expect(await reading).not.toContain('Never committed');
  });
});
