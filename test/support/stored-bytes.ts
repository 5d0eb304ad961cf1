import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { TestHaven } from './haven.ts';

/** One place a test's data is kept: a file the engine writes, a backup, or a dump. */
export interface StoredCopy {
  kind: 'database file' | 'backup' | 'dump' | 'relation file' | 'wal';
  name: string;
  bytes: Buffer;
}

/** Every file the engine keeps this test's data in, or a dump of it: nowhere may the canary be in clear. */
export function storedCopies(h: TestHaven): StoredCopy[] {
  if (h.db.engine === 'sqlite') {
    const dir = h.db.dataDir;
    const backup = path.join(dir, 'canary-backup.sqlite');
    h.rt.conn.sqlite?.pragma('wal_checkpoint(PASSIVE)');
    return [
      ...readdirSync(dir)
        .filter((f) => f.startsWith('haven.sqlite'))
        .map((f) => ({
          kind: 'database file' as const,
          name: f,
          bytes: readFileSync(path.join(dir, f)),
        })),
      ...(existsSync(backup)
        ? [{ kind: 'backup' as const, name: backup, bytes: readFileSync(backup) }]
        : []),
    ];
  }
  const dump = spawnSync(
    'pg_dump',
    ['--schema', h.db.pgSchema as string, h.db.databaseUrl as string],
    { maxBuffer: 256 * 1024 * 1024 },
  );
  if (dump.status !== 0) throw new Error(dump.stderr.toString());
  return [{ kind: 'dump', name: 'pg_dump', bytes: dump.stdout }, ...serverFiles(h)];
}

export const storedBytes = (h: TestHaven): Buffer[] => storedCopies(h).map((c) => c.bytes);

/** Each statement's rows, or null when the server refuses it (not a superuser, say). */
function psql(url: string, statement: string): string[] | null {
  const r = spawnSync('psql', ['-XAtq', '-v', 'ON_ERROR_STOP=1', '-c', statement, url], {
    encoding: 'utf8',
  });
  return r.status === 0 ? r.stdout.split('\n').filter(Boolean) : null;
}

const readable = (file: string) => {
  try {
    accessSync(file, constants.R_OK);
    return true;
  } catch {
    return false;
  }
};

/**
 * What the PostgreSQL server itself wrote: the test schema's relation files (heap, TOAST, indexes)
 * and the WAL segments written since the test's database was made. A dump shows values as SQL; a
 * clear value could still sit in a page or a WAL record, which is what a stolen disk gives away.
 *
 * Only when the server's data directory is on this machine and readable here: the tests run as
 * root beside the server in CI. Otherwise (a server elsewhere, or an unprivileged user) this
 * returns nothing and the dump alone is checked. `pg_control` must carry the server's own system
 * identifier, so another installation's files at the same path are never taken for its own.
 */
function serverFiles(h: TestHaven): StoredCopy[] {
  const url = h.db.databaseUrl as string;
  const schema = h.db.pgSchema as string;
  const info = psql(
    url,
    `select current_setting('data_directory') || '|' || system_identifier from pg_control_system()`,
  )?.[0];
  if (!info) return [];
  const [dataDir = '', systemId] = info.split('|');
  const control = path.join(dataDir, 'global', 'pg_control');
  if (!readable(control) || readFileSync(control).readBigUInt64LE(0).toString() !== systemId)
    return [];

  const copies: StoredCopy[] = [];
  // A row can live only in shared buffers (and the WAL) until a checkpoint writes its page out.
  if (psql(url, 'checkpoint')) {
    const relations =
      psql(
        url,
        `select pg_relation_filepath(c.oid) from pg_class c
         where c.relnamespace = '${schema}'::regnamespace
            or c.oid in (select reltoastrelid from pg_class where relnamespace = '${schema}'::regnamespace)`,
      ) ?? [];
    for (const rel of relations) {
      // A relation past 1 GB continues in rel.1, rel.2, …
      for (let n = 0; ; n++) {
        const file = path.join(dataDir, n ? `${rel}.${n}` : rel);
        if (!existsSync(file)) break;
        copies.push({ kind: 'relation file', name: file, bytes: readFileSync(file) });
      }
    }
  }
  // Segments are recycled by renaming, which keeps the old time: a segment written to since the
  // test's temp directory was made (just before its schema) is one this test may have written to.
  const since = statSync(h.db.dataDir).birthtimeMs || statSync(h.db.dataDir).ctimeMs;
  const walDir = path.join(dataDir, 'pg_wal');
  for (const f of readdirSync(walDir).filter((x) => /^[0-9A-F]{24}$/.test(x))) {
    const file = path.join(walDir, f);
    if (statSync(file).mtimeMs >= since - 1000)
      copies.push({ kind: 'wal', name: file, bytes: readFileSync(file) });
  }
  return copies;
}
