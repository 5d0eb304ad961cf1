import { loadConfig } from '../src/config.ts';
import { PASS_SIZE, sweepDeadlines } from '../src/core/deadlines/use-cases/sweep.ts';
import { FakeClock } from '../src/core/shared/clock.ts';
import { newId } from '../src/core/shared/ids.ts';
import { createRuntime } from '../src/runtime.ts';

const OPEN = 100_000;

/**
 * The deadline sweeper over 100,000 open deadlines spread across a year: a pass when nothing is
 * due (what most passes are) and a full pass. Goal: under a second per pass.
 */
export async function benchSweeper(opts: {
  engine: 'sqlite' | 'postgres';
  dataDir: string;
  databaseUrl?: string;
  pgSchema?: string;
}): Promise<void> {
  const clock = new FakeClock('2026-01-05T09:00:00Z');
  const config = loadConfig({
    NODE_ENV: 'test',
    HAVEN_DATA_DIR: `${opts.dataDir}/${opts.engine}-sweeper`,
    PORT: '0',
    ...(opts.databaseUrl ? { DATABASE_URL: opts.databaseUrl } : {}),
  });
  const rt = await createRuntime(config, { clock, pgSchema: opts.pgSchema });
  const tag = `[${opts.engine}]`;
  try {
    const schoolId = newId();
    const ownerId = newId();
    const start = clock.now().getTime();
    await rt.store.transaction(async (r) => {
      await r.schools.create(
        { id: schoolId, name: 'Bench', urn: null, localAuthority: null },
        clock.now(),
      );
      await r.staff.create(
        schoolId,
        ownerId,
        { fullName: 'Owner', email: 'owner@example.org', jobTitle: null, roles: ['dsl'] },
        clock.now(),
      );
    });
    const rows = Array.from({ length: OPEN }, (_, i) => {
      // Due times spread evenly over the coming year; checks are due at the same times.
      const due = new Date(start + 60_000 + (i * 365 * 86_400_000) / OPEN).toISOString();
      return {
        id: newId(),
        school_id: schoolId,
        rule: 'referral_follow_up',
        subject_type: 'referral',
        subject_id: newId(),
        pupil_id: null,
        owner_id: ownerId,
        starts_at: clock.now().toISOString(),
        due_at: due,
        remind_at: null,
        basis: 'bench',
        state: 'open',
        stage: 1,
        next_check_at: due,
        closed_at: null,
        closed_by: null,
        waived_reason: null,
        created_at: clock.now().toISOString(),
      };
    });
    for (let i = 0; i < rows.length; i += 1000)
      await rt.conn.db
        .insertInto('deadlines')
        .values(rows.slice(i, i + 1000))
        .execute();

    let t = performance.now();
    const idle = await sweepDeadlines(rt.concerns);
    const idleMs = performance.now() - t;
    // Move on to when more deadlines have fallen due than one pass takes.
    clock.set(new Date(start + 60_000 + (1000 * 365 * 86_400_000) / OPEN));
    t = performance.now();
    const busy = await sweepDeadlines(rt.concerns);
    const busyMs = performance.now() - t;
    console.log(
      `${tag} deadline sweeper over ${OPEN.toLocaleString('en-GB')} open deadlines: a pass with nothing due ${idleMs.toFixed(1)} ms (${idle} alerts); ` +
        `a full pass raising ${busy} alerts (pass size ${PASS_SIZE}) ${busyMs.toFixed(0)} ms, ${(busyMs / busy).toFixed(2)} ms per alert (goal < 1000 ms per pass; ratio ${(busyMs / 1000).toFixed(2)} of the goal)`,
    );
  } finally {
    await rt.close();
  }
}
