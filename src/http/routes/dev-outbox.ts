import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../core/shared/app-error.ts';
import type { Runtime } from '../../runtime.ts';
import { authOf } from '../auth-hook.ts';
import { errorResponses, ok } from '../schemas.ts';

/**
 * With no SMTP server configured, Haven's emails land in a local outbox: this lists them for the
 * school's administrators, so a trial install shows its alerts. The emails name no child, but who
 * a school emails, and when, is still that school's own: each sees only its own.
 */
export function devOutboxRoutes(base: FastifyInstance, rt: Runtime): void {
  const app = base.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/api/dev/outbox',
    {
      config: { access: 'school.update' },
      schema: {
        tags: ['school'],
        summary: 'Emails Haven would have sent (only when no SMTP server is configured)',
        response: {
          200: ok(
            z.array(
              z.object({
                id: z.string(),
                to: z.string(),
                subject: z.string(),
                text: z.string(),
                at: z.string(),
              }),
            ),
          ),
          ...errorResponses,
        },
      },
    },
    async (req) => {
      if (!rt.localOutbox)
        throw new AppError('NOT_FOUND', 'Email goes through SMTP here: there is no local outbox');
      return { data: rt.localOutbox.list(authOf(req).actor.schoolId).slice(0, 200) };
    },
  );
}
