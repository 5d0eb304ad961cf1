// Benchmarks: each figure is printed with its ratio to a ceiling measured in the same run on the
// same engine, because these machines are shared and absolute numbers drift. Each benchmark runs
// in a process of its own, so that none is measured in the heap another one left behind (the
// 75,000-pupil import leaves hundreds of megabytes for the garbage collector to walk).
import { spawnSync } from 'node:child_process';
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

const size = {
  pupils: Number(process.env.BENCH_PUPILS ?? 2000),
  years: Number(process.env.BENCH_YEARS ?? 15),
};
const postgres = { databaseUrl: PG_URL };

/** Every benchmark, in the order they are printed; `pg` ones are skipped without PostgreSQL. */
const BENCHMARKS: { name: string; pg?: boolean; run: (dataDir: string) => Promise<void> }[] = [
  { name: 'ctf-import-sqlite', run: (dataDir) => benchCtfImport({ engine: 'sqlite', dataDir }) },
  {
    name: 'ctf-import-postgres',
    pg: true,
    run: (dataDir) => benchCtfImport({ engine: 'postgres', dataDir, ...postgres }),
  },
  { name: 'ctf-read', run: () => benchCtf() },
  { name: 'working-days', run: () => benchWorkingDays() },
  { name: 'sweeper-sqlite', run: (dataDir) => benchSweeper({ engine: 'sqlite', dataDir }) },
  {
    name: 'sweeper-postgres',
    pg: true,
    run: (dataDir) =>
      withSchema((pgSchema) =>
        benchSweeper({ engine: 'postgres', dataDir, ...postgres, pgSchema }),
      ),
  },
  {
    name: 'pupil-writes-sqlite',
    run: (dataDir) => benchPupilWrites({ engine: 'sqlite', dataDir }),
  },
  {
    name: 'pupil-writes-postgres',
    pg: true,
    run: (dataDir) => benchPupilWrites({ engine: 'postgres', dataDir, ...postgres }),
  },
  { name: 'roster-sqlite', run: (dataDir) => benchRosterImport({ engine: 'sqlite', dataDir }) },
  {
    name: 'roster-postgres',
    pg: true,
    run: (dataDir) => benchRosterImport({ engine: 'postgres', dataDir, ...postgres }),
  },
  {
    name: 'concerns-sqlite',
    run: (dataDir) => benchConcerns({ engine: 'sqlite', dataDir, ...size }),
  },
  {
    name: 'concerns-postgres',
    pg: true,
    run: (dataDir) =>
      withSchema((pgSchema) =>
        benchConcerns({ engine: 'postgres', dataDir, ...postgres, pgSchema, ...size }),
      ),
  },
];

const only = process.argv[2];
if (only) {
  const bench = BENCHMARKS.find((b) => b.name === only);
  if (!bench) throw new Error(`No benchmark named ${only}`);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'haven-bench-'));
  try {
    await bench.run(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
} else {
  const pgUp = await pgAvailable();
  let failed = false;
  for (const bench of BENCHMARKS) {
    if (bench.pg && !pgUp) continue;
    const child = spawnSync(
      process.execPath,
      [...process.execArgv, path.join(import.meta.dirname, 'run.ts'), bench.name],
      { stdio: 'inherit' },
    );
    if (child.status !== 0) {
      console.log(`${bench.name}: failed (exit ${String(child.status)})`);
      failed = true;
    }
  }
  if (!pgUp) console.log(`PostgreSQL benchmarks skipped: nothing answers at ${PG_URL}`);
  process.exitCode = failed ? 1 : 0;
}
