import { randomBytes, randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { loadConfig } from '../src/config.ts';
import type { Actor } from '../src/core/access/actor.ts';
import { pupilInputSchema } from '../src/core/people/pupil.ts';
import { createPupil } from '../src/core/people/use-cases/pupils.ts';
import { createRuntime } from '../src/runtime.ts';

const N = Number(process.env.BENCH_N ?? 2000);

const pupil = (i: number) =>
  pupilInputSchema.parse({
    legalFirstName: `Bench${i}`,
    legalLastName: 'Fictional',
    dateOfBirth: '2015-01-01',
    sex: 'F',
    yearGroup: '5',
    senFlag: false,
    lookedAfter: false,
    emergencyContacts: [
      { name: 'Parent', relationship: 'Mother', phones: ['07700 900123'], priority: 1 },
    ],
  });

async function timed(n: number, fn: (i: number) => Promise<unknown>): Promise<number> {
  const start = performance.now();
  for (let i = 0; i < n; i++) await fn(i);
  return n / ((performance.now() - start) / 1000);
}

/**
 * Adding a pupil (validated, tenant-scoped, with its contact row and a hash-chained audit event,
 * all in one durable transaction) against the engine's raw durable single-row insert rate.
 */
export async function benchPupilWrites(opts: {
  engine: 'sqlite' | 'postgres';
  dataDir: string;
  databaseUrl?: string;
}) {
  const schema = `bench_${randomBytes(4).toString('hex')}`;
  if (opts.engine === 'postgres') {
    const c = new (await import('pg')).default.Client({ connectionString: opts.databaseUrl });
    await c.connect();
    await c.query(`CREATE SCHEMA ${schema}`);
    await c.end();
  }
  const config = loadConfig({
    NODE_ENV: 'test',
    HAVEN_DATA_DIR: `${opts.dataDir}/${opts.engine}`,
    ...(opts.databaseUrl ? { DATABASE_URL: opts.databaseUrl } : {}),
  });
  const rt = await createRuntime(config, {
    pgSchema: opts.engine === 'postgres' ? schema : undefined,
  });
  try {
    const db = rt.conn.db;
    await sql`create table bench_raw (id text primary key, body text not null)`.execute(db);
    const schoolId = randomUUID();
    await rt.store.transaction((r) =>
      r.schools.create(
        { id: schoolId, name: 'Bench', urn: null, localAuthority: null },
        new Date(),
      ),
    );
    const actor: Actor = {
      userId: 'bench',
      schoolId,
      fullName: 'Bench',
      roles: ['school_admin'],
      ip: null,
      requestId: null,
    };

    const raw = await timed(N, (i) =>
      db
        .insertInto('bench_raw' as never)
        .values({ id: String(i), body: 'x'.repeat(200) } as never)
        .execute(),
    );
    const audited = await timed(N, (i) => createPupil(rt.people, actor, pupil(i)));
    console.log(
      `[${opts.engine}] add a pupil (validated, audited, one transaction): ${audited.toFixed(0)}/s; ` +
        `raw durable insert: ${raw.toFixed(0)}/s; ratio ${(audited / raw).toFixed(2)} (n=${N})`,
    );
  } finally {
    await rt.close();
    if (opts.engine === 'postgres') {
      const c = new (await import('pg')).default.Client({ connectionString: opts.databaseUrl });
      await c.connect();
      await c.query(`DROP SCHEMA ${schema} CASCADE`);
      await c.end();
    }
  }
}
