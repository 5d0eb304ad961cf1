import type { FastifyInstance } from 'fastify';
import type { Runtime } from '../../runtime.ts';
import { databaseAnswers, migrationsCurrent } from '../../storage/migrate.ts';

export function healthRoutes(app: FastifyInstance, rt: Runtime): void {
  app.get('/healthz', { config: { access: 'public' }, schema: { hide: true } }, async () => ({
    status: 'ok',
  }));
  app.get(
    '/readyz',
    { config: { access: 'public' }, schema: { hide: true } },
    async (_req, reply) => {
      if (!(await databaseAnswers(rt.conn))) {
        return reply.code(503).send({ status: 'database unavailable' });
      }
      const current = await migrationsCurrent(rt.conn).catch(() => false);
      if (!current) return reply.code(503).send({ status: 'migrations pending' });
      return { status: 'ready', mail: await mailBacklog(rt) };
    },
  );
}

/**
 * Alert emails that have failed and not yet gone, for whoever watches the servers: a mail outage
 * is otherwise silent. Counts and an age only, never an address. It does not make the server
 * unready: taking it out of service would not bring the mail server back.
 */
async function mailBacklog(rt: Runtime) {
  const { count, oldestQueuedAt } = await rt.store.read((r) => r.outbox.failing());
  const oldest = oldestQueuedAt
    ? Math.max(0, Math.floor((rt.clock.now().getTime() - Date.parse(oldestQueuedAt)) / 1000))
    : null;
  return { failingEmails: count, oldestFailingSeconds: oldest };
}
