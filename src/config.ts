import os from 'node:os';
import path from 'node:path';
import { DEADLINE_RULES } from './core/deadlines/rules.ts';

/** Everything Haven reads from its environment, with safe defaults (see README). */
export interface Config {
  port: number;
  host: string;
  publicUrl: string;
  dataDir: string;
  databaseUrl: string | undefined;
  /** PostgreSQL connections this server keeps open. */
  pgPoolSize: number;
  keyFile: string;
  kekBase64: string | undefined;
  trustProxy: boolean;
  logLevel: string;
  idleMinutesPrivileged: number;
  idleMinutes: number;
  sessionHours: number;
  /** Minutes an urgent concern may go unacknowledged before alerts escalate. */
  urgentAckMinutes: number;
  /** Requests a minute from one address before 429s (all routes). */
  rateLimitPerMinute: number;
  smtp: {
    host: string | undefined;
    port: number;
    secure: boolean;
    user: string | undefined;
    pass: string | undefined;
    from: string;
  };
  webDir: string;
}

const int = (v: string | undefined, fallback: number, name: string): number => {
  if (v === undefined || v === '') return fallback;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number, got "${v}"`);
  return n;
};

/**
 * A pool larger than the cores can run only queues transactions inside PostgreSQL, where they
 * wait holding a school's reference counter and audit chain locks (ADR 0002). About two
 * connections a core, and never more than ten, keeps the cores busy without that queue.
 */
export const defaultPgPoolSize = (cores = os.availableParallelism()): number =>
  Math.min(10, 2 * cores + 1);

const atLeastOne = (n: number, name: string): number => {
  if (n < 1) throw new Error(`${name} must be at least 1, got ${n}`);
  return n;
};

/**
 * The installation's default for the urgent clock must be a number a school could choose too,
 * so it is held to the rule's own limits rather than accepting 0 (escalate at once) or a day.
 */
const urgentAckMinutes = (v: string | undefined): number => {
  const name = 'HAVEN_URGENT_ACK_MINUTES';
  const n = int(v, 15, name);
  const { min, max } = DEADLINE_RULES.urgent_ack.setting ?? { min: n, max: n };
  if (n < min || n > max) throw new Error(`${name} must be from ${min} to ${max}, got ${n}`);
  return n;
};

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = int(env.PORT, 3000, 'PORT');
  const dataDir = path.resolve(env.HAVEN_DATA_DIR ?? './data');
  return {
    port,
    host: env.HAVEN_HOST ?? '127.0.0.1',
    publicUrl: (env.HAVEN_PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/$/, ''),
    dataDir,
    databaseUrl: env.DATABASE_URL || undefined,
    pgPoolSize: atLeastOne(
      int(env.HAVEN_PG_POOL_SIZE, defaultPgPoolSize(), 'HAVEN_PG_POOL_SIZE'),
      'HAVEN_PG_POOL_SIZE',
    ),
    keyFile: path.resolve(env.HAVEN_KEY_FILE ?? path.join(dataDir, 'haven.key')),
    kekBase64: env.HAVEN_KEK || undefined,
    trustProxy: env.HAVEN_TRUST_PROXY === 'true',
    logLevel: env.LOG_LEVEL ?? (env.NODE_ENV === 'test' ? 'silent' : 'info'),
    idleMinutesPrivileged: int(
      env.HAVEN_IDLE_MINUTES_PRIVILEGED,
      15,
      'HAVEN_IDLE_MINUTES_PRIVILEGED',
    ),
    idleMinutes: int(env.HAVEN_IDLE_MINUTES, 60, 'HAVEN_IDLE_MINUTES'),
    sessionHours: int(env.HAVEN_SESSION_HOURS, 12, 'HAVEN_SESSION_HOURS'),
    urgentAckMinutes: urgentAckMinutes(env.HAVEN_URGENT_ACK_MINUTES),
    rateLimitPerMinute: int(env.HAVEN_RATE_LIMIT_PER_MINUTE, 600, 'HAVEN_RATE_LIMIT_PER_MINUTE'),
    smtp: {
      host: env.SMTP_HOST || undefined,
      port: int(env.SMTP_PORT, 587, 'SMTP_PORT'),
      secure: env.SMTP_SECURE === 'true',
      user: env.SMTP_USER || undefined,
      pass: env.SMTP_PASS || undefined,
      from: env.SMTP_FROM ?? 'Haven <haven@localhost>',
    },
    webDir: path.resolve(env.HAVEN_WEB_DIR ?? path.join(import.meta.dirname, '..', 'web', 'dist')),
  };
}
