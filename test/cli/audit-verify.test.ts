import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { cliEnv, haven, rawSql } from '../support/cli.ts';
import { ENGINES, engineAvailable } from '../support/engines.ts';
import { TestHaven, validPupil } from '../support/haven.ts';

/** Triggers make the table append-only; an attacker with the database's own CLI drops them first. */
const dropGuards = (h: TestHaven) =>
  h.db.engine === 'sqlite'
    ? 'DROP TRIGGER audit_events_no_update; DROP TRIGGER audit_events_no_delete;'
    : 'ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only;';

for (const engine of ENGINES) {
  describe.skipIf(!engineAvailable(engine))(`haven audit verify [${engine}]`, () => {
    let h: TestHaven;
    let school: string;

    beforeEach(async () => {
      h = await TestHaven.start(engine);
      school = await h.createSchool();
      const { cookie } = await h.as(school, ['dsl']);
      await h.request({ method: 'POST', url: '/api/pupils', cookie, payload: validPupil() });
      await h.request({ method: 'GET', url: '/api/pupils', cookie });
    });
    afterEach(async () => h.stop());

    test('an intact log verifies, with a count of events', () => {
      const r = haven(['audit', 'verify'], cliEnv(h));
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/Audit log intact: \d+ events/);
    });

    test('an event edited with the database CLI is caught and named', () => {
      rawSql(
        h,
        `${dropGuards(h)} UPDATE audit_events SET summary = 'nothing happened' WHERE chain = '${school}' AND seq = 2;`,
      );
      const r = haven(['audit', 'verify'], cliEnv(h));
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(new RegExp(`BROKEN chain ${school}: event 2 \\(.+\\) edited`));
    });

    test('an event deleted with the database CLI is caught', () => {
      rawSql(h, `${dropGuards(h)} DELETE FROM audit_events WHERE chain = '${school}' AND seq = 2;`);
      const r = haven(['audit', 'verify'], cliEnv(h));
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/event 2 missing/);
    });

    test('an event inserted with the database CLI is caught', () => {
      rawSql(
        h,
        `INSERT INTO audit_events (chain, seq, id, type, at, school_id, actor_id, actor_name, actor_roles, summary, details, prev_hash, hash)
         SELECT chain, seq + 1000, id || 'x', type, at, school_id, actor_id, actor_name, actor_roles, 'forged', details, hash, hash
         FROM audit_events WHERE chain = '${school}' AND seq = 1;`,
      );
      const r = haven(['audit', 'verify'], cliEnv(h));
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/event 1001 .*inserted/);
    });
  });
}
