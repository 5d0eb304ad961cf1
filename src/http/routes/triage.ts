import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { OUTCOMES } from '../../core/concerns/concern.ts';
import {
  addConcernAction,
  completeConcernAction,
  listMyActions,
} from '../../core/concerns/use-cases/actions.ts';
import {
  acknowledgeConcern,
  answerReconsideration,
  assignConcern,
  decideConcern,
  setConcernStatus,
} from '../../core/concerns/use-cases/triage.ts';
import { isIsoDate } from '../../core/shared/dates.ts';
import type { Runtime } from '../../runtime.ts';
import { authOf } from '../auth-hook.ts';
import { errorResponses, ok } from '../schemas.ts';
import { idParams } from './concerns.ts';

const done = { 204: z.null(), ...errorResponses };
const text = (label: string) => z.string().trim().min(1, `Enter ${label}`).max(20_000);

/** The DSL team's steps on a concern (D30): each answers 204, or 404 to anyone outside the team. */
export function triageRoutes(base: FastifyInstance, rt: Runtime): void {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const tags = ['triage'];
  const deps = rt.concerns;
  const cfg = { access: 'concern.triage' as const };

  app.post(
    '/api/concerns/:id/acknowledge',
    {
      // Whoever an alert about the concern reached may acknowledge it: the use case decides.
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Acknowledge (stops the urgent clock)',
        params: idParams,
        response: done,
      },
    },
    async (req, reply) => {
      await acknowledgeConcern(deps, authOf(req).actor, req.params.id);
      return reply.code(204).send(null);
    },
  );
  app.post(
    '/api/concerns/:id/assign',
    {
      config: cfg,
      schema: {
        tags,
        summary: 'Make a member of the DSL team the case owner',
        params: idParams,
        body: z.object({ ownerId: z.uuid('Choose a member of the DSL team') }),
        response: done,
      },
    },
    async (req, reply) => {
      await assignConcern(deps, authOf(req).actor, req.params.id, req.body.ownerId);
      return reply.code(204).send(null);
    },
  );
  app.post(
    '/api/concerns/:id/decision',
    {
      config: cfg,
      schema: {
        tags,
        summary: 'Record a decision, its level of need and rationale',
        params: idParams,
        body: z.object({
          outcome: z.enum(OUTCOMES),
          levelOfNeed: z.string().min(1, 'Choose a level of need'),
          rationale: text('the reason for the decision'),
        }),
        response: done,
      },
    },
    async (req, reply) => {
      await decideConcern(deps, authOf(req).actor, req.params.id, req.body);
      return reply.code(204).send(null);
    },
  );
  app.post(
    '/api/concerns/:id/actions',
    {
      config: cfg,
      schema: {
        tags,
        summary: 'Add an action with an owner and a due date; an owner other than you is told',
        params: idParams,
        body: z.object({
          description: text('what must be done'),
          ownerId: z.uuid('Choose who will do it'),
          dueOn: z.string().refine(isIsoDate, 'Enter a real due date'),
        }),
        response: done,
      },
    },
    async (req, reply) => {
      await addConcernAction(deps, authOf(req).actor, req.params.id, req.body);
      return reply.code(204).send(null);
    },
  );
  app.post(
    '/api/concerns/:id/actions/:actionId/done',
    {
      // The DSL team, or the action's own owner: the use case decides.
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary:
          'Mark an action done (the DSL team, or its owner); it is written on each child’s file',
        params: idParams.extend({ actionId: z.uuid('Not a valid id') }),
        response: done,
      },
    },
    async (req, reply) => {
      await completeConcernAction(deps, authOf(req).actor, req.params.id, req.params.actionId);
      return reply.code(204).send(null);
    },
  );
  app.get(
    '/api/actions/mine',
    {
      config: { access: 'concern.readOwn' },
      schema: {
        tags,
        summary: 'The actions you own and have not done yet, soonest due first (audited)',
        response: {
          200: ok(
            z.array(
              z.object({
                id: z.string(),
                concernId: z.string(),
                concernReference: z.string(),
                description: z.string(),
                dueOn: z.string(),
                setAt: z.string(),
              }),
            ),
          ),
          ...errorResponses,
        },
      },
    },
    async (req) => ({ data: await listMyActions(deps, authOf(req).actor) }),
  );
  app.post(
    '/api/concerns/:id/status',
    {
      config: cfg,
      schema: {
        tags,
        summary: 'Move to in progress, waiting or closed',
        params: idParams,
        body: z.object({ status: z.enum(['in_progress', 'waiting', 'closed']) }),
        response: done,
      },
    },
    async (req, reply) => {
      await setConcernStatus(deps, authOf(req).actor, req.params.id, req.body.status);
      return reply.code(204).send(null);
    },
  );
  app.post(
    '/api/concerns/:id/reconsideration-answer',
    {
      config: cfg,
      schema: {
        tags,
        summary: 'Answer a request for reconsideration, on the record (D19)',
        params: idParams,
        body: z.object({ answer: text('your answer') }),
        response: done,
      },
    },
    async (req, reply) => {
      await answerReconsideration(deps, authOf(req).actor, req.params.id, req.body.answer);
      return reply.code(204).send(null);
    },
  );
}
