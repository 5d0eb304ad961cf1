import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import type { Engine } from '../../src/storage/connect.ts';
import { PG_URL } from './global-setup.ts';

export const ENGINES: Engine[] = ['sqlite', 'postgres'];

/** Whether this engine's half of the suite runs here (see global-setup). */
export const engineAvailable = (engine: Engine): boolean =>
  engine === 'sqlite' || inject('pgAvailable');

export interface TestDatabase {
  engine: Engine;
  databaseUrl: string | undefined;
  dataDir: string;
  pgSchema: string | undefined;
  drop(): Promise<void>;
}

/** A fresh, empty database: a temp directory for SQLite, a new schema on PostgreSQL. */
export async function freshDatabase(engine: Engine): Promise<TestDatabase> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'haven-test-'));
  if (engine === 'sqlite') {
    return {
      engine,
      databaseUrl: undefined,
      dataDir,
      pgSchema: undefined,
      drop: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  return {
    engine,
    databaseUrl: PG_URL,
    dataDir,
    pgSchema: schema,
    async drop() {
      const c = new pg.Client({ connectionString: PG_URL });
      await c.connect();
      await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await c.end();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
