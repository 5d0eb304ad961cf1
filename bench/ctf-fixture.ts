// A fictional 2,000-pupil Common Transfer File, and a benchmark of reading it. The reading rate is
// printed with its ratio to a raw saxes pass over the same bytes in the same run (decode and tokenise,
// no tree, no validation), because these machines are shared and absolute numbers drift.
import { writeFileSync } from 'node:fs';
import { TextDecoder } from 'node:util';
import { pathToFileURL } from 'node:url';
import { SaxesParser } from 'saxes';
import { upnCheckLetter } from '../src/core/people/upn.ts';
import { readCtf } from '../src/imports/ctf/read.ts';
import { writeCtf, type CtfWritePupil } from '../src/imports/ctf/write.ts';

const FORENAMES = ['Amara', 'Joss', 'Zoë', 'Teddy', 'Wren', 'Lark', 'Pip', 'Idris', 'Maya', 'Otto'];
const SURNAMES = ['Testington', 'Quillby', "O'Neill", 'Smallwood', 'Fernhollow', 'Brackenridge'];
const CONTACT_FORENAMES = ['Rosa', 'Dara', 'Ivy', 'Sam', 'Kit', 'Noor', 'Alex', 'Jo'];
const RELATIONSHIPS = ['Mother', 'Father', 'Grandmother', 'Carer', 'Aunt', 'Step-father'];
const YEARS = ['R', '1', '2', '3', '4', '5', '6'] as const;

/** A fixed-seed generator, so every run measures the same file (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

type Next = () => number;
const pick = <T>(next: Next, list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
const digits = (n: number, width: number) => String(n).padStart(width, '0');

/**
 * A valid UPN for pupil i: LA 999 (not a real authority), estab 2001, a year and a serial. The
 * year moves on every 1,000 pupils so that up to 100,000 pupils get distinct numbers.
 */
export function fixtureUpn(i: number): string {
  const body = `9992001${digits((10 + Math.floor(i / 1000)) % 100, 2)}${digits(i % 1000, 3)}`;
  return `${upnCheckLetter(body)}${body}`;
}

/** A birth date for `year` in the school year holding `today` (Reception: 4 on 31 August). */
function dateOfBirth(next: Next, year: (typeof YEARS)[number], today: Date): string {
  const septemberYear = today.getUTCFullYear() - (today.getUTCMonth() < 8 ? 1 : 0);
  const offset = year === 'R' ? 0 : Number(year);
  const from = Date.UTC(septemberYear - 5 - offset, 8, 1);
  const to = Date.UTC(septemberYear - 4 - offset, 7, 31);
  return new Date(from + Math.floor(next() * (to - from))).toISOString().slice(0, 10);
}

/** Phones from Ofcom's ranges kept for drama, which never ring anyone. */
const phone = (next: Next) =>
  next() < 0.5
    ? `01632 960${digits(Math.floor(next() * 1000), 3)}`
    : `07700 900${digits(Math.floor(next() * 1000), 3)}`;

function contacts(next: Next, surname: string): CtfWritePupil['emergencyContacts'] {
  return Array.from({ length: 1 + Math.floor(next() * 3) }, (_, i) => ({
    name: `${pick(next, CONTACT_FORENAMES)} ${next() < 0.8 ? surname : pick(next, SURNAMES)}`,
    relationship: pick(next, RELATIONSHIPS),
    phones: Array.from({ length: 1 + Math.floor(next() * 2) }, () => phone(next)),
    priority: i + 1,
  }));
}

function fixturePupil(next: Next, i: number, today: Date): CtfWritePupil {
  const year = YEARS[i % YEARS.length] ?? 'R';
  const surname = pick(next, SURNAMES);
  const sen = next();
  const legalFirstName = pick(next, FORENAMES);
  return {
    legalFirstName,
    legalLastName: surname,
    preferredName: next() < 0.1 ? `${legalFirstName.slice(0, 3)}` : null,
    dateOfBirth: dateOfBirth(next, year, today),
    upn: fixtureUpn(i),
    sex: next() < 0.5 ? 'F' : 'M',
    yearGroup: year,
    senFlag: sen < 0.15,
    senProvision: sen < 0.03 ? 'E' : sen < 0.15 ? 'K' : undefined,
    lookedAfter: next() < 0.02,
    emergencyContacts: contacts(next, surname),
  };
}

