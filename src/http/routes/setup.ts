import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { acceptInvite } from '../../core/auth/accept-invite.ts';
import { completeSetup, setupInputSchema, setupNeeded } from '../../core/auth/setup.ts';
import type { Runtime } from '../../runtime.ts';
import { metaOf } from '../auth-hook.ts';
import { setSessionCookie } from '../cookies.ts';
import { errorResponses, ok, stageSchema } from '../schemas.ts';

export function setupRoutes(base: FastifyInstance, rt: Runtime): void {
  const app = base.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/api/setup/status',
    {
      config: { access: 'public' },
      schema: {
        tags: ['setup'],
        summary: 'Whether Haven still needs its first school',
        response: { 200: ok(z.object({ needed: z.boolean() })) },
      },
    },
    async () => ({ data: { needed: await setupNeeded(rt.auth) } }),
  );

  app.post(
    '/api/setup',
    {
      config: { access: 'public' },
      schema: {
        tags: ['setup'],
        summary: 'Create the first school and its first account, with the one-time setup token',
        response: { 201: ok(z.object({ stage: stageSchema })), ...errorResponses },
        body: setupInputSchema,
      },
    },
    async (req, reply) => {
      const { token, stage } = await completeSetup(rt.auth, req.body, metaOf(req));
      setSessionCookie(req, reply, token);
      return reply.code(201).send({ data: { stage } });
    },
  );

  app.post(
    '/api/invites/accept',
    {
      config: { access: 'public' },
      schema: {
        tags: ['setup'],
        summary: 'Set a password from a one-time invite link',
        response: { 200: ok(z.object({ email: z.string() })), ...errorResponses },
        body: z.object({
          token: z.string().min(1, 'The link is incomplete'),
          password: z.string(),
        }),
      },
    },
    async (req) => ({ data: await acceptInvite(rt.auth, req.body, metaOf(req)) }),
  );
}
