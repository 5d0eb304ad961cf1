import { afterAll, beforeAll, describe } from 'vitest';
import type { Engine } from '../../src/storage/connect.ts';
import { ENGINES, engineAvailable } from './engines.ts';
import { TestHaven } from './haven.ts';

/**
 * Runs a suite once per database engine against its own fresh Haven. The PostgreSQL run is
 * skipped (with a printed reason) only outside CI when no server answers.
 */
export function describeEachEngine(
  name: string,
  body: (get: () => TestHaven, engine: Engine) => void,
  /** Environment for this suite's Haven (e.g. a higher rate limit for a request-heavy matrix). */
  env: Record<string, string> = {},
): void {
  for (const engine of ENGINES) {
    describe.skipIf(!engineAvailable(engine))(`${name} [${engine}]`, () => {
      let haven: TestHaven;
      beforeAll(async () => {
        haven = await TestHaven.start(engine, env);
      });
      afterAll(async () => {
        await haven?.stop();
      });
      body(() => haven, engine);
    });
  }
}
