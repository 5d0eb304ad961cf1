// Haven run in the test's own process rather than as `haven serve`: for journeys that need the
// runtime itself (its clock, its database handle, its sweeper and outbox).
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { loadConfig } from '../../src/config.ts';
import { issueSetupToken } from '../../src/core/auth/setup.ts';
import type { Clock } from '../../src/core/shared/clock.ts';
import { buildApp } from '../../src/http/app.ts';
import { createRuntime, type Runtime } from '../../src/runtime.ts';
import { ensureWebBuilt, type Haven } from './harness.ts';

export interface InProcessHaven extends Haven {
  rt: Runtime;
}

/** Haven in this process, on SQLite in a fresh folder, set up and waiting for its first admin. */
export async function startInProcessHaven(
  opts: {
    env?: Record<string, string>;
    clock?: Clock;
    /** Runs after Haven has stopped: whatever else the journey started. */
    afterStop?: () => Promise<void>;
  } = {},
): Promise<InProcessHaven> {
  ensureWebBuilt();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'haven-e2e-in-process-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    HAVEN_HOST: '127.0.0.1',
    HAVEN_DATA_DIR: dataDir,
    ...opts.env,
  });
  const rt = await createRuntime(config, {
    ...(opts.clock ? { clock: opts.clock } : {}),
    fastHashing: true,
  });
  let app: FastifyInstance | undefined;
  const stop = async () => {
    await app?.close();
    await rt.close();
    await opts.afterStop?.();
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    app = await buildApp(rt);
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    config.publicUrl = `http://127.0.0.1:${String(port)}`;
    const token = await issueSetupToken(rt.auth);
    if (!token) throw new Error('No setup token: the database is not empty');
    return {
      baseUrl: config.publicUrl,
      setupLink: `${config.publicUrl}/setup#${token}`,
      output: () => '',
      stop,
      rt,
    };
  } catch (err) {
    await stop();
    throw err;
  }
}
