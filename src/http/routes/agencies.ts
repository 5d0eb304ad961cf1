import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  addAgency,
  agencyLabelSchema,
  agencyPatchSchema,
  listAgencies,
  updateAgency,
} from '../../core/referrals/use-cases/agencies.ts';
import type { Runtime } from '../../runtime.ts';
import { authOf } from '../auth-hook.ts';
import { errorResponses, ok } from '../schemas.ts';

const agencySchema = z.object({
  code: z.string(),
  label: z.string(),
  builtIn: z.boolean(),
  active: z.boolean(),
  required: z.boolean().describe('Needed for statutory referrals: cannot be hidden'),
});

/** The agencies a school refers to: Haven's own, some hidden if unused, and the school's. */
export function agencyRoutes(base: FastifyInstance, rt: Runtime): void {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const tags = ['referrals'];
  const deps = rt.concerns;
  const cfg = { access: 'agency.manage' as const };

  app.get(
    '/api/agencies',
    {
      config: cfg,
      schema: {
        tags,
        summary: 'The school’s referral agencies, hidden ones included',
        response: { 200: ok(z.array(agencySchema)), ...errorResponses },
      },
    },
    async (req) => ({ data: await listAgencies(deps, authOf(req).actor) }),
  );
  app.post(
    '/api/agencies',
    {
      config: cfg,
      schema: {
        tags,
        summary: 'Add a local agency',
        body: z.object({ label: agencyLabelSchema }),
        response: { 201: ok(agencySchema), ...errorResponses },
      },
    },
    async (req, reply) =>
      reply.code(201).send({ data: await addAgency(deps, authOf(req).actor, req.body.label) }),
  );
  app.patch(
    '/api/agencies/:code',
    {
      config: cfg,
      schema: {
        tags,
        summary: 'Rename the school’s own agency, or hide or show one',
        params: z.object({ code: z.string().max(60) }),
        body: agencyPatchSchema,
        response: { 200: ok(agencySchema), ...errorResponses },
      },
    },
    async (req) => ({
      data: await updateAgency(deps, authOf(req).actor, req.params.code, req.body),
    }),
  );
}
