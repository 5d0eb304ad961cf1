import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { sql } from 'kysely';
import { describe, expect, test } from 'vitest';
import { newId } from '../../src/core/shared/ids.ts';
import { pupilInputSchema } from '../../src/core/people/pupil.ts';
import { connect } from '../../src/storage/connect.ts';
import { describeEachEngine } from '../support/each-engine.ts';
import { validPupil } from '../support/haven.ts';

// SQLite plans every query as if each table were empty until it is told to gather statistics:
// a school that has just imported its pupils must not stay planned that way.
describeEachEngine('planner statistics', (h, engine) => {
  test('after a school’s pupils are loaded, the refresh gathers what the planner uses', async () => {
    const school = await h().createSchool('Statistics Primary');
    const now = h().clock.now();
    await h().rt.store.transaction(async (r) => {
      for (let i = 0; i < 300; i++)
        await r.pupils.create(
          school,
          newId(),
          pupilInputSchema.parse(validPupil({ upn: null, legalLastName: `Pupil ${i}` })),
          now,
        );
    });
    await h().rt.conn.optimize();
    if (engine === 'sqlite') {
      const { rows } = await sql<{
        tbl: string;
      }>`select tbl from sqlite_stat1 where tbl = 'pupils'`.execute(h().rt.conn.db);
      expect(rows.length).toBeGreaterThan(0);
    }
    // Whatever the engine, the school's pupils are all still there to be found.
    const listed = await h().rt.store.transaction((r) => r.pupils.list(school, { limit: 1000 }));
    expect(listed.length).toBeGreaterThanOrEqual(300);
  });
});

// With sqlite_stat4's samples loaded, SQLite recompiles a statement every time it runs if a bound
// value is compared with an indexed column, so Haven's prepared statements would be prepared on
// every request. Haven keeps sqlite_stat1's counts and drops the samples.
describe('planner statistics without samples [sqlite]', () => {
  const samples = (db: SQLite.Database) =>
    db.prepare('select count(*) as n from sqlite_stat4').pluck().get() as number;
  const counts = (db: SQLite.Database) =>
    db.prepare('select count(*) as n from sqlite_stat1').pluck().get() as number;

  function fileWithSamples(dir: string): string {
    const file = path.join(dir, 'haven.sqlite');
    const raw = new SQLite(file);
    raw.exec('create table t (id integer primary key, school text not null)');
    raw.exec('create index t_school on t (school)');
    const insert = raw.prepare('insert into t (school) values (?)');
    raw.transaction(() => {
      for (let i = 0; i < 500; i++) insert.run(`school-${i % 7}`);
    })();
    raw.exec('analyze');
    expect(samples(raw)).toBeGreaterThan(0);
    raw.close();
    return file;
  }

  test('a file analysed elsewhere (the sqlite3 shell, say) keeps its counts but not its samples once Haven opens it', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'haven-stat4-'));
    try {
      fileWithSamples(dir);
      const conn = connect({ dataDir: dir });
      expect(samples(conn.sqlite as SQLite.Database)).toBe(0);
      expect(counts(conn.sqlite as SQLite.Database)).toBeGreaterThan(0);
      await conn.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('the hourly refresh drops samples another connection gathered', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'haven-stat4-'));
    try {
      const conn = connect({ dataDir: dir });
      const beside = new SQLite(path.join(dir, 'haven.sqlite'));
      beside.exec('create table t (id integer primary key, school text not null)');
      beside.exec('create index t_school on t (school)');
      const insert = beside.prepare('insert into t (school) values (?)');
      beside.transaction(() => {
        for (let i = 0; i < 500; i++) insert.run(`school-${i % 7}`);
      })();
      beside.exec('analyze');
      beside.close();
      expect(samples(conn.sqlite as SQLite.Database)).toBeGreaterThan(0);
      await conn.optimize();
      expect(samples(conn.sqlite as SQLite.Database)).toBe(0);
      expect(counts(conn.sqlite as SQLite.Database)).toBeGreaterThan(0);
      await conn.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
