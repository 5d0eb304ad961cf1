import { expect, test } from 'vitest';
import * as dropAlertColumns from '../../src/storage/migrations/2026-12-01T03-concern-alert-columns.ts';
import { describeEachEngine } from '../support/each-engine.ts';
import { concernInput, schoolWithPeople } from '../concerns/support.ts';

// Dropping columns rewrites the concerns table on SQLite: a school's concerns must come through
// the upgrade whole, still sealed and still readable.
describeEachEngine('dropping the unused concern alert columns', (h) => {
  test('concerns recorded before the upgrade read the same after it', async () => {
    const { dsl, teacher, pupilId, category } = await schoolWithPeople(h());
    const recorded = await h().request({
      method: 'POST',
      url: '/api/concerns',
      cookie: teacher.cookie,
      payload: concernInput(pupilId, category, { childWords: 'It was before the upgrade.' }),
    });
    expect(recorded.statusCode).toBe(201);
    const id = recorded.json().data.id as string;
    const read = async () =>
      (await h().request({ method: 'GET', url: `/api/concerns/${id}`, cookie: dsl.cookie })).json()
        .data;
    const before = await read();

    // Back to the schema as it was, as an older Haven left it, and forward again.
    await dropAlertColumns.down(h().rt.conn.db);
    await dropAlertColumns.up(h().rt.conn.db);

    const after = await read();
    expect(after).toEqual(before);
    expect(JSON.stringify(after)).toContain('It was before the upgrade.');
  });
});
