import { AppError } from '../shared/app-error.ts';
import { auditEvent } from '../audit/events.ts';
import type { Repos } from '../ports.ts';
import type { StaffRecord } from '../people/staff.ts';
import { actorFor, type RequestMeta } from './meta.ts';
import type { AuthDeps, SessionRecord } from './ports.ts';
import { hashRecoveryCode, looksLikeRecoveryCode, newRecoveryCodes } from './recovery-codes.ts';
import { startSession } from './start-session.ts';

const MFA_CONTEXT = 'mfa-secret';

/** Begins TOTP enrolment: the secret waits, sealed, on the session until a code proves it. */
export async function startMfaEnrolment(
  deps: AuthDeps,
  session: SessionRecord,
  user: StaffRecord,
): Promise<{ secret: string; otpauthUri: string; qrSvg: string }> {
  if (session.stage === 'mfa')
    throw new AppError('MFA_REQUIRED', 'Enter your authentication code first');
  if (user.mfaEnrolled && session.stage === 'signed_in') {
    throw new AppError('CONFLICT', 'Two-step verification is already set up');
  }
  const secret = deps.totp.newSecret();
  await deps.store.transaction((r) =>
    r.sessions.update(session.idHash, { pendingMfaSecret: deps.box.seal(secret, MFA_CONTEXT) }),
  );
  const otpauthUri = deps.totp.uri(secret, user.email);
  return { secret, otpauthUri, qrSvg: await deps.totp.qrSvg(otpauthUri) };
}

/** Confirms enrolment with a first code; returns recovery codes (shown once) and a new session. */
export async function confirmMfaEnrolment(
  deps: AuthDeps,
  session: SessionRecord,
  user: StaffRecord,
  code: string,
  meta: RequestMeta,
): Promise<{ token: string; recoveryCodes: string[] }> {
  if (!session.pendingMfaSecret)
    throw new AppError('CONFLICT', 'Start setting up two-step verification first');
  const secret = deps.box.open(session.pendingMfaSecret, MFA_CONTEXT);
  const now = deps.clock.now();
  const step = deps.totp.verify(secret, code, now);
  if (step === null)
    throw new AppError(
      'VALIDATION',
      'The code is wrong or has expired: try the newest code',
      'code',
    );
  const codes = newRecoveryCodes();
  const token = await deps.store.transaction(async (r) => {
    await r.auth.setMfa(user.id, deps.box.seal(secret, MFA_CONTEXT), now);
    await r.auth.claimMfaStep(user.id, step);
    await r.auth.replaceRecoveryCodes(user.id, codes.map(hashRecoveryCode), now);
    await appendAudit(r, user, meta, now, 'auth.mfa_enrolled');
    return elevate(deps, r, session, { ...user, mfaEnrolled: true }, meta, now, false);
  });
  return { token, recoveryCodes: codes };
}

/** Second step of signing in: a TOTP code (each used once) or a single-use recovery code. */
export async function verifyMfa(
  deps: AuthDeps,
  session: SessionRecord,
  user: StaffRecord,
  code: string,
  meta: RequestMeta,
): Promise<{ token: string }> {
  if (session.stage !== 'mfa')
    throw new AppError('CONFLICT', 'No authentication code is needed now');
  const now = deps.clock.now();
  const key = `mfa:user:${user.id}`;
  const { limit, windowSeconds } = deps.config.emailThrottle;
  const tries = await deps.store.transaction((r) => r.throttle.count(key, windowSeconds, now));
  if (tries >= limit)
    throw new AppError('RATE_LIMITED', 'Too many attempts. Wait 15 minutes and try again.');

  const recovery = looksLikeRecoveryCode(code);
  const result = await deps.store.transaction(async (r) => {
    const ok = recovery
      ? await r.auth.useRecoveryCode(user.id, hashRecoveryCode(code), now)
      : await checkTotp(deps, r, user.id, code, now);
    if (!ok) {
      await r.throttle.hit(key, windowSeconds, now);
      await appendAudit(r, user, meta, now, 'auth.mfa_failed', { recoveryCode: recovery });
      return null;
    }
    await appendAudit(r, user, meta, now, 'auth.mfa_verified', { recoveryCode: recovery });
    return elevate(deps, r, session, user, meta, now, true);
  });
  if (!result)
    throw new AppError('VALIDATION', 'The code is wrong or has already been used', 'code');
  return { token: result };
}

async function checkTotp(
  deps: AuthDeps,
  r: Repos,
  userId: string,
  code: string,
  now: Date,
): Promise<boolean> {
  const creds = await r.auth.byId(userId);
  if (!creds?.mfaSecretSealed) return false;
  const step = deps.totp.verify(deps.box.open(creds.mfaSecretSealed, MFA_CONTEXT), code, now);
  return step !== null && (await r.auth.claimMfaStep(userId, step));
}

/** Replaces a half-signed-in session with a fully signed-in one under a new token. */
async function elevate(
  deps: AuthDeps,
  r: Repos,
  session: SessionRecord,
  user: StaffRecord,
  meta: RequestMeta,
  now: Date,
  mfa: boolean,
): Promise<string> {
  await r.sessions.delete(session.idHash);
  const token = await startSession(r, user, 'signed_in', deps.config, meta, now, session.expiresAt);
  await r.auth.recordSuccess(user.id, now);
  await r.audit.append(
    auditEvent({
      type: 'auth.sign_in',
      actor: actorFor(user, meta),
      schoolId: user.schoolId,
      subject: { type: 'staff', id: user.id },
      summary: `${user.fullName} signed in`,
      details: { mfa: mfa || user.mfaEnrolled },
    }),
    now,
  );
  return token;
}

async function appendAudit(
  r: Repos,
  user: StaffRecord,
  meta: RequestMeta,
  now: Date,
  type: 'auth.mfa_enrolled' | 'auth.mfa_failed' | 'auth.mfa_verified',
  details: { recoveryCode: boolean } | Record<string, never> = {},
): Promise<void> {
  const summaries = {
    'auth.mfa_enrolled': 'Two-step verification set up',
    'auth.mfa_failed': 'Wrong authentication code',
    'auth.mfa_verified': 'Authentication code accepted',
  };
  await r.audit.append(
    {
      type,
      actor: actorFor(user, meta),
      schoolId: user.schoolId,
      subject: { type: 'staff', id: user.id },
      summary: summaries[type],
      details,
    },
    now,
  );
}
