import { AppError } from '../shared/app-error.ts';
import { auditEvent } from '../audit/events.ts';
import { actorFor, type RequestMeta } from './meta.ts';
import { checkPassword } from './password-policy.ts';
import type { AuthDeps } from './ports.ts';
import { hashToken } from './tokens.ts';

/** A new member of staff sets their password from the one-time link an administrator gave them. */
export async function acceptInvite(
  deps: AuthDeps,
  input: { token: string; password: string },
  meta: RequestMeta,
): Promise<{ email: string }> {
  const now = deps.clock.now();
  const hash = hashToken(input.token);
  const invalidToken = () =>
    new AppError(
      'INVALID_TOKEN',
      'This link has expired or has already been used: ask for a new one',
      'token',
    );
  return deps.store.transaction(async (r) => {
    const token = await r.tokens.consume(hash, 'invite', now);
    if (!token?.userId) throw invalidToken();
    const creds = await r.auth.byId(token.userId);
    if (!creds || creds.user.disabled) throw invalidToken();
    checkPassword(input.password, deps.commonPasswords, {
      email: creds.user.email,
      fullName: creds.user.fullName,
    });
    await r.auth.setPassword(creds.user.id, await deps.hasher.hash(input.password), now);
    await r.sessions.deleteForUser(creds.user.id);
    await r.audit.append(
      auditEvent({
        type: 'auth.password_set',
        actor: actorFor(creds.user, meta),
        schoolId: creds.user.schoolId,
        subject: { type: 'staff', id: creds.user.id },
        summary: `${creds.user.fullName} set their password`,
        details: {},
      }),
      now,
    );
    return { email: creds.user.email };
  });
}
