import { newToken } from '../shared/ids.ts';
import { requiresMfa } from '../access/roles.ts';
import type { Repos } from '../ports.ts';
import type { StaffRecord } from '../people/staff.ts';
import type { RequestMeta } from './meta.ts';
import type { AuthConfig, SessionStage } from './ports.ts';
import { hashToken } from './tokens.ts';

/** The stage a fresh password sign-in lands in: MFA when enrolled, enrolment when mandatory. */
export function stageAfterPassword(user: StaffRecord): SessionStage {
  if (user.mfaEnrolled) return 'mfa';
  return requiresMfa(user.roles) ? 'mfa_enrol' : 'signed_in';
}

export const idleSecondsFor = (user: StaffRecord, config: AuthConfig): number =>
  requiresMfa(user.roles) ? config.privilegedIdleSeconds : config.idleSeconds;

/** Creates a session under a brand-new token (rotation): the caller sets it as the cookie. */
export async function startSession(
  repos: Repos,
  user: StaffRecord,
  stage: SessionStage,
  config: AuthConfig,
  meta: RequestMeta,
  at: Date,
  expiresAt?: string,
): Promise<string> {
  const token = newToken();
  await repos.sessions.create({
    idHash: hashToken(token),
    userId: user.id,
    schoolId: user.schoolId,
    stage,
    createdAt: at.toISOString(),
    lastSeenAt: at.toISOString(),
    expiresAt: expiresAt ?? new Date(at.getTime() + config.absoluteSeconds * 1000).toISOString(),
    idleTimeoutSeconds: idleSecondsFor(user, config),
    pendingMfaSecret: null,
    ip: meta.ip,
    userAgent: meta.userAgent?.slice(0, 300) ?? null,
  });
  return token;
}
