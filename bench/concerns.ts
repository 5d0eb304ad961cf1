import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { loadConfig } from '../src/config.ts';
import { startSession } from '../src/core/auth/start-session.ts';
import { recordConcern } from '../src/core/concerns/use-cases/record-concern.ts';
import { FakeClock } from '../src/core/shared/clock.ts';
import { buildApp } from '../src/http/app.ts';
import { createRuntime, type Runtime } from '../src/runtime.ts';
import { runLoad } from './http-load.ts';
import { buildSchool } from './synthetic.ts';

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
};
const ms = (n: number) => `${n.toFixed(1)} ms`;

async function sessionFor(rt: Runtime, schoolId: string, role: 'dsl' | 'staff'): Promise<string> {
  return rt.store.transaction(async (r) => {
    const holders = await r.staff.holdersOf(schoolId, [role]);
    const user = holders[0] ? await r.staff.get(schoolId, holders[0].id) : null;
    const id = user?.id ?? randomUUID();
    const staff =
      user ??
      (await r.staff.create(
        schoolId,
        id,
        {
          fullName: 'Bench Person',
          email: `bench.${id}@example.org`,
          jobTitle: null,
          roles: [role],
        },
        new Date(),
      ));
    return startSession(
      r,
      staff,
      'signed_in',
      { ...rt.auth.config, privilegedIdleSeconds: 86_400, idleSeconds: 86_400 },
      { ip: '127.0.0.1', userAgent: 'bench', requestId: null },
      new Date(),
    );
  });
}

