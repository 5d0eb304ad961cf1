import { sql } from 'kysely';
import { expect, test } from 'vitest';
import { newId } from '../../src/core/shared/ids.ts';
import { pupilInputSchema } from '../../src/core/people/pupil.ts';
import { describeEachEngine } from '../support/each-engine.ts';
import { validPupil } from '../support/haven.ts';

// SQLite plans every query as if each table were empty until it is told to gather statistics:
// a school that has just imported its pupils must not stay planned that way.
describeEachEngine('planner statistics', (h, engine) => {
  test('after a school’s pupils are loaded, the refresh gathers what the planner uses', async () => {
    const school = await h().createSchool('Statistics Primary');
    const now = h().clock.now();
    await h().rt.store.transaction(async (r) => {
      for (let i = 0; i < 300; i++)
        await r.pupils.create(
          school,
          newId(),
          pupilInputSchema.parse(validPupil({ upn: null, legalLastName: `Pupil ${i}` })),
          now,
        );
    });
    await h().rt.conn.optimize();
    if (engine === 'sqlite') {
      const { rows } = await sql<{
        tbl: string;
      }>`select tbl from sqlite_stat1 where tbl = 'pupils'`.execute(h().rt.conn.db);
      expect(rows.length).toBeGreaterThan(0);
    }
    // Whatever the engine, the school's pupils are all still there to be found.
    const listed = await h().rt.store.transaction((r) => r.pupils.list(school, { limit: 1000 }));
    expect(listed.length).toBeGreaterThanOrEqual(300);
  });
});
