import type { OutboxMessage } from '../core/concerns/ports.ts';
import { SUBJECTS } from '../core/concerns/use-cases/alerts.ts';
import type { Repos } from '../core/ports.ts';

/** The longest a failed email waits before it is tried again. */
export const MAX_RETRY_SECONDS = 3600;
/** An email asking for someone now waits at most this long, so an outage delays it little. */
export const URGENT_MAX_RETRY_SECONDS = 300;

/**
 * Emails that ask for someone now. Told apart by subject, the one thing every row has carried:
 * older rows say nothing else about what they are.
 */
const URGENT_SUBJECTS: ReadonlySet<string> = new Set([
  SUBJECTS.urgent_concern,
  SUBJECTS.escalation,
  SUBJECTS.deadline_escalation,
]);

export const isUrgent = (subject: string): boolean => URGENT_SUBJECTS.has(subject);

/** How long to wait after failed try number `attempt`: doubling from 30 seconds, to a cap. */
export function retryAfterSeconds(attempt: number, subject: string): number {
  const cap = isUrgent(subject) ? URGENT_MAX_RETRY_SECONDS : MAX_RETRY_SECONDS;
  return Math.min(cap, 30 * 2 ** Math.max(0, attempt - 1));
}

/**
 * Why a queued email should no longer go, or null to send it. Someone disabled since (a DSL
 * suspended pending an allegation, say) is not written to; a clock met or waived since is not
 * chased. A missed clock is still open: its escalations are the point. Rows from before emails
 * named whom and what they were for go as they always did.
 */
export async function whyNotSend(
  r: Repos,
  m: Pick<OutboxMessage, 'schoolId' | 'payload'>,
): Promise<string | null> {
  const { recipientId, deadlineId } = m.payload;
  if (recipientId) {
    const who = m.schoolId ? await r.staff.get(m.schoolId, recipientId) : null;
    if (!who) return 'recipient not found';
    if (who.disabled) return 'recipient disabled';
  }
  if (deadlineId) {
    const clock = m.schoolId ? await r.deadlines.get(m.schoolId, deadlineId) : null;
    if (!clock) return 'deadline not found';
    if (clock.state !== 'open' && clock.state !== 'missed') return `deadline ${clock.state}`;
  }
  return null;
}
