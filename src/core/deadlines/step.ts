import { escalationAt } from './compute.ts';
import type { DeadlineRule, Rung } from './rules.ts';

export type DeadlineState = 'open' | 'met' | 'missed' | 'waived';

/**
 * Where a watched deadline has got to. Stage 0: nothing sent; 1: the owner reminded; 2 + k: rung k
 * of the escalation alerted (rung 0 at the due time, when the deadline is missed).
 */
export interface WatchedDeadline {
  state: DeadlineState;
  stage: number;
  startsAt: Date;
  dueAt: Date;
  remindAt: Date | null;
}

export type Step =
  | { kind: 'remind'; rung: 'owner' }
  | { kind: 'missed'; rung: Rung }
  | { kind: 'escalate'; rung: Rung; level: number };

export interface StepPlan {
  /** What to send now, if anything. */
  step: Step | null;
  state: DeadlineState;
  stage: number;
  /** When the sweeper must look again; null when the chain is done. */
  nextCheckAt: Date | null;
}

function nextCheck(rule: DeadlineRule, d: WatchedDeadline, stage: number): Date | null {
  if (stage === 0) return d.remindAt ?? d.dueAt;
  if (stage === 1) return d.dueAt;
  const level = stage - 1; // the rung after the one just sent
  return level < rule.escalation.length ? escalationAt(rule.escalateEvery, d, level) : null;
}

/**
 * The sweeper's decision for one deadline at `now`, pure so it can be tested on any clock. One
 * step per call: a deadline that is far behind (a server was down) catches up one step per pass
 * rather than sending a burst, and the reminder is skipped once the due time has passed.
 */
export function planStep(rule: DeadlineRule, d: WatchedDeadline, now: Date): StepPlan {
  const idle = {
    step: null,
    state: d.state,
    stage: d.stage,
    nextCheckAt: nextCheck(rule, d, d.stage),
  };
  if (d.state !== 'open' && d.state !== 'missed') return { ...idle, nextCheckAt: null };
  if (d.stage < 2 && now >= d.dueAt) {
    return {
      step: { kind: 'missed', rung: rule.escalation[0] ?? 'owner' },
      state: 'missed',
      stage: 2,
      nextCheckAt: nextCheck(rule, d, 2),
    };
  }
  if (d.stage === 0 && d.remindAt && now >= d.remindAt) {
    return {
      step: { kind: 'remind', rung: 'owner' },
      state: d.state,
      stage: 1,
      nextCheckAt: d.dueAt,
    };
  }
  const level = d.stage - 1;
  if (
    d.stage >= 2 &&
    level < rule.escalation.length &&
    now >= escalationAt(rule.escalateEvery, d, level)
  ) {
    return {
      step: { kind: 'escalate', rung: rule.escalation[level] as Rung, level },
      state: d.state,
      stage: d.stage + 1,
      nextCheckAt: nextCheck(rule, d, d.stage + 1),
    };
  }
  return idle;
}
