import { sql } from 'kysely';
import { afterEach, describe, expect, test } from 'vitest';
import { connect, type Connection } from '../../src/storage/connect.ts';
import { migrateToLatest, migrationsCurrent, transactional } from '../../src/storage/migrate.ts';
import { ENGINES, engineAvailable, freshDatabase, type TestDatabase } from '../support/engines.ts';

for (const engine of ENGINES) {
  describe.skipIf(!engineAvailable(engine))(`migrations [${engine}]`, () => {
    let db: TestDatabase;
    const conns: Connection[] = [];
    const open = () => {
      const c = connect({
        databaseUrl: db.databaseUrl,
        dataDir: db.dataDir,
        pgSchema: db.pgSchema,
      });
      conns.push(c);
      return c;
    };
    afterEach(async () => {
      for (const c of conns.splice(0)) await c.close();
      await db.drop();
    });

    test('two servers starting at once migrate exactly once, under the lock', async () => {
      db = await freshDatabase(engine);
      const [a, b] = [open(), open()];
      const results = await Promise.all([migrateToLatest(a), migrateToLatest(b)]);
      expect(results.flat()).toEqual([
        '2026-11-28T00-foundation',
        '2026-11-28T01-concerns',
        '2026-11-28T02-deadlines',
        '2026-11-28T03-agencies',
        '2026-11-28T04-conduct',
        '2026-12-01T00-allegations',
        '2026-12-01T01-roster',
        '2026-12-01T02-attendance',
        '2026-12-01T03-concern-alert-columns',
        '2026-12-01T04-sealed-waiver-reasons',
        '2026-12-01T05-reconsideration-history',
        '2026-12-01T06-concern-submissions',
        '2026-12-01T07-need-levels',
        '2026-12-01T08-category-seed-kcsie',
        '2026-12-01T09-outbox-skipped',
      ]);
      expect(await migrationsCurrent(a)).toBe(true);
      expect(await migrateToLatest(a)).toEqual([]);
    });

    test('an empty database is reported as not current until migrated', async () => {
      db = await freshDatabase(engine);
      const c = open();
      expect(await migrationsCurrent(c)).toBe(false);
      await migrateToLatest(c);
      expect(await migrationsCurrent(c)).toBe(true);
    });

    if (engine === 'sqlite') {
      test('SQLite runs durable: WAL, synchronous=FULL, foreign keys on, a busy timeout', async () => {
        db = await freshDatabase(engine);
        const c = open();
        const pragma = async (name: string) =>
          Object.values((await sql.raw(`PRAGMA ${name}`).execute(c.db)).rows[0] as object)[0];
        expect(await pragma('journal_mode')).toBe('wal');
        expect(await pragma('synchronous')).toBe(2);
        expect(await pragma('foreign_keys')).toBe(1);
        expect(await pragma('busy_timeout')).toBe(5000);
      });

      test('a SQLite migration that fails half-way leaves nothing behind, so the next start can retry', async () => {
        db = await freshDatabase(engine);
        const c = open();
        await migrateToLatest(c);
        const failing = transactional({
          async up(k) {
            await k.schema.alterTable('schools').addColumn('half_done', 'text').execute();
            throw new Error('disk full, say');
          },
        });
        await expect(failing.up(c.db)).rejects.toThrow('disk full');
        const columns = (await sql<{ name: string }>`pragma table_info(schools)`.execute(c.db))
          .rows;
        expect(columns.map((col) => col.name)).not.toContain('half_done');
      });
    }
  });
}

describe.skipIf(!engineAvailable('sqlite'))('the SQLite files [sqlite]', () => {
  test('the database, its WAL and the key file are readable by their owner only', async () => {
    const { statSync, readdirSync } = await import('node:fs');
    const path = await import('node:path');
    const { TestHaven } = await import('../support/haven.ts');
    const h = await TestHaven.start('sqlite');
    try {
      await h.createSchool();
      for (const f of readdirSync(h.db.dataDir).filter((x) => x.startsWith('haven.'))) {
        expect((statSync(path.join(h.db.dataDir, f)).mode & 0o077).toString(8), f).toBe('0');
      }
    } finally {
      await h.stop();
    }
  });
});

describe.skipIf(!engineAvailable('postgres'))('the PostgreSQL pool [postgres]', () => {
  test('a server keeps no more connections than its pool size, however many ask at once', async () => {
    const db = await freshDatabase('postgres');
    const c = connect({
      databaseUrl: db.databaseUrl,
      dataDir: db.dataDir,
      pgSchema: db.pgSchema,
      pgPoolSize: 2,
    });
    try {
      const pids = await Promise.all(
        Array.from({ length: 6 }, async () => {
          const { rows } = await sql<{
            pid: number;
          }>`select pg_backend_pid() as pid, pg_sleep(0.05)`.execute(c.db);
          return rows[0]?.pid;
        }),
      );
      expect(new Set(pids).size).toBe(2);
    } finally {
      await c.close();
      await db.drop();
    }
  });
});
