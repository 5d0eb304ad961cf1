import { randomBytes, randomUUID } from 'node:crypto';
import { loadConfig } from '../src/config.ts';
import type { Actor } from '../src/core/access/actor.ts';
import { createRuntime, type Runtime } from '../src/runtime.ts';

export interface EngineOptions {
  engine: 'sqlite' | 'postgres';
  dataDir: string;
  databaseUrl?: string;
}

async function pgQuery(url: string | undefined, q: string): Promise<void> {
  const c = new (await import('pg')).default.Client({ connectionString: url });
  await c.connect();
  await c.query(q);
  await c.end();
}

/**
 * A Haven on a fresh database of its own (a new schema on PostgreSQL, a new folder on SQLite)
 * with one school and an administrator acting in it; everything is dropped afterwards.
 */
export async function withBenchSchool(
  opts: EngineOptions,
  name: string,
  fn: (rt: Runtime, actor: Actor) => Promise<void>,
): Promise<void> {
  const schema = `bench_${randomBytes(4).toString('hex')}`;
  if (opts.engine === 'postgres') await pgQuery(opts.databaseUrl, `CREATE SCHEMA ${schema}`);
  const rt = await createRuntime(
    loadConfig({
      NODE_ENV: 'test',
      HAVEN_DATA_DIR: `${opts.dataDir}/${name}-${opts.engine}`,
      ...(opts.databaseUrl ? { DATABASE_URL: opts.databaseUrl } : {}),
    }),
    { pgSchema: opts.engine === 'postgres' ? schema : undefined },
  );
  try {
    const schoolId = randomUUID();
    await rt.store.transaction((r) =>
      r.schools.create(
        { id: schoolId, name: 'Bench', urn: null, localAuthority: null },
        new Date(),
      ),
    );
    await fn(rt, {
      userId: 'bench',
      schoolId,
      fullName: 'Bench',
      roles: ['school_admin'],
      ip: null,
      requestId: null,
    });
  } finally {
    await rt.close();
    if (opts.engine === 'postgres')
      await pgQuery(opts.databaseUrl, `DROP SCHEMA ${schema} CASCADE`);
  }
}
