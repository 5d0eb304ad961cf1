import { sql } from 'kysely';
import { expect, test } from 'vitest';
import { down, up } from '../../src/storage/migrations/2026-12-01T05-reconsideration-history.ts';
import { describeEachEngine } from '../support/each-engine.ts';
import { concernInput, schoolWithPeople } from './support.ts';

describeEachEngine('the reconsideration history migration', (h) => {
  // Raw, so the columns are the ones the database has, whatever the schema type says.
  const rows = async (concernId: string) =>
    (
      await sql<
        Record<string, string | null>
      >`select * from reconsiderations where concern_id = ${concernId} order by requested_at`.execute(
        h().rt.conn.db,
      )
    ).rows;

  test('[D19] going down keeps each concern’s latest request and answer; coming back up keeps them and the history works', async () => {
    const { dsl, teacher, pupilId, category } = await schoolWithPeople(h());
    const post = (cookie: string, url: string, payload: object) =>
      h().request({ method: 'POST', url, cookie, payload });
    const record = async () =>
      (await post(teacher.cookie, '/api/concerns', concernInput(pupilId, category))).json().data
        .id as string;
    const answered = await record();
    const waiting = await record();
    expect(
      (await post(teacher.cookie, `/api/concerns/${answered}/reconsider`, { reason: 'First.' }))
        .statusCode,
    ).toBe(204);
    expect(
      (
        await post(dsl.cookie, `/api/concerns/${answered}/reconsideration-answer`, {
          answer: 'First answer.',
        })
      ).statusCode,
    ).toBe(204);
    h().clock.advance(60_000);
    expect(
      (await post(teacher.cookie, `/api/concerns/${answered}/reconsider`, { reason: 'Second.' }))
        .statusCode,
    ).toBe(204);
    expect(
      (
        await post(dsl.cookie, `/api/concerns/${answered}/reconsideration-answer`, {
          answer: 'Second answer.',
        })
      ).statusCode,
    ).toBe(204);
    expect(
      (await post(teacher.cookie, `/api/concerns/${waiting}/reconsider`, { reason: 'Waiting.' }))
        .statusCode,
    ).toBe(204);
    const [, latest] = await rows(answered);
    const [open] = await rows(waiting);
    const db = h().rt.conn.db;

    await down(db);
    const { id: _a, ...latestAsBefore } = latest as Record<string, string | null>;
    const { id: _w, ...openAsBefore } = open as Record<string, string | null>;
    expect(await rows(answered)).toEqual([latestAsBefore]);
    expect(await rows(waiting)).toEqual([openAsBefore]);

    await up(db);
    expect(await rows(answered)).toEqual([{ ...latestAsBefore, id: answered }]);
    expect(await rows(waiting)).toEqual([{ ...openAsBefore, id: waiting }]);
    const detail = (
      await h().request({ method: 'GET', url: `/api/concerns/${answered}`, cookie: dsl.cookie })
    ).json().data;
    expect(detail.reconsiderations).toMatchObject([
      {
        id: answered,
        reason: 'Second.',
        answer: 'Second answer.',
        answeredBy: { id: dsl.user.id, fullName: 'Dana Lead' },
      },
    ]);
    // The request still waiting still waits, and the index again lets only one wait.
    expect(
      (await post(teacher.cookie, `/api/concerns/${waiting}/reconsider`, { reason: 'Again.' }))
        .statusCode,
    ).toBe(409);
    expect(
      (
        await post(dsl.cookie, `/api/concerns/${waiting}/reconsideration-answer`, {
          answer: 'Answered after the upgrade.',
        })
      ).statusCode,
    ).toBe(204);
    expect(
      (await post(teacher.cookie, `/api/concerns/${waiting}/reconsider`, { reason: 'Again.' }))
        .statusCode,
    ).toBe(204);
    expect(await rows(waiting)).toHaveLength(2);
  });
});
