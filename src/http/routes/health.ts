import { sql } from 'kysely';
import type { FastifyInstance } from 'fastify';
import type { Runtime } from '../../runtime.ts';
import { migrationsCurrent } from '../../storage/migrate.ts';

export function healthRoutes(app: FastifyInstance, rt: Runtime): void {
  app.get('/healthz', { config: { access: 'public' }, schema: { hide: true } }, async () => ({
    status: 'ok',
  }));
  app.get(
    '/readyz',
    { config: { access: 'public' }, schema: { hide: true } },
    async (_req, reply) => {
      try {
        await sql`select 1`.execute(rt.conn.db);
        if (!(await migrationsCurrent(rt.conn)))
          return reply.code(503).send({ status: 'migrations pending' });
        return { status: 'ready' };
      } catch {
        return reply.code(503).send({ status: 'database unavailable' });
      }
    },
  );
}
