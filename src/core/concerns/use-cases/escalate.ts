import { systemActor } from '../../access/actor.ts';
import { alertLadder, ESCALATION_LADDER } from './alerts.ts';
import type { ConcernDeps } from './deps.ts';

/**
 * The sweeper's step: an urgent concern nobody has acknowledged within the configured minutes is
 * alerted again, one rung further up each time (DSL team → leaders → chair of governors), so
 * nothing waits on one absent person (D05, D06). Safe on several servers: each concern is handled
 * in its own transaction, and a second sweeper finds it no longer overdue.
 */
export async function escalateOverdue(deps: ConcernDeps): Promise<number> {
  const now = deps.clock.now();
  const before = new Date(now.getTime() - deps.urgentAckMinutes * 60_000).toISOString();
  const overdue = await deps.store.transaction((r) => r.concerns.overdueUrgent(before, 100));
  let escalated = 0;
  for (const c of overdue) {
    await deps.store.transaction(async (r) => {
      const fresh = await r.concerns.get(c.schoolId, c.id);
      if (!fresh || fresh.acknowledgedAt) return;
      const level = Math.min(c.escalationLevel + 1, ESCALATION_LADDER.length - 1);
      for (let rung = 0; rung <= level; rung++) {
        await alertLadder(deps, r, c.schoolId, c.id, 'escalation', rung, true);
      }
      await r.concerns.recordEscalation(c.schoolId, c.id, c.escalationLevel + 1, now.toISOString());
      await r.audit.append(
        {
          type: 'concern.alert_escalated',
          actor: systemActor(c.schoolId, 'escalation-sweeper'),
          schoolId: c.schoolId,
          subject: { type: 'concern', id: c.id },
          summary: `Urgent concern ${fresh.reference} not acknowledged: alerts escalated`,
          details: { level },
        },
        now,
      );
      escalated++;
    });
  }
  return escalated;
}
