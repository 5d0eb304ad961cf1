import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  cmeActionSchema,
  cmeCloseSchema,
  cmeOpenSchema,
  planEndSchema,
  planInputSchema,
} from '../../core/attendance/inputs.ts';
import {
  addCmeAction,
  closeCme,
  getCme,
  listCme,
  openCme,
} from '../../core/attendance/use-cases/cme.ts';
import { endPlan, listPlans, recordPlan } from '../../core/attendance/use-cases/plans.ts';
import type { Runtime } from '../../runtime.ts';
import { authOf } from '../auth-hook.ts';
import { errorResponses, ok } from '../schemas.ts';
import { cmeSchema, planSchema } from '../schemas-attendance.ts';
import { idParams } from './concerns.ts';

/** Children missing education (D10) and child protection / child in need plans (D39). */
export function cmeRoutes(base: FastifyInstance, rt: Runtime): void {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const deps = rt.concerns;
  const cme = { access: 'cme.manage' as const };
  const plan = { access: 'plan.manage' as const };
  const one = { 200: ok(cmeSchema), ...errorResponses };
  const tags = ['missing education'];

  app.get(
    '/api/cme',
    {
      config: cme,
      schema: {
        tags,
        summary: 'The register of children missing education (open entries, or closed ones)',
        querystring: z.object({ state: z.enum(['open', 'closed']).default('open') }),
        response: { 200: ok(z.array(cmeSchema)), ...errorResponses },
      },
    },
    async (req) => ({ data: await listCme(deps, authOf(req).actor, req.query.state) }),
  );
  app.post(
    '/api/cme',
    {
      config: cme,
      schema: {
        tags,
        summary: 'Add a child whose whereabouts are unknown to the register',
        body: cmeOpenSchema,
        response: { 201: ok(cmeSchema), ...errorResponses },
      },
    },
    async (req, reply) =>
      reply.code(201).send({ data: await openCme(deps, authOf(req).actor, req.body) }),
  );
  app.get(
    '/api/cme/:id',
    {
      config: cme,
      schema: { tags, summary: 'One entry with its actions', params: idParams, response: one },
    },
    async (req) => ({ data: await getCme(deps, authOf(req).actor, req.params.id) }),
  );
  app.post(
    '/api/cme/:id/actions',
    {
      config: cme,
      schema: {
        tags,
        summary: 'Record a call, home visit, referral to the missing education service, police…',
        params: idParams,
        body: cmeActionSchema,
        response: one,
      },
    },
    async (req) => ({
      data: await addCmeAction(deps, authOf(req).actor, req.params.id, req.body),
    }),
  );
  app.post(
    '/api/cme/:id/close',
    {
      config: cme,
      schema: {
        tags,
        summary: 'Close the entry: the child is found, or where they now are',
        params: idParams,
        body: cmeCloseSchema,
        response: one,
      },
    },
    async (req) => ({
      data: await closeCme(deps, authOf(req).actor, req.params.id, req.body.outcome),
    }),
  );

  app.get(
    '/api/plans',
    {
      config: plan,
      schema: {
        tags: ['plans'],
        summary: 'A child’s child protection and child in need plans',
        querystring: z.object({ pupilId: z.uuid('Choose a pupil') }),
        response: { 200: ok(z.array(planSchema)), ...errorResponses },
      },
    },
    async (req) => ({ data: await listPlans(deps, authOf(req).actor, req.query.pupilId) }),
  );
  app.post(
    '/api/plans',
    {
      config: plan,
      schema: {
        tags: ['plans'],
        summary: 'Record that a child is on a child protection or child in need plan (D39)',
        body: planInputSchema,
        response: { 201: ok(planSchema), ...errorResponses },
      },
    },
    async (req, reply) =>
      reply.code(201).send({ data: await recordPlan(deps, authOf(req).actor, req.body) }),
  );
  app.post(
    '/api/plans/:id/end',
    {
      config: plan,
      schema: {
        tags: ['plans'],
        summary: 'Record the day a plan ended',
        params: idParams,
        body: planEndSchema,
        response: { 200: ok(planSchema), ...errorResponses },
      },
    },
    async (req) => ({
      data: await endPlan(deps, authOf(req).actor, req.params.id, req.body.endsOn),
    }),
  );
}
