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
      return current ? { status: 'ready' } : reply.code(503).send({ status: 'migrations pending' });
    },
  );
}
