import { AppError } from '../shared/app-error.ts';
import { auditEvent } from '../audit/events.ts';
import type { AuthDeps, Credentials, SessionStage } from './ports.ts';
import { actorFor, anonymousActor, type RequestMeta } from './meta.ts';
import { stageAfterPassword, startSession } from './start-session.ts';
import { hashEmail, hashToken } from './tokens.ts';

/** Verified against when the email is unknown, so both paths cost the same time. */
let dummyHash: string | null = null;

const WRONG = 'Email or password is wrong, or the account is locked';

type FailureReason = 'unknown' | 'password' | 'locked' | 'disabled';

/** Password step of signing in. Every failure looks the same to the caller (no enumeration). */
export async function signIn(
  deps: AuthDeps,
  input: { email: string; password: string },
  meta: RequestMeta,
  /** The cookie the browser already had, if any: it stops working (session rotation). */
  previousToken?: string,
): Promise<{ token: string; stage: SessionStage }> {
  const { store, clock, config, hasher } = deps;
  const email = input.email.trim().toLowerCase();
  const now = clock.now();
  const ipKey = `signin:ip:${meta.ip ?? 'unknown'}`;
  const emailKey = `signin:email:${hashEmail(email)}`;

  const [ipCount, emailCount, creds] = await store.transaction(async (r) => [
    await r.throttle.count(ipKey, config.ipThrottle.windowSeconds, now),
    await r.throttle.count(emailKey, config.emailThrottle.windowSeconds, now),
    await r.auth.byEmail(email),
  ]);
  if (ipCount >= config.ipThrottle.limit || emailCount >= config.emailThrottle.limit) {
    throw new AppError('RATE_LIMITED', 'Too many attempts. Wait 15 minutes and try again.');
  }

  const reason = await checkCredentials(hasher, creds, input.password, now);
  if (reason) {
    await store.transaction(async (r) => {
      await r.throttle.hit(ipKey, config.ipThrottle.windowSeconds, now);
      await r.throttle.hit(emailKey, config.emailThrottle.windowSeconds, now);
      if (creds && reason === 'password') {
        const failures = creds.failedAttempts + 1;
        const lock =
          failures >= config.lockAfter ? new Date(now.getTime() + config.lockSeconds * 1000) : null;
        await r.auth.recordFailure(creds.user.id, lock);
      }
      await r.audit.append(
        auditEvent({
          type: 'auth.sign_in_failed',
          actor: creds ? actorFor(creds.user, meta) : anonymousActor(meta),
          schoolId: creds?.user.schoolId ?? null,
          subject: creds ? { type: 'staff', id: creds.user.id } : null,
          summary: 'Failed sign-in',
          details: { emailHash: hashEmail(email), reason },
        }),
        now,
      );
    });
    throw new AppError('INVALID_CREDENTIALS', WRONG);
  }

  const user = (creds as Credentials).user;
  const stage = stageAfterPassword(user);
  return store.transaction(async (r) => {
    if (previousToken) await r.sessions.delete(hashToken(previousToken));
    const token = await startSession(r, user, stage, config, meta, now);
    if (stage === 'signed_in') {
      await r.auth.recordSuccess(user.id, now);
      await r.audit.append(
        auditEvent({
          type: 'auth.sign_in',
          actor: actorFor(user, meta),
          schoolId: user.schoolId,
          subject: { type: 'staff', id: user.id },
          summary: `${user.fullName} signed in`,
          details: { mfa: false },
        }),
        now,
      );
    }
    return { token, stage };
  });
}

async function checkCredentials(
  hasher: AuthDeps['hasher'],
  creds: Credentials | null,
  password: string,
  now: Date,
): Promise<FailureReason | null> {
  if (!creds || !creds.passwordHash) {
    dummyHash ??= await hasher.hash('haven-timing-equaliser-not-a-password');
    await hasher.verify(dummyHash, password);
    return 'unknown';
  }
  const ok = await hasher.verify(creds.passwordHash, password);
  if (creds.user.disabled) return 'disabled';
  if (creds.lockedUntil && new Date(creds.lockedUntil) > now) return 'locked';
  return ok ? null : 'password';
}
