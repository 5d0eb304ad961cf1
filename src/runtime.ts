import type { AuthDeps } from './core/auth/ports.ts';
import { DEFAULT_AUTH_CONFIG } from './core/auth/ports.ts';
import type { PeopleDeps } from './core/people/use-cases/deps.ts';
import type { Store } from './core/ports.ts';
import { systemClock, type Clock } from './core/shared/clock.ts';
import type { Config } from './config.ts';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileTypeFromBuffer } from 'file-type';
import { localOutboxMailer, localOutboxWarning } from './mail/local-outbox.ts';
import { smtpMailer } from './mail/smtp-mailer.ts';
import { caseSealer } from './security/case-sealer.ts';
import { importJobs, type ImportJobs } from './jobs/import-jobs.ts';
import { childVault } from './security/child-vault.ts';
import type { AllegationDeps } from './core/allegations/use-cases/deps.ts';
import type { ConcernDeps } from './core/concerns/use-cases/deps.ts';
import type { SecretBox } from './core/auth/ports.ts';
import type { Mailer } from './core/shared/mailer.ts';
import { argon2Hasher } from './security/argon2-hasher.ts';
import { bundledCommonPasswords } from './security/common-passwords.ts';
import { loadKek } from './security/key-file.ts';
import { aesGcmBox } from './security/secret-box.ts';
import { otplibTotp } from './security/totp.ts';
import { connect, type Connection } from './storage/connect.ts';
import { migrateToLatest } from './storage/migrate.ts';
import { holdsSealedRecords } from './storage/sealed-records.ts';
import { kyselyStore } from './storage/store.ts';

/** Everything a request handler or CLI command needs, wired once. */
export interface Runtime {
  config: Config;
  conn: Connection;
  store: Store;
  clock: Clock;
  auth: AuthDeps;
  people: PeopleDeps;
  concerns: ConcernDeps & { box: SecretBox };
  /** Concerns about adults: the same, with each case's own sealer. */
  allegations: AllegationDeps;
  /** Pupil imports started from the web, with their progress. */
  imports: ImportJobs;
  /** SMTP when configured; otherwise files under the data dir's outbox/ (development). */
  mailer: Mailer;
  localOutbox: ReturnType<typeof localOutboxMailer> | null;
  keyCreated: boolean;
  close(): Promise<void>;
}

export interface RuntimeOverrides {
  clock?: Clock;
  pgSchema?: string;
  /** Cheaper argon2 for tests; production uses the defaults. */
  fastHashing?: boolean;
}

export async function createRuntime(
  config: Config,
  overrides: RuntimeOverrides = {},
): Promise<Runtime> {
  // A bad key stops start-up before the database is touched, let alone migrated.
  const keyGiven = Boolean(config.kekBase64) || existsSync(config.keyFile);
  const given = keyGiven ? loadKek({ envKey: config.kekBase64, keyFile: config.keyFile }) : null;
  const conn = connect({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    pgSchema: overrides.pgSchema,
    pgPoolSize: config.pgPoolSize,
  });
  let kek: { key: Buffer; created: boolean };
  try {
    // A new key is made only for a database with nothing sealed yet: for one that has sealed
    // records, a fresh key would open none of them and seal new ones apart from the old.
    if (!given && (await holdsSealedRecords(conn)))
      throw new Error(
        `The key-encryption key is missing: the database holds sealed records, but neither HAVEN_KEK nor ${config.keyFile} is there. Restore the key from its backup.`,
      );
    kek = given ?? loadKek({ envKey: config.kekBase64, keyFile: config.keyFile });
    await migrateToLatest(conn);
  } catch (err) {
    await conn.close().catch(() => undefined);
    throw err;
  }
  const store = kyselyStore(conn);
  const clock = overrides.clock ?? systemClock;
  const auth: AuthDeps = {
    store,
    clock,
    hasher: argon2Hasher(overrides.fastHashing ? { memoryCost: 1024, timeCost: 1 } : {}),
    totp: otplibTotp(),
    box: aesGcmBox(kek.key),
    commonPasswords: bundledCommonPasswords(),
    config: {
      ...DEFAULT_AUTH_CONFIG,
      privilegedIdleSeconds: config.idleMinutesPrivileged * 60,
      idleSeconds: config.idleMinutes * 60,
      absoluteSeconds: config.sessionHours * 3600,
    },
  };
  const people: PeopleDeps = {
    store,
    clock,
    inviteLink: (token) => `${config.publicUrl}/invite#${token}`,
    inviteTokenSeconds: DEFAULT_AUTH_CONFIG.inviteTokenSeconds,
    mailer: smtpMailer(config.smtp),
  };
  const smtp = smtpMailer(config.smtp);
  const localOutbox = smtp ? null : localOutboxMailer(path.join(config.dataDir, 'outbox'));
  // Config keeps no NODE_ENV of its own; a live install silently emailing nobody must be loud.
  const noMail = localOutboxWarning(process.env.NODE_ENV, config.smtp.host);
  if (noMail) console.warn(noMail);
  const concerns: ConcernDeps & { box: SecretBox } = {
    store,
    clock,
    box: auth.box,
    vault: (r) => childVault(r, auth.box, clock),
    publicUrl: () => config.publicUrl,
    urgentAckMinutes: config.urgentAckMinutes,
    sniff: async (content) => (await fileTypeFromBuffer(content))?.mime ?? null,
  };
  const allegations: AllegationDeps = { ...concerns, cases: caseSealer(auth.box, kek.key) };
  return {
    config,
    conn,
    store,
    clock,
    auth,
    people,
    concerns,
    allegations,
    imports: importJobs(() => clock.now()),
    mailer: smtp ?? (localOutbox as Mailer),
    localOutbox,
    keyCreated: kek.created,
    close: () => conn.close(),
  };
}
