import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config.ts';
import { buildApp } from '../../src/http/app.ts';
import { createRuntime } from '../../src/runtime.ts';

/** The OpenAPI document of a freshly built app (on a throwaway SQLite database). */
export async function openApiDocument(): Promise<unknown> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'haven-openapi-'));
  const rt = await createRuntime(loadConfig({ NODE_ENV: 'test', HAVEN_DATA_DIR: dir }));
  const app = await buildApp(rt);
  await app.ready();
  const doc = app.swagger();
  await app.close();
  await rt.close();
  rmSync(dir, { recursive: true, force: true });
  return doc;
}
