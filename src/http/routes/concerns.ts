import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { allowedActions } from '../../core/access/policy.ts';
import { concernInputSchema, CONCERN_STATUSES } from '../../core/concerns/concern.ts';
import { getConcern, listInbox } from '../../core/concerns/use-cases/inbox.ts';
import {
  addAddendum,
  listMyConcerns,
  requestReconsideration,
} from '../../core/concerns/use-cases/mine.ts';
import { searchPupilsForConcern } from '../../core/concerns/use-cases/pupil-search.ts';
import { recordConcern } from '../../core/concerns/use-cases/record-concern.ts';
import type { Runtime } from '../../runtime.ts';
import { authOf } from '../auth-hook.ts';
import { errorResponses, ok, okWithActions } from '../schemas.ts';
import {
  concernDetailSchema,
  inboxItemSchema,
  myConcernSchema,
  receiptSchema,
} from '../schemas-concerns.ts';

export const idParams = z.object({ id: z.uuid('Not a valid id') });
const longText = (label: string) => z.string().trim().min(1, `Enter ${label}`).max(20_000);

export function concernRoutes(base: FastifyInstance, rt: Runtime): void {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const tags = ['concerns'];
  const deps = rt.concerns;

  app.get(
    '/api/concerns/pupil-search',
    {
      config: { access: 'concern.create' },
      schema: {
        tags,
        summary: 'Find a child to record a concern about',
        querystring: z.object({ q: z.string().max(100).default('') }),
        response: {
          200: ok(
            z.array(
              z.object({
                id: z.string(),
                displayName: z.string(),
                yearGroup: z.string(),
                senFlag: z.boolean(),
              }),
            ),
          ),
          ...errorResponses,
        },
      },
    },
    async (req) => ({ data: await searchPupilsForConcern(deps, authOf(req).actor, req.query.q) }),
  );

  app.post(
    '/api/concerns',
    {
      config: { access: 'concern.create' },
      schema: {
        tags,
        summary: 'Record a concern: signed, sealed, and the DSL alerted at once',
        body: concernInputSchema,
        response: { 201: ok(receiptSchema), ...errorResponses },
      },
    },
    async (req, reply) =>
      reply.code(201).send({ data: await recordConcern(deps, authOf(req).actor, req.body) }),
  );

  app.get(
    '/api/concerns/mine',
    {
      config: { access: 'concern.readOwn' },
      schema: {
        tags,
        summary: 'Concerns I raised and how far they have got',
        response: { 200: ok(z.array(myConcernSchema)), ...errorResponses },
      },
    },
    async (req) => ({ data: await listMyConcerns(deps, authOf(req).actor) }),
  );
  app.post(
    '/api/concerns/:id/reconsider',
    {
      config: { access: 'concern.readOwn' },
      schema: {
        tags,
        summary: 'Ask the DSL to reconsider (D19); 409 while an earlier request waits',
        params: idParams,
        body: z.object({ reason: longText('your reason') }),
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (req, reply) => {
      await requestReconsideration(deps, authOf(req).actor, req.params.id, req.body.reason);
      return reply.code(204).send(null);
    },
  );
  app.post(
    '/api/concerns/:id/addenda',
    {
      config: { access: 'concern.readOwn' },
      schema: {
        tags,
        summary: 'Add later information or a correction',
        params: idParams,
        body: z.object({ text: longText('the information') }),
        response: { 201: ok(z.object({ id: z.string(), at: z.string() })), ...errorResponses },
      },
    },
    async (req, reply) =>
      reply
        .code(201)
        .send({ data: await addAddendum(deps, authOf(req).actor, req.params.id, req.body.text) }),
  );

  app.get(
    '/api/concerns',
    {
      config: { access: 'concern.triage' },
      schema: {
        tags,
        summary: 'The DSL team’s inbox',
        querystring: z.object({
          status: z.enum(CONCERN_STATUSES).optional(),
          urgent: z.enum(['true', 'false']).optional(),
          reconsideration: z
            .enum(['open'], 'Not a filter')
            .optional()
            .describe('Only concerns with a request for reconsideration waiting for an answer'),
        }),
        response: {
          200: z.object({
            data: z.array(inboxItemSchema),
            counts: z.record(z.string(), z.number()),
            awaitingAnswer: z
              .number()
              .describe('Concerns with a request for reconsideration waiting for an answer'),
          }),
          ...errorResponses,
        },
      },
    },
    async (req) => {
      const { items, counts, awaitingAnswer } = await listInbox(deps, authOf(req).actor, {
        status: req.query.status,
        urgent: req.query.urgent === 'true',
        awaitingAnswer: req.query.reconsideration === 'open',
      });
      return { data: items, counts, awaitingAnswer };
    },
  );
  app.get(
    '/api/concerns/:id',
    {
      // The DSL team's, or whoever an alert about this concern reached: the use case decides.
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'One concern, for the DSL team or whoever was alerted about it',
        params: idParams,
        response: { 200: okWithActions(concernDetailSchema), ...errorResponses },
      },
    },
    async (req) => {
      const { actor } = authOf(req);
      const { via, ...data } = await getConcern(deps, actor, req.params.id);
      return {
        data,
        allowedActions: allowedActions(actor, {
          type: 'concern',
          schoolId: actor.schoolId,
          id: data.id,
          alertedToActor: via === 'alert',
        }),
      };
    },
  );
}
