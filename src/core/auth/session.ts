import { auditEvent } from '../audit/events.ts';
import type { StaffRecord } from '../people/staff.ts';
import { actorFor, type RequestMeta } from './meta.ts';
import type { AuthDeps, SessionRecord } from './ports.ts';
import { hashToken } from './tokens.ts';

export type SessionEnd = 'idle' | 'absolute' | 'disabled';

export type ResolvedSession =
  | { ok: true; session: SessionRecord; user: StaffRecord }
  | { ok: false; ended: SessionEnd | 'unknown' };

/** Seconds between writes of last-seen time: an idle clock needs minutes, not every request. */
const TOUCH_EVERY_SECONDS = 30;

/** Why a session found in storage can no longer be used, or null while it is live. */
function endOf(session: SessionRecord, user: StaffRecord, now: Date): SessionEnd | null {
  if (user.disabled) return 'disabled';
  if (now >= new Date(session.expiresAt)) return 'absolute';
  const idleMs = now.getTime() - new Date(session.lastSeenAt).getTime();
  return idleMs >= session.idleTimeoutSeconds * 1000 ? 'idle' : null;
}

const touchDue = (session: SessionRecord, now: Date) =>
  now.getTime() - new Date(session.lastSeenAt).getTime() >= TOUCH_EVERY_SECONDS * 1000;

/** Finds the live session behind a cookie, ending it if it has timed out or the account is off. */
export async function resolveSession(
  deps: AuthDeps,
  token: string,
  meta: RequestMeta,
  /** A request the client makes on its own (polling): it must not count as the person being active. */
  background = false,
): Promise<ResolvedSession> {
  const now = deps.clock.now();
  const idHash = hashToken(token);
  // Most requests find a live session that needs no write: answer those from a read, without
  // waiting for a commit. Anything to write (an ending, a touch) is decided again in a transaction.
  const seen = await deps.store.read((r) => r.auth.sessionWithHolder(idHash));
  if (!seen) return { ok: false, ended: 'unknown' };
  if (!endOf(seen.session, seen.user, now) && (background || !touchDue(seen.session, now)))
    return { ok: true, session: seen.session, user: seen.user };
  return deps.store.transaction(async (r) => {
    const session = await r.sessions.get(idHash);
    if (!session) return { ok: false, ended: 'unknown' };
    const creds = await r.auth.byId(session.userId);
    const ended = creds ? endOf(session, creds.user, now) : 'disabled';
    if (ended) {
      await r.sessions.delete(idHash);
      if (creds) {
        await r.audit.append(
          auditEvent({
            type: 'auth.sign_out',
            actor: actorFor(creds.user, meta),
            schoolId: creds.user.schoolId,
            subject: { type: 'staff', id: creds.user.id },
            summary: `Session ended (${ended})`,
            details: { reason: ended },
          }),
          now,
        );
      }
      return { ok: false, ended };
    }
    if (!background && touchDue(session, now)) {
      await r.sessions.touch(idHash, now);
    }
    return { ok: true, session, user: (creds as NonNullable<typeof creds>).user };
  });
}

export async function signOut(
  deps: AuthDeps,
  session: SessionRecord,
  user: StaffRecord,
  meta: RequestMeta,
): Promise<void> {
  const now = deps.clock.now();
  await deps.store.transaction(async (r) => {
    await r.sessions.delete(session.idHash);
    await r.audit.append(
      auditEvent({
        type: 'auth.sign_out',
        actor: actorFor(user, meta),
        schoolId: user.schoolId,
        subject: { type: 'staff', id: user.id },
        summary: `${user.fullName} signed out`,
        details: { reason: 'user' },
      }),
      now,
    );
  });
}
