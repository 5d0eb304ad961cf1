// Benchmarks: each figure is printed with its ratio to a ceiling measured in the same run on the
// same engine, because these machines are shared and absolute numbers drift.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { benchPupilWrites } from './pupil-writes.ts';

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

const dir = mkdtempSync(path.join(os.tmpdir(), 'haven-bench-'));
try {
  await benchPupilWrites({ engine: 'sqlite', dataDir: dir });
  if (await pgAvailable())
    await benchPupilWrites({ engine: 'postgres', dataDir: dir, databaseUrl: PG_URL });
  else console.log(`PostgreSQL benchmarks skipped: nothing answers at ${PG_URL}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
