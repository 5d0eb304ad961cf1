import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cliEnv, haven } from '../support/cli.ts';
import { ENGINES, engineAvailable } from '../support/engines.ts';
import { TestHaven } from '../support/haven.ts';
import { csvOf, line } from '../people/roster-fixtures.ts';
import { ctfFixture } from '../../bench/ctf-fixture.ts';

for (const engine of ENGINES) {
  describe.skipIf(!engineAvailable(engine))(`haven import pupils [${engine}]`, () => {
    let h: TestHaven;
    let env: Record<string, string>;
    const dir = mkdtempSync(path.join(os.tmpdir(), 'haven-import-'));
    beforeAll(async () => {
      h = await TestHaven.start(engine);
      env = cliEnv(h);
      await h.createSchool('Import School');
    });
    afterAll(async () => h.stop());

    test('imports a CSV, says what changed, and a second run changes nothing', () => {
      const file = path.join(dir, 'pupils.csv');
      writeFileSync(file, `\uFEFF${csvOf([1, 2, 3].map((n) => line(n)))}`);
      const dry = haven(['import', 'pupils', file, '--dry-run'], env);
      expect(dry.code, dry.stderr).toBe(0);
      expect(dry.stdout).toContain(
        'Would import: 3 new, 0 updated, 0 unchanged, 0 held for review.',
      );
      const first = haven(['import', 'pupils', file], env);
      expect(first.code, first.stderr).toBe(0);
      expect(first.stdout).toContain('Imported: 3 new');
      const again = haven(['import', 'pupils', file], env);
      expect(again.stdout).toContain('Imported: 0 new, 0 updated, 3 unchanged');
    });

    test('a file that is not UTF-8, or has a bad row, is refused with the reason and changes nothing', () => {
      const latin1 = path.join(dir, 'latin1.csv');
      writeFileSync(latin1, Buffer.from(csvOf([line(9).replace('Pupil9', 'Zoë')]), 'latin1'));
      const r = haven(['import', 'pupils', latin1], env);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('is not UTF-8 text');
      const bad = path.join(dir, 'bad.csv');
      writeFileSync(bad, csvOf([line(10), line(11, { dob: '31/02/2016' })]));
      const b = haven(['import', 'pupils', bad], env);
      expect(b.code).toBe(2);
      expect(b.stdout).toContain('row 3, Date of birth: Enter a real date of birth');
      expect(b.stdout).toContain('Nothing was changed');
    });

    test('imports a Common Transfer File, each bad pupil alone', () => {
      const file = path.join(dir, 'ctf.xml');
      writeFileSync(file, ctfFixture(6, { seed: 11 }).replace(/<DOB>[^<]+<\/DOB>/, '<DOB></DOB>'));
      const r = haven(['import', 'ctf', file], env);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toContain('From Fictional Primary School: 5 pupils read.');
      expect(r.stdout).toContain('Imported: 5 new');
      expect(r.stdout).toMatch(/row 1, dateOfBirth: /);
    });
  });
}
