import { sql } from 'kysely';
import { parseRosterCsv } from '../src/core/people/roster-csv.ts';
import { importPupils } from '../src/core/people/use-cases/import-pupils.ts';
import { upnCheckLetter } from '../src/core/people/upn.ts';
import { withBenchSchool, type EngineOptions } from './bench-school.ts';

const N = Number(process.env.BENCH_IMPORT_PUPILS ?? 75_000);
const FIRST = ['Amelia', 'Noah', 'Isla', 'Leo', 'Ava', 'Oscar', 'Mia', 'Arlo', 'Freya', 'Theo'];
const LAST = ['Fictional', 'Imaginary', 'Madeup', 'Pretend', 'Notreal', 'Invented'];

const upn = (i: number) => {
  const body = `80${String(i).padStart(10, '0')}`;
  return `${upnCheckLetter(body)}${body}`;
};

/** A fictional MIS export: one row a pupil, two contacts each. */
export function rosterCsv(n: number): string {
  const rows = [
    'UPN,Forename,Surname,DOB,Sex,Year group,SEN,Contact 1 name,Contact 1 relationship,Contact 1 phones,Contact 2 name,Contact 2 relationship,Contact 2 phones',
  ];
  for (let i = 0; i < n; i++) {
    const year = (i % 11) + 1;
    rows.push(
      [
        upn(i),
        FIRST[i % FIRST.length],
        LAST[i % LAST.length],
        `${String(1 + (i % 28)).padStart(2, '0')}/0${1 + (i % 9)}/${2020 - year}`,
        i % 2 ? 'F' : 'M',
        String(year),
        i % 7 ? 'N' : 'K',
        'Pat Fictional',
        'Parent',
        `07700 9${String(i % 100000).padStart(5, '0')}`,
        'Sam Fictional',
        'Parent',
        `01632 9${String(i % 100000).padStart(5, '0')}`,
      ].join(','),
    );
  }
  return rows.join('\r\n');
}

const seconds = (start: number) => (performance.now() - start) / 1000;

/**
 * Importing N pupils from CSV (parsed, validated, planned against the school, written with their
 * contacts and audited, in one transaction) against a raw multi-row insert of N rows of the same
 * width on the same engine; then the same file again, when nothing changes.
 */
export async function benchRosterImport(opts: EngineOptions) {
  await withBenchSchool(opts, 'import', async (rt, actor) => {
    const db = rt.conn.db;
    await sql`create table bench_raw (id text primary key, a text, b text, c text, d text)`.execute(
      db,
    );
    const rawStart = performance.now();
    await db.transaction().execute(async (trx) => {
      for (let i = 0; i < N; i += 400)
        await trx
          .insertInto('bench_raw' as never)
          .values(
            Array.from({ length: Math.min(400, N - i) }, (_, k) => ({
              id: String(i + k),
              a: 'Amelia',
              b: 'Fictional',
              c: '2015-01-01',
              d: upn(i + k),
            })) as never,
          )
          .execute();
    });
    const raw = seconds(rawStart);

    const csv = rosterCsv(N);
    const run = async () => {
      const start = performance.now();
      const parsed = parseRosterCsv(csv);
      const s = await importPupils(
        rt.people,
        actor,
        { kind: 'csv', ...parsed },
        {
          dryRun: false,
          allOrNothing: true,
        },
      );
      if (!s.applied) throw new Error(`import refused: ${JSON.stringify(s.problems.slice(0, 3))}`);
      return { time: seconds(start), counts: s.counts };
    };
    const rssBefore = process.memoryUsage().rss;
    const first = await run();
    const second = await run();
    const peakMb = Math.max(rssBefore, process.memoryUsage().rss) / 1024 / 1024;
    console.log(
      `[${opts.engine}] import ${N} pupils by CSV: ${first.time.toFixed(1)} s (goal < 60 s; raw multi-row insert of the same rows ${raw.toFixed(2)} s, ratio ${(raw / first.time).toFixed(2)}); again, all unchanged: ${second.time.toFixed(1)} s (${second.counts.unchanged} unchanged); RSS after ${peakMb.toFixed(0)} MB`,
    );
  });
}

/** Peak resident memory while `fn` runs, sampled every 10 ms. */
async function peakRss<T>(fn: () => Promise<T>): Promise<{ value: T; peakMb: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 10);
  try {
    const value = await fn();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { value, peakMb: peak / 1024 / 1024 };
  } finally {
    clearInterval(timer);
  }
}

/** Importing a 2,000-pupil CTF (streamed, each pupil checked, upserted, audited): goal < 5 s, < 300 MB. */
export async function benchCtfImport(opts: EngineOptions) {
  const { ctfFixture } = await import('./ctf-fixture.ts');
  const { ctfRoster } = await import('../src/imports/ctf-roster.ts');
  await withBenchSchool(opts, 'ctf', async (rt, actor) => {
    const xml = Buffer.from(ctfFixture(2000));
    const start = performance.now();
    const { value, peakMb } = await peakRss(async () => {
      const ctf = await ctfRoster(xml);
      return importPupils(rt.people, actor, ctf.source, { dryRun: false, allOrNothing: false });
    });
    console.log(
      `[${opts.engine}] import a 2,000-pupil CTF (${(xml.byteLength / 1e6).toFixed(1)} MB): ${seconds(start).toFixed(2)} s (goal < 5 s), ${value.counts.create} created, peak RSS ${peakMb.toFixed(0)} MB (goal < 300 MB)`,
    );
  });
}