/** Timed GETs of one URL, sequentially (what one person waits for). */
async function timedGets(base: string, url: string, cookie: string, n: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    const res = await fetch(base + url, { headers: { cookie: `haven_session=${cookie}` } });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${url}: ${res.status}`);
    times.push(performance.now() - t);
  }
  return times;
}

/** Timed inbox searches, sequentially: the words go in the body, as Haven's client sends them. */
async function timedSearches(
  base: string,
  body: Record<string, string>,
  cookie: string,
  n: number,
): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    const res = await fetch(`${base}/api/concerns/search`, {
      method: 'POST',
      headers: {
        cookie: `haven_session=${cookie}`,
        origin: base,
        'content-type': 'application/json',
      },
      body: JSON.stringify(body),
    });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`search: ${res.status}`);
    times.push(performance.now() - t);
  }
  return times;
}

export async function benchConcerns(opts: {
  engine: 'sqlite' | 'postgres';
  dataDir: string;
  databaseUrl?: string;
  pgSchema?: string;
  pupils: number;
  years: number;
}) {
  const clock = new FakeClock();
  const config = loadConfig({
    NODE_ENV: 'test',
    HAVEN_DATA_DIR: `${opts.dataDir}/${opts.engine}-concerns`,
    PORT: '0',
    HAVEN_RATE_LIMIT_PER_MINUTE: '100000000',
    ...(opts.databaseUrl ? { DATABASE_URL: opts.databaseUrl } : {}),
  });
  const rt = await createRuntime(config, { clock, pgSchema: opts.pgSchema });
  const tag = `[${opts.engine}]`;
  try {
    const built = performance.now();
    const school = await buildSchool(rt, clock, { pupils: opts.pupils, years: opts.years });
    // A school with years of history has planner statistics (PostgreSQL's autovacuum gathers
    // them as rows arrive); a freshly bulk-loaded one has none until this.
    await sql`analyze`.execute(rt.conn.db);
    const concerns = Math.round((opts.pupils / 1000) * 250 * opts.years);
    console.log(
      `${tag} synthetic school: ${opts.pupils} pupils, ${opts.years} years, ${concerns} concerns built in ${((performance.now() - built) / 1000).toFixed(0)} s`,
    );

    // A child with exactly 200 chronology entries.
    const heavy = school.pupils[school.pupils.length - 1] as string;
    const category = (await rt.store.transaction((r) => r.categories.list(school.schoolId)))[0]
      ?.id as string;
    for (let i = 0; i < 200; i++) {
      await recordConcern(rt.concerns, school.recorder, {
        kind: 'concern',
        children: [{ pupilId: heavy, role: 'subject' }],
        childWords: 'Words.',
        observed: 'Seen.',
        actionTaken: '',
        incidentAt: clock.now().toISOString(),
        location: '',
        primaryCategoryId: category,
        tagIds: [],
        immediateRisk: false,
        spokeToDsl: false,
        riskFactors: '',
        protectiveFactors: '',
        bodyMap: [],
      });
    }

    // The server keeps real time from here on; the fake clock only dated the history.
    const live = await createRuntime(config, { pgSchema: opts.pgSchema });
    const app = await buildApp(live);
    await app.listen({ port: 0, host: '127.0.0.1' });
    const port = (app.server.address() as { port: number }).port;
    const base = `http://127.0.0.1:${port}`;
    live.config.publicUrl = base;
    const dsl = await sessionFor(live, school.schoolId, 'dsl');
    const teacher = await sessionFor(live, school.schoolId, 'staff');

    const chronology = await timedGets(base, `/api/files/${heavy}`, dsl, 100);
    console.log(
      `${tag} open a chronology of 200 entries (decrypted, audited): p50 ${ms(percentile(chronology, 50))}, p95 ${ms(percentile(chronology, 95))} (goal ≤ 30 ms)`,
    );
    const inbox = await timedGets(base, '/api/concerns', dsl, 100);
    console.log(
      `${tag} the DSL inbox, ${concerns + 200} concerns on file: p50 ${ms(percentile(inbox, 50))}, p95 ${ms(percentile(inbox, 95))} (goal ≤ 30 ms)`,
    );
    const newOnly = await timedGets(base, '/api/concerns?status=new', dsl, 100);
    console.log(`${tag} the DSL inbox, new only: p95 ${ms(percentile(newOnly, 95))}`);
    // Searched on the server, over every concern: one child by surname, and a first name many share.
    const child = await rt.store.transaction((r) => r.pupils.get(school.schoolId, heavy));
    for (const [what, word] of [
      ['one child’s surname', child?.legalLastName ?? ''],
      ['a first name many children share', child?.legalFirstName ?? ''],
    ] as const) {
      const searched = await timedSearches(base, { status: 'closed', q: word }, dsl, 100);
      console.log(
        `${tag} the DSL inbox searched for ${what}: p50 ${ms(percentile(searched, 50))}, p95 ${ms(percentile(searched, 95))}`,
      );
    }

    // Ceiling: the engine's own durable single-row insert rate, one commit per row.
    await sql`create table if not exists bench_ceiling (id text primary key, body text not null)`.execute(
      live.conn.db,
    );
    const N = 2000;
    const LOAD = 4000;
    const t = performance.now();
    for (let i = 0; i < N; i++)
      await sql`insert into bench_ceiling (id, body) values (${randomUUID()}, ${'x'.repeat(300)})`.execute(
        live.conn.db,
      );
    const ceiling = N / ((performance.now() - t) / 1000);

    const body = JSON.stringify({
      kind: 'concern',
      children: [{ pupilId: school.pupils[1], role: 'subject' }],
      childWords: 'He said it hurt.',
      observed: 'A bruise on the arm.',
      actionTaken: 'Told the DSL.',
      incidentAt: new Date().toISOString(),
      location: 'Hall',
      primaryCategoryId: category,
      tagIds: [],
      immediateRisk: false,
      spokeToDsl: true,
      bodyMap: [],
    });
    const concernLoad = (requests: number) =>
      runLoad({
        url: `${base}/api/concerns`,
        method: 'POST',
        headers: {
          cookie: `haven_session=${teacher}`,
          origin: base,
          'content-type': 'application/json',
        },
        body,
        // Haven's own client sends one (the draft's id), so every concern is checked for a resend.
        freshKey: 'idempotency-key',
        expectStatus: 201,
        requests,
        clients: 32,
      });
    // A server runs warm: V8 compiles the hot paths only after they have run a few hundred times,
    // so the first thousand requests measure the compiler, not Haven. They are left out.
    await concernLoad(1000);

    // For scale: the use case alone, in the same process, without HTTP or the session check.
    const input = JSON.parse(body) as Parameters<typeof recordConcern>[2];
    let left = LOAD;
    const inProcessStart = performance.now();
    await Promise.all(
      Array.from({ length: 32 }, async () => {
        while (left-- > 0) await recordConcern(live.concerns, school.recorder, input);
      }),
    );
    const inProcess = LOAD / ((performance.now() - inProcessStart) / 1000);
    console.log(
      `${tag} for scale, the use case alone (in process, no HTTP), 32 at once: ${inProcess.toFixed(0)}/s; ` +
        `ratio to the raw durable insert ${(inProcess / ceiling).toFixed(2)}`,
    );

    // For scale: the same server answering a signed-in request that writes nothing at all.
    const idle = await runLoad({
      url: `${base}/api/me`,
      method: 'GET',
      headers: { cookie: `haven_session=${teacher}` },
      expectStatus: 200,
      requests: LOAD,
      clients: 32,
    });
    const idleRate = idle.latencies.length / idle.seconds;
    console.log(
      `${tag} for scale, a signed-in request that writes nothing (GET /api/me), 32 clients: ${idleRate.toFixed(0)}/s, ` +
        `p99 ${ms(percentile(idle.latencies, 99))}; ratio to the raw durable insert ${(idleRate / ceiling).toFixed(2)}`,
    );

    const elu = performance.eventLoopUtilization();
    const { latencies, seconds } = await concernLoad(LOAD);
    const busy = performance.eventLoopUtilization(elu);
    const rate = latencies.length / seconds;
    console.log(
      `${tag} log a concern over HTTP, 32 clients, after a warm-up of 1,000: ${rate.toFixed(0)}/s, p99 ${ms(percentile(latencies, 99))} (goal ≤ 50 ms); ` +
        `raw durable insert ${ceiling.toFixed(0)}/s; ratio ${(rate / ceiling).toFixed(2)} (goal ≥ 0.5); ` +
        `server's event loop busy ${((busy.active / latencies.length) * 1000).toFixed(0)} µs a concern (${(busy.utilization * 100).toFixed(0)}% of the run)`,
    );
    await app.close();
    await live.close();
  } finally {
    await rt.close();
  }
}
