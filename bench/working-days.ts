// Working-day arithmetic is on the hot path of every statutory clock, so it has a goal of at least
// 1,000,000 addWorkingDays calls a second. Figures are printed with their ratio to a trivial
// ceiling (one Set lookup per iteration) measured in the same run, because machines drift.
import { addWorkingDays, isWorkingDay } from '../src/core/calendar/index.ts';

const INPUTS = 1 << 16;
const MASK = INPUTS - 1;
const FIRST = Date.UTC(2015, 0, 1);
const LAST = Date.UTC(2035, 11, 31);

/** A fixed-seed generator, so every run measures the same inputs (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Calls per second of `body` over `iterations`, the best of three runs. */
function perSecond(iterations: number, body: (i: number) => number): number {
  let best = 0;
  for (let run = 0; run < 3; run++) {
    let sink = 0;
    const start = performance.now();
    for (let i = 0; i < iterations; i++) sink += body(i);
    const seconds = (performance.now() - start) / 1000;
    if (sink === Number.MIN_VALUE) console.log(sink);
    best = Math.max(best, iterations / seconds);
  }
  return best;
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-GB');

/** Prints addWorkingDays and isWorkingDay rates against a Set-lookup ceiling. */
export async function benchWorkingDays(): Promise<void> {
  const iterations = Number(process.env.BENCH_WORKING_DAYS_N ?? 2_000_000);
  const next = random(2026);
  const starts: Date[] = [];
  const counts = new Int32Array(INPUTS);
  const days = new Int32Array(INPUTS);
  for (let i = 0; i < INPUTS; i++) {
    const t = FIRST + Math.floor(next() * (LAST - FIRST));
    starts.push(new Date(t));
    counts[i] = 1 + Math.floor(next() * 20);
    days[i] = Math.floor(t / 86_400_000);
  }
  const lookup = new Set<number>();
  for (let i = 0; i < INPUTS; i += 7) lookup.add(days[i] as number);

  // The first call of each year fills its caches: warm them so the loop measures the hot path.
  for (let i = 0; i < INPUTS; i++) addWorkingDays(starts[i] as Date, counts[i] as number);

  const ceiling = perSecond(iterations, (i) => (lookup.has(days[i & MASK] as number) ? 1 : 0));
  const add = perSecond(iterations, (i) =>
    addWorkingDays(starts[i & MASK] as Date, counts[i & MASK] as number).getTime(),
  );
  const is = perSecond(iterations, (i) => (isWorkingDay(days[i & MASK] as number) ? 1 : 0));
  console.log(
    `addWorkingDays (starts 2015–2035, n 1–20): ${fmt(add)}/s, ratio ${(add / ceiling).toFixed(3)}; ` +
      `isWorkingDay: ${fmt(is)}/s, ratio ${(is / ceiling).toFixed(3)}; ` +
      `ceiling (one Set lookup): ${fmt(ceiling)}/s (n=${iterations}, goal addWorkingDays ≥ 1,000,000/s)`,
  );
}
