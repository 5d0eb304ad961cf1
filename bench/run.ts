// Benchmarks: each figure is printed with its ratio to a ceiling measured in the same run on the
// same engine, because these machines are shared and absolute numbers drift.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { benchConcerns } from './concerns.ts';
import { benchPupilWrites } from './pupil-writes.ts';
import { benchCtfImport, benchRosterImport } from './roster-import.ts';
import { benchCtf } from './ctf-fixture.ts';
import { benchSweeper } from './sweeper.ts';
import { benchWorkingDays } from './working-days.ts';

const PG_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

async function pgAvailable(): Promise<boolean> {
  const c = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 2000 });
  try {
    await c.connect();
    return true;
  } catch {
    return false;
  } finally {
    await c.end().catch(() => undefined);
  }
}

async function withSchema(fn: (schema: string) => Promise<void>): Promise<void> {
  const schema = `bench_${Date.now().toString(36)}`;
  const c = new pg.Client({ connectionString: PG_URL });
  await c.connect();
  await c.query(`CREATE SCHEMA ${schema}`);
  try {
    await fn(schema);
  } finally {
    await c.query(`DROP SCHEMA ${schema} CASCADE`);
    await c.end();
  }
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'haven-bench-'));
try {
  const size = {
    pupils: Number(process.env.BENCH_PUPILS ?? 2000),
    years: Number(process.env.BENCH_YEARS ?? 15),
  };
  const pg = await pgAvailable();
  await benchCtfImport({ engine: 'sqlite', dataDir: dir });
  if (pg) await benchCtfImport({ engine: 'postgres', dataDir: dir, databaseUrl: PG_URL });
  await benchCtf();
  await benchWorkingDays();
  await benchSweeper({ engine: 'sqlite', dataDir: dir });
  if (pg)
    await withSchema((schema) =>
      benchSweeper({ engine: 'postgres', dataDir: dir, databaseUrl: PG_URL, pgSchema: schema }),
    );
  await benchPupilWrites({ engine: 'sqlite', dataDir: dir });
  if (pg) await benchPupilWrites({ engine: 'postgres', dataDir: dir, databaseUrl: PG_URL });
  await benchRosterImport({ engine: 'sqlite', dataDir: dir });
  if (pg) await benchRosterImport({ engine: 'postgres', dataDir: dir, databaseUrl: PG_URL });
  await benchConcerns({ engine: 'sqlite', dataDir: dir, ...size });
  if (pg) {
    await withSchema((schema) =>
      benchConcerns({
        engine: 'postgres',
        dataDir: dir,
        databaseUrl: PG_URL,
        pgSchema: schema,
        ...size,
      }),
    );
  } else {
    console.log(`PostgreSQL benchmarks skipped: nothing answers at ${PG_URL}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
