import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { TestHaven } from './haven.ts';

/** Every file the engine keeps this test's data in, or a dump of it: nowhere may the canary be in clear. */
export function storedBytes(h: TestHaven): Buffer[] {
  if (h.db.engine === 'sqlite') {
    const dir = h.db.dataDir;
    const backup = path.join(dir, 'canary-backup.sqlite');
    h.rt.conn.sqlite?.pragma('wal_checkpoint(PASSIVE)');
    return [
      ...readdirSync(dir)
        .filter((f) => f.startsWith('haven.sqlite'))
        .map((f) => readFileSync(path.join(dir, f))),
      ...(existsSync(backup) ? [readFileSync(backup)] : []),
    ];
  }
  const dump = spawnSync(
    'pg_dump',
    ['--schema', h.db.pgSchema as string, h.db.databaseUrl as string],
    { maxBuffer: 256 * 1024 * 1024 },
  );
  if (dump.status !== 0) throw new Error(dump.stderr.toString());
  return [dump.stdout];
}
