import { chmodSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.ts';
import { memoised } from '../core/shared/bounded-cache.ts';
import { havenPool } from './pg-pool.ts';

export type Engine = 'sqlite' | 'postgres';

export interface Connection {
  db: Kysely<Database>;
  engine: Engine;
  /** The SQLite file and handle, for online backups; null on PostgreSQL. */
  sqlitePath: string | null;
  sqlite: SQLite.Database | null;
  /**
   * Refreshes the query planner's statistics where they are stale. SQLite gathers none unless
   * asked; PostgreSQL's autovacuum keeps its own, so there this does nothing.
   */
  optimize(): Promise<void>;
  close(): Promise<void>;
}

// PostgreSQL returns int8 as strings by default; our bigints (sequence numbers, steps) fit in a double.
pg.types.setTypeParser(20, (v) => Number(v));

/**
 * Opens the embedded SQLite file (durable: WAL with synchronous=FULL, so a 2xx means on disk)
 * or PostgreSQL when `databaseUrl` starts with postgres://.
 */
export function connect(opts: {
  databaseUrl?: string;
  dataDir: string;
  pgSchema?: string;
  /** PostgreSQL connections to keep (config's `pgPoolSize`). */
  pgPoolSize?: number;
}): Connection {
  const url = opts.databaseUrl;
  if (url && /^postgres(ql)?:\/\//.test(url)) {
    const pool = new pg.Pool({
      connectionString: url,
      max: opts.pgPoolSize ?? 10,
      // Answerless writes are sent without waiting for their answers (see pg-pool.ts).
      pipeline: true,
      ...(opts.pgSchema ? { options: `-c search_path=${opts.pgSchema}` } : {}),
    });
    const db = new Kysely<Database>({
      dialect: new PostgresDialect({ pool: havenPool(pool) }),
    });
    return {
      db,
      engine: 'postgres',
      sqlitePath: null,
      sqlite: null,
      optimize: async () => undefined,
      close: () => db.destroy(),
    };
  }
  const file = url?.startsWith('sqlite:')
    ? url.slice('sqlite:'.length)
    : path.join(opts.dataDir, 'haven.sqlite');
  if (file !== ':memory:')
    mkdirSync(path.dirname(path.resolve(file)), { recursive: true, mode: 0o700 });
  const sqlite = new SQLite(file);
  // Owner-only before WAL starts: SQLite gives the -wal and -shm files the database's permissions.
  if (file !== ':memory:') chmodSync(file, 0o600);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // Each unit of a group commit runs in a savepoint (ADR 0004), and a savepoint keeps the pages
  // it first changes in a sub-journal, spilled to a temporary file once it outgrows 64 KiB: a
  // batch does, and every unit paid for file writes. A batch's sub-journal is a few megabytes.
  // Migrations put it back in a file while they run (migrate.ts).
  sqlite.pragma('temp_store = MEMORY');
  // SQLite's advice for a long-lived connection: look at every table once at open, then ask
  // again from time to time (the scheduler does, hourly) and before closing. Statistics only
  // speed queries up, so a busy file (a command run beside the server) never stops an open.
  try {
    sqlite.pragma('optimize = 0x10002');
    dropSamples(sqlite);
  } catch {
    // The next refresh gathers them.
  }
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: withStatementCache(sqlite) }),
  });
  // Through Kysely, so it takes the connection in turn and never lands inside a batch.
  const optimize = async () => {
    await db.connection().execute(async () => {
      sqlite.pragma('optimize');
      dropSamples(sqlite);
    });
  };
  return {
    db,
    engine: 'sqlite',
    sqlitePath: file,
    sqlite,
    optimize,
    close: async () => {
      await optimize().catch(() => undefined);
      await db.destroy();
    },
  };
}

/**
 * Keeps sqlite_stat1's counts and drops sqlite_stat4's samples. better-sqlite3 is built with
 * STAT4, and with samples on file SQLite recompiles every statement that compares a bound value
 * with an indexed column on every run, because the value might change the plan: a prepared
 * statement is then prepared each time, which measured twice the cost of a lookup. Haven's plans
 * never turn on the value. ANALYZE sqlite_schema makes the connection reread the statistics.
 */
function dropSamples(sqlite: SQLite.Database): void {
  const samples = sqlite
    .prepare("select 1 from sqlite_schema where name = 'sqlite_stat4'")
    .get() as unknown;
  if (!samples || !sqlite.prepare('select 1 from sqlite_stat4 limit 1').get()) return;
  // Together or not at all: samples deleted from the file but still loaded here would never be
  // looked at again, since the next refresh would find none to drop.
  sqlite
    .transaction(() => {
      sqlite.exec('delete from sqlite_stat4');
      sqlite.exec('analyze sqlite_schema');
    })
    .immediate();
}

/**
 * Kysely prepares every statement afresh; Haven runs the same few hundred statements all day, so
 * prepared statements are kept (SQLite re-prepares them itself if the schema changes).
 */
function withStatementCache(sqlite: SQLite.Database, max = 500) {
  return {
    prepare: memoised(max, (sql) => sqlite.prepare(sql)),
    close() {
      sqlite.close();
    },
  };
}
