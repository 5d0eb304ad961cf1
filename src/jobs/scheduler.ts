import type { FastifyBaseLogger } from 'fastify';
import type { Runtime } from '../runtime.ts';
import { drainOutbox } from './outbox-worker.ts';
import { sweepDeadlines } from '../core/deadlines/use-cases/sweep.ts';

/**
 * Runs the outbox worker, the deadline sweeper (which also escalates unacknowledged urgent
 * concerns) and the planner statistics refresh on timers until stopped.
 */
export function startJobs(
  rt: Runtime,
  log: FastifyBaseLogger,
  every = { outboxMs: 2000, sweepMs: 30_000, statisticsMs: 3_600_000 },
): () => void {
  let stopped = false;
  const loop = (ms: number, name: string, job: () => Promise<unknown>) => {
    const tick = async () => {
      if (stopped) return;
      try {
        await job();
      } catch (err) {
        log.error({ err, job: name }, 'background job failed');
      }
      if (!stopped) timer = setTimeout(() => void tick(), ms);
    };
    let timer = setTimeout(() => void tick(), ms);
    return () => clearTimeout(timer);
  };
  const stops = [
    loop(every.outboxMs, 'outbox', () =>
      drainOutbox({ store: rt.store, clock: rt.clock, mailer: rt.mailer, log }),
    ),
    loop(every.sweepMs, 'deadlines', () => sweepDeadlines(rt.concerns)),
    // A school that has just imported its pupils would otherwise be planned as an empty one.
    loop(every.statisticsMs, 'planner statistics', () => rt.conn.optimize()),
  ];
  return () => {
    stopped = true;
    for (const s of stops) s();
  };
}
