import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { allowedActions } from '../../core/access/policy.ts';
import { AUDIT_EVENT_TYPES } from '../../core/audit/events.ts';
import { listAudit } from '../../core/audit/list-audit.ts';
import type { Runtime } from '../../runtime.ts';
import { authOf } from '../auth-hook.ts';
import { auditEventSchema, errorResponses, okWithActions } from '../schemas.ts';

const isoDateTime = z.union([z.iso.datetime(), z.iso.date()]);

/** A date alone means "up to the end of that day". */
const endOf = (to: string): string =>
  to.length === 10
    ? new Date(Date.parse(`${to}T00:00:00Z`) + 86_400_000).toISOString()
    : new Date(to).toISOString();

export function auditRoutes(base: FastifyInstance, rt: Runtime): void {
  const app = base.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/api/audit',
    {
      config: { access: 'audit.read' },
      schema: {
        tags: ['audit'],
        summary: 'The school’s audit log, newest first',
        response: {
          200: okWithActions(
            z.object({ events: z.array(auditEventSchema), nextBefore: z.number().nullable() }),
          ),
          ...errorResponses,
        },
        querystring: z.object({
          type: z.enum(AUDIT_EVENT_TYPES).optional(),
          actorId: z.string().max(100).optional(),
          subjectId: z.string().max(100).optional(),
          from: isoDateTime.optional(),
          to: isoDateTime.optional(),
          before: z.coerce.number().int().positive().optional(),
          limit: z.coerce.number().int().min(1).max(200).default(50),
        }),
      },
    },
    async (req) => {
      const { actor } = authOf(req);
      const { from, to, ...rest } = req.query;
      const page = await listAudit(rt.people, actor, {
        ...rest,
        from: from ? new Date(from).toISOString() : undefined,
        to: to ? endOf(to) : undefined,
      });
      const events = page.events.map(({ details: _d, prevHash: _p, chain: _c, ...e }) => e);
      return {
        data: { events, nextBefore: page.nextBefore },
        allowedActions: allowedActions(actor, { type: 'audit', schoolId: actor.schoolId }),
      };
    },
  );
}
