import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Runtime } from '../../runtime.ts';
import { authOf } from '../auth-hook.ts';
import { errorResponses, ok } from '../schemas.ts';
import { deleteDraft, listDrafts, saveDraft } from '../../core/concerns/use-cases/drafts.ts';
import { idParams } from './concerns.ts';

/** Unsent concerns, kept on the server and never in the browser. */
export function draftRoutes(base: FastifyInstance, rt: Runtime): void {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const tags = ['concerns'];
  const deps = rt.concerns;
  app.get(
    '/api/concerns/drafts',
    {
      config: { access: 'concern.create' },
      schema: {
        tags,
        summary: 'My unsent concerns',
        response: {
          200: ok(z.array(z.object({ id: z.string(), updatedAt: z.string(), input: z.unknown() }))),
          ...errorResponses,
        },
      },
    },
    async (req) => ({ data: await listDrafts(deps, authOf(req).actor) }),
  );
  app.put(
    '/api/concerns/drafts/:id',
    {
      config: { access: 'concern.create' },
      schema: {
        tags,
        summary: 'Save a draft (on the server, never in the browser)',
        params: idParams,
        body: z.object({ input: z.record(z.string(), z.unknown()) }),
        response: {
          200: ok(z.object({ id: z.string(), updatedAt: z.string() })),
          ...errorResponses,
        },
      },
    },
    async (req) => {
      if (JSON.stringify(req.body.input).length > 100_000)
        throw Object.assign(new Error('Draft too large'), { statusCode: 413 });
      return { data: await saveDraft(deps, authOf(req).actor, req.params.id, req.body.input) };
    },
  );
  app.delete(
    '/api/concerns/drafts/:id',
    {
      config: { access: 'concern.create' },
      schema: {
        tags,
        summary: 'Discard a draft',
        params: idParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (req, reply) => {
      await deleteDraft(deps, authOf(req).actor, req.params.id);
      return reply.code(204).send(null);
    },
  );
}