export interface CtfFixtureOptions {
  /** The date year groups are reckoned from; fixed by default so the file never changes. */
  today?: Date;
  seed?: number;
  /** When given, the file is also written here. */
  path?: string;
}

/** A fictional primary school's CTF of `count` pupils in years R to 6, as text. */
export function ctfFixture(count: number, opts: CtfFixtureOptions = {}): string {
  const today = opts.today ?? new Date('2025-09-01T00:00:00Z');
  const next = random(opts.seed ?? 2026);
  const xml = writeCtf({
    dateTime: today,
    source: { lea: '999', estab: '2001', urn: '999001', name: 'Fictional Primary School' },
    dest: { lea: '999', estab: '4001', name: 'Pretend Academy' },
    pupils: Array.from({ length: count }, (_, i) => fixturePupil(next, i, today)),
  });
  if (opts.path) writeFileSync(opts.path, xml);
  return xml;
}

const CHUNK = 64 * 1024;
const chunksOf = (bytes: Buffer) =>
  Array.from({ length: Math.ceil(bytes.length / CHUNK) }, (_, i) =>
    bytes.subarray(i * CHUNK, (i + 1) * CHUNK),
  );

/** Seconds of `body` for one run. */
async function seconds(body: () => Promise<number>): Promise<number> {
  const start = performance.now();
  await body();
  return (performance.now() - start) / 1000;
}

/**
 * The best of five runs of each, interleaved so that a neighbour's burst of load on this shared
 * machine falls on both sides of the ratio rather than on one.
 */
async function bestOfInterleaved(a: () => Promise<number>, b: () => Promise<number>) {
  await a();
  await b();
  let bestA = Infinity;
  let bestB = Infinity;
  for (let run = 0; run < 5; run++) {
    bestA = Math.min(bestA, await seconds(a));
    bestB = Math.min(bestB, await seconds(b));
  }
  return [bestA, bestB] as const;
}

/** The ceiling: the same chunks decoded and tokenised with no-op handlers. */
async function rawSax(chunks: Buffer[]): Promise<number> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const parser = new SaxesParser();
  let elements = 0;
  parser.on('opentag', () => elements++);
  parser.on('text', () => undefined);
  for (const chunk of chunks) parser.write(decoder.decode(chunk, { stream: true }));
  parser.close();
  return elements;
}

async function readAll(chunks: Buffer[]): Promise<number> {
  let pupils = 0;
  // An async source, as a file or upload stream would be.
  const source = (async function* () {
    yield* chunks;
  })();
  for await (const e of readCtf(source)) if (e.kind === 'pupil') pupils++;
  return pupils;
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-GB');

/** Prints the rate of reading a 2,000-pupil CTF against a raw saxes pass over the same bytes. */
export async function benchCtf(): Promise<void> {
  const count = Number(process.env.BENCH_CTF_PUPILS ?? 2000);
  const bytes = Buffer.from(ctfFixture(count));
  const chunks = chunksOf(bytes);
  const pupils = await readAll(chunks);
  if (pupils !== count) throw new Error(`read ${pupils} pupils of ${count}`);
  const [raw, read] = await bestOfInterleaved(
    () => rawSax(chunks),
    () => readAll(chunks),
  );
  const mb = bytes.length / 1_000_000;
  console.log(
    `CTF read (${fmt(count)} pupils, ${mb.toFixed(2)} MB): ${(read * 1000).toFixed(1)} ms, ` +
      `${fmt(count / read)} pupils/s, ${(mb / read).toFixed(1)} MB/s, ratio ${(raw / read).toFixed(3)}; ` +
      `ceiling (raw saxes pass): ${(raw * 1000).toFixed(1)} ms, ${(mb / raw).toFixed(1)} MB/s`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await benchCtf();
