import type { StaffRecord } from '../people/staff.ts';

export type SessionStage = 'mfa' | 'mfa_enrol' | 'signed_in';

export interface Credentials {
  user: StaffRecord;
  passwordHash: string | null;
  mfaSecretSealed: string | null;
  mfaLastStep: number | null;
  failedAttempts: number;
  lockedUntil: string | null;
}

export interface AuthRepo {
  byEmail(email: string): Promise<Credentials | null>;
  byId(userId: string): Promise<Credentials | null>;
  /** The session behind a token hash and its holder, in one read; no credentials. */
  sessionWithHolder(idHash: string): Promise<{ session: SessionRecord; user: StaffRecord } | null>;
  setPassword(userId: string, hash: string, at: Date): Promise<void>;
  recordFailure(userId: string, lockedUntil: Date | null): Promise<number>;
  recordSuccess(userId: string, at: Date): Promise<void>;
  setMfa(userId: string, sealedSecret: string | null, at: Date): Promise<void>;
  /** Stores the last TOTP time step used, only if newer: a code works once. */
  claimMfaStep(userId: string, step: number): Promise<boolean>;
  replaceRecoveryCodes(userId: string, hashes: string[], at: Date): Promise<void>;
  useRecoveryCode(userId: string, hash: string, at: Date): Promise<boolean>;
}

export interface SessionRecord {
  idHash: string;
  userId: string;
  schoolId: string;
  stage: SessionStage;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  idleTimeoutSeconds: number;
  pendingMfaSecret: string | null;
  ip: string | null;
  userAgent: string | null;
}

export interface SessionRepo {
  create(session: SessionRecord): Promise<void>;
  get(idHash: string): Promise<SessionRecord | null>;
  touch(idHash: string, at: Date): Promise<void>;
  update(
    idHash: string,
    patch: { stage?: SessionStage; pendingMfaSecret?: string | null },
  ): Promise<void>;
  delete(idHash: string): Promise<void>;
  deleteForUser(userId: string): Promise<number>;
}

export type TokenPurpose = 'setup' | 'invite';

export interface TokenRecord {
  hash: string;
  purpose: TokenPurpose;
  schoolId: string | null;
  userId: string | null;
  createdAt: string;
  expiresAt: string;
  usedAt: string | null;
}

export interface TokenRepo {
  create(token: Omit<TokenRecord, 'usedAt'>): Promise<void>;
  /** Marks the token used if it is unused and unexpired; returns it, or null. */
  consume(hash: string, purpose: TokenPurpose, at: Date): Promise<TokenRecord | null>;
  revokeForUser(userId: string, purpose: TokenPurpose, at: Date): Promise<void>;
}

export interface ThrottleRepo {
  /** Counts one more hit in the window that contains `at`, returning the new count. */
  hit(key: string, windowSeconds: number, at: Date): Promise<number>;
  count(key: string, windowSeconds: number, at: Date): Promise<number>;
}

/** Crypto and password services, implemented outside core with well-kept libraries. */
export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(hash: string, password: string): Promise<boolean>;
}

export interface TotpService {
  newSecret(): string;
  uri(secret: string, account: string): string;
  qrSvg(uri: string): Promise<string>;
  /** The time step the code matched, or null. */
  verify(secret: string, code: string, at: Date): number | null;
}

/** Authenticated encryption of small secrets with a key kept outside the database. */
export interface SecretBox {
  seal(plaintext: string, context: string): string;
  open(sealed: string, context: string): string;
}

export interface CommonPasswords {
  isCommon(password: string): boolean;
}

export interface AuthConfig {
  privilegedIdleSeconds: number;
  idleSeconds: number;
  absoluteSeconds: number;
  /** Failures within the window after which one email gets 429s. */
  emailThrottle: { limit: number; windowSeconds: number };
  ipThrottle: { limit: number; windowSeconds: number };
  /** Consecutive failures that lock an account, and for how long. */
  lockAfter: number;
  lockSeconds: number;
  setupTokenSeconds: number;
  inviteTokenSeconds: number;
}

export const DEFAULT_AUTH_CONFIG: AuthConfig = {
  privilegedIdleSeconds: 15 * 60,
  idleSeconds: 60 * 60,
  absoluteSeconds: 12 * 60 * 60,
  emailThrottle: { limit: 5, windowSeconds: 15 * 60 },
  ipThrottle: { limit: 50, windowSeconds: 15 * 60 },
  lockAfter: 10,
  lockSeconds: 60 * 60,
  setupTokenSeconds: 24 * 60 * 60,
  inviteTokenSeconds: 7 * 24 * 60 * 60,
};

export interface AuthDeps {
  store: import('../ports.ts').Store;
  clock: import('../shared/clock.ts').Clock;
  hasher: PasswordHasher;
  totp: TotpService;
  box: SecretBox;
  commonPasswords: CommonPasswords;
  config: AuthConfig;
}
