import { sql } from 'kysely';
import { pupilInputSchema } from '../src/core/people/pupil.ts';
import { createPupil } from '../src/core/people/use-cases/pupils.ts';
import { withBenchSchool, type EngineOptions } from './bench-school.ts';

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
export async function benchPupilWrites(opts: EngineOptions) {
  await withBenchSchool(opts, 'writes', async (rt, actor) => {
    const db = rt.conn.db;
    await sql`create table bench_raw (id text primary key, body text not null)`.execute(db);

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
  });
}
