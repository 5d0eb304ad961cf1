import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { TestHaven } from './haven.ts';

const root = path.resolve(import.meta.dirname, '..', '..');

/** Environment that points the `haven` CLI at a test Haven's database. */
export function cliEnv(h: TestHaven): Record<string, string> {
  const env: Record<string, string> = {
    HAVEN_DATA_DIR: h.db.dataDir,
    NODE_ENV: 'test',
    HAVEN_PUBLIC_URL: 'http://localhost:3000',
  };
  if (h.db.databaseUrl && h.db.pgSchema) {
    env.DATABASE_URL = `${h.db.databaseUrl}?options=${encodeURIComponent(`-c search_path=${h.db.pgSchema}`)}`;
  }
  return env;
}

export function haven(
  args: string[],
  env: Record<string, string>,
): { code: number; stdout: string; stderr: string } {
  const r = spawnSync('node', ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Runs SQL with the engine's own command-line client, as someone with database access would. */
export function rawSql(h: TestHaven, statements: string): void {
  const r =
    h.db.engine === 'sqlite'
      ? spawnSync('sqlite3', [path.join(h.db.dataDir, 'haven.sqlite'), statements], {
          encoding: 'utf8',
        })
      : spawnSync(
          'psql',
          [
            h.db.databaseUrl as string,
            '-v',
            'ON_ERROR_STOP=1',
            '-c',
            `SET search_path=${h.db.pgSchema}; ${statements}`,
          ],
          { encoding: 'utf8' },
        );
  if (r.status !== 0) throw new Error(`raw SQL failed: ${r.stderr}`);
}
