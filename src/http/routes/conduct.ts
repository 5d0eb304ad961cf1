import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  acknowledgeConduct,
  conductReport,
  myConduct,
  publishConduct,
  publishInputSchema,
} from '../../core/conduct/use-cases/conduct.ts';
import type { Runtime } from '../../runtime.ts';
import { authOf } from '../auth-hook.ts';
import { errorResponses, ok } from '../schemas.ts';

const person = z.object({ id: z.string(), fullName: z.string() });
const versionSchema = z.object({
  id: z.string(),
  version: z.number(),
  title: z.string(),
  body: z.string(),
  publishedAt: z.string(),
  publishedBy: person,
});
const mineSchema = z.object({
  current: versionSchema.nullable(),
  acknowledgedAt: z.string().nullable(),
});

/** The staff code of conduct and its acknowledgements (D48). */
export function conductRoutes(base: FastifyInstance, rt: Runtime): void {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const tags = ['conduct'];
  const deps = rt.concerns;

  app.get(
    '/api/conduct',
    {
      config: { access: 'conduct.read' },
      schema: {
        tags,
        summary: 'The current code of conduct, and whether I have acknowledged it',
        response: { 200: ok(mineSchema), ...errorResponses },
      },
    },
    async (req) => ({ data: await myConduct(deps, authOf(req).actor) }),
  );
  app.post(
    '/api/conduct/acknowledge',
    {
      config: { access: 'conduct.read' },
      schema: {
        tags,
        summary: 'Acknowledge the current version (refused if a newer one has been published)',
        body: z.object({ versionId: z.uuid('Not a valid version') }),
        response: { 200: ok(mineSchema), ...errorResponses },
      },
    },
    async (req) => ({
      data: await acknowledgeConduct(deps, authOf(req).actor, req.body.versionId),
    }),
  );
  app.post(
    '/api/conduct',
    {
      config: { access: 'conduct.publish' },
      schema: {
        tags,
        summary: 'Publish a new version: everyone must acknowledge it again',
        body: publishInputSchema,
        response: { 201: ok(versionSchema), ...errorResponses },
      },
    },
    async (req, reply) =>
      reply.code(201).send({ data: await publishConduct(deps, authOf(req).actor, req.body) }),
  );
  app.get(
    '/api/conduct/report',
    {
      config: { access: 'conduct.report' },
      schema: {
        tags,
        summary: 'Who has acknowledged the current version, and who has not yet',
        response: {
          200: ok(
            z.object({
              current: versionSchema.nullable(),
              people: z.array(
                z.object({
                  id: z.string(),
                  fullName: z.string(),
                  roles: z.array(z.string()),
                  acknowledgedAt: z.string().nullable(),
                }),
              ),
              acknowledged: z.number(),
              outstanding: z.number(),
            }),
          ),
          ...errorResponses,
        },
      },
    },
    async (req) => ({ data: await conductReport(deps, authOf(req).actor) }),
  );
}
