import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { resolveSession } from '../../core/auth/session.ts';
import { listNotifications } from '../../core/concerns/use-cases/notifications.ts';
import type { Runtime } from '../../runtime.ts';
import { authOf, metaOf } from '../auth-hook.ts';
import { SESSION_COOKIE } from '../cookies.ts';

/**
 * Server-sent events: the unread count, pushed when it changes, so a DSL sees a new concern
 * within seconds. Each connection re-reads the count from the database, which works the same on
 * one server or many. The stream never counts as activity, and it ends when the session does.
 */
export function notificationStreamRoutes(app: FastifyInstance, rt: Runtime, everyMs = 3000): void {
  app.get(
    '/api/notifications/stream',
    {
      config: { access: 'signed-in', background: true },
      schema: {
        tags: ['notifications'],
        summary: 'The unread count as server-sent events (text/event-stream)',
        response: {
          200: z.any().describe('text/event-stream: `unread` events, then `signed-out`'),
        },
      },
    },
    async (req, reply) => {
      const { actor } = authOf(req);
      const token = req.cookies[SESSION_COOKIE] as string;
      reply.hijack();
      reply.raw.writeHead(200, {
        'Content-Type': 'text/event-stream; charset=utf-8',
        'Cache-Control': 'no-store',
        Connection: 'keep-alive',
        'X-Accel-Buffering': 'no',
      });
      let last = -1;
      let beats = 0;
      let closed = false;
      const tick = async () => {
        const session = await resolveSession(rt.auth, token, metaOf(req), true);
        if (!session.ok) {
          reply.raw.write('event: signed-out\ndata: {}\n\n');
          return stop();
        }
        const { unread } = await listNotifications(rt.concerns, actor);
        if (unread !== last) {
          last = unread;
          reply.raw.write(`event: unread\ndata: ${JSON.stringify({ unread })}\n\n`);
        } else if (++beats % 8 === 0) {
          reply.raw.write(': still here\n\n');
        }
      };
      const timer = setInterval(() => {
        tick().catch((err: unknown) => {
          req.log.error({ err }, 'notification stream failed');
          stop();
        });
      }, everyMs);
      function stop() {
        if (closed) return;
        closed = true;
        clearInterval(timer);
        reply.raw.end();
      }
      req.raw.on('close', stop);
      await tick();
    },
  );
}
