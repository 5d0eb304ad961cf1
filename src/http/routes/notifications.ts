import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  listNotifications,
  markNotificationRead,
  setAvailability,
} from '../../core/concerns/use-cases/notifications.ts';
import type { Runtime } from '../../runtime.ts';
import { authOf } from '../auth-hook.ts';
import { errorResponses } from '../schemas.ts';
import { notificationSchema } from '../schemas-concerns.ts';
import { idParams } from './concerns.ts';

export function notificationRoutes(base: FastifyInstance, rt: Runtime): void {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const tags = ['notifications'];
  app.get(
    '/api/notifications',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'My alerts, newest first, with the unread count',
        response: {
          200: z.object({ data: z.array(notificationSchema), unread: z.number() }),
          ...errorResponses,
        },
      },
    },
    async (req) => {
      const { items, unread } = await listNotifications(rt.concerns, authOf(req).actor);
      return { data: items, unread };
    },
  );
  app.post(
    '/api/notifications/:id/read',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Mark an alert read',
        params: idParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (req, reply) => {
      await markNotificationRead(rt.concerns, authOf(req).actor, req.params.id);
      return reply.code(204).send(null);
    },
  );
  app.post(
    '/api/me/availability',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Mark myself unavailable until a time, or available again (D05)',
        body: z.object({ unavailableUntil: z.iso.datetime({ offset: true }).nullable() }),
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (req, reply) => {
      await setAvailability(
        rt.concerns,
        authOf(req).actor,
        req.body.unavailableUntil ? new Date(req.body.unavailableUntil).toISOString() : null,
      );
      return reply.code(204).send(null);
    },
  );
}
