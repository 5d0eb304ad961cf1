import { randomUUID } from 'node:crypto';
import type { Actor } from '../src/core/access/actor.ts';
import { recordConcern } from '../src/core/concerns/use-cases/record-concern.ts';
import { categoriesOf } from '../src/core/concerns/use-cases/categories.ts';
import { pupilInputSchema } from '../src/core/people/pupil.ts';
import type { FakeClock } from '../src/core/shared/clock.ts';
import type { Runtime } from '../src/runtime.ts';
import { FIRST_NAMES, LAST_NAMES } from '../src/cli/demo-data.ts';

/** A small deterministic random source, so every run builds the same school. */
export function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export interface SyntheticSchool {
  schoolId: string;
  recorder: Actor;
  pupils: string[];
  /** The pupil with the longest history: for the chronology benchmark. */
  busiest: string;
}

/**
 * A fictional school: `pupils` children and `years` of concerns at about 250 per 1,000 pupils a
 * year, with 10% of the children producing most of them (as in real schools), each recorded
 * through the real use case (validated, sealed per child, audited, alert queued) on a clock set
 * back to the date it happened.
 */
export async function buildSchool(
  rt: Runtime,
  clock: FakeClock,
  opts: { pupils: number; years: number; onProgress?: (done: number, total: number) => void },
): Promise<SyntheticSchool> {
  const random = rng(42);
  const schoolId = randomUUID();
  const now = new Date('2026-11-01T09:00:00Z');
  clock.set(new Date(now.getTime() - opts.years * 365 * 86_400_000));
  await rt.store.transaction((r) =>
    r.schools.create(
      { id: schoolId, name: 'Synthetic Academy', urn: null, localAuthority: null },
      clock.now(),
    ),
  );
  const recorderId = randomUUID();
  await rt.store.transaction(async (r) => {
    await r.staff.create(
      schoolId,
      recorderId,
      {
        fullName: 'Rae Recorder',
        email: `rae.${recorderId}@example.org`,
        jobTitle: null,
        roles: ['staff'],
      },
      clock.now(),
    );
    await r.staff.create(
      schoolId,
      randomUUID(),
      {
        fullName: 'Dee Lead',
        email: `dee.${recorderId}@example.org`,
        jobTitle: null,
        roles: ['dsl'],
      },
      clock.now(),
    );
  });
  const pupils: string[] = [];
  await rt.store.transaction(async (r) => {
    for (let i = 0; i < opts.pupils; i++) {
      const id = randomUUID();
      pupils.push(id);
      await r.pupils.create(
        schoolId,
        id,
        pupilInputSchema.parse({
          legalFirstName: FIRST_NAMES[i % FIRST_NAMES.length],
          legalLastName: `${LAST_NAMES[(i * 7) % LAST_NAMES.length]}-${i}`,
          dateOfBirth: `20${String(10 + (i % 8)).padStart(2, '0')}-0${1 + (i % 9)}-1${i % 9}`,
          sex: i % 2 ? 'M' : 'F',
          yearGroup: String(1 + (i % 11)),
          senFlag: i % 7 === 0,
          lookedAfter: i % 50 === 0,
          emergencyContacts: [
            { name: 'Parent', relationship: 'Parent', phones: ['07700 900123'], priority: 1 },
          ],
        }),
        clock.now(),
      );
    }
  });
  const category = (await rt.store.transaction((r) => categoriesOf(r, schoolId)))[0]?.id as string;
  const recorder: Actor = {
    userId: recorderId,
    schoolId,
    fullName: 'Rae Recorder',
    roles: ['staff'],
    ip: null,
    requestId: null,
  };
  const frequent = pupils.slice(0, Math.max(1, Math.floor(pupils.length / 10)));
  const total = Math.round((opts.pupils / 1000) * 250 * opts.years);
  const span = opts.years * 365 * 86_400_000;
  const start = now.getTime() - span;
  for (let n = 0; n < total; n++) {
    // 80% of concerns are about the 10% of children who produce most of them.
    const pool = random() < 0.8 ? frequent : pupils;
    const pupilId = pool[Math.floor(random() * pool.length)] as string;
    clock.set(new Date(start + (span * n) / total));
    await recordConcern(rt.concerns, recorder, {
      kind: 'concern',
      children: [{ pupilId, role: 'subject' }],
      childWords: 'Fictional words for a benchmark.',
      observed:
        'A fictional observation, about as long as a real one written on a phone at break time.',
      actionTaken: 'Reported to the DSL.',
      incidentAt: clock.now().toISOString(),
      location: 'Playground',
      primaryCategoryId: category,
      tagIds: [],
      immediateRisk: random() < 0.05,
      spokeToDsl: false,
      riskFactors: '',
      protectiveFactors: '',
      bodyMap: [],
    });
    opts.onProgress?.(n + 1, total);
  }
  clock.set(now);
  // History is history: all but the last few weeks' concerns were triaged and closed long ago.
  const cutoff = new Date(now.getTime() - 28 * 86_400_000).toISOString();
  await rt.conn.db
    .updateTable('concerns')
    .set({ status: 'closed', acknowledged_at: cutoff })
    .where('school_id', '=', schoolId)
    .where('recorded_at', '<', cutoff)
    .execute();
  const counts = new Map<string, number>();
  const rows = await rt.conn.db
    .selectFrom('file_entries')
    .select('pupil_id')
    .where('school_id', '=', schoolId)
    .execute();
  for (const r of rows) counts.set(r.pupil_id, (counts.get(r.pupil_id) ?? 0) + 1);
  const busiest = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] as string;
  return { schoolId, recorder, pupils, busiest };
}
