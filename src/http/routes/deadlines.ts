import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  deadlineSummary,
  listDeadlines,
  waiveDeadline,
} from '../../core/deadlines/use-cases/dashboard.ts';
import { deadlineRules, setDeadlineSetting } from '../../core/deadlines/use-cases/settings.ts';
import { RULE_IDS } from '../../core/deadlines/rules.ts';
import type { Runtime } from '../../runtime.ts';
import { authOf } from '../auth-hook.ts';
import { errorResponses, ok } from '../schemas.ts';
import { deadlineSchema, ruleSettingSchema } from '../schemas-referrals.ts';
import { idParams } from './concerns.ts';

const scope = z.enum(['mine', 'school']).default('mine');

/** The statutory clocks: the dashboard, waiving one with a reason, and a school's own numbers. */
export function deadlineRoutes(base: FastifyInstance, rt: Runtime): void {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const tags = ['deadlines'];
  const deps = rt.concerns;

  app.get(
    '/api/deadlines',
    {
      config: { access: 'deadline.readOwn' },
      schema: {
        tags,
        summary: 'Deadlines, soonest first: mine, or the whole school (DSL team)',
        querystring: z.object({
          scope,
          state: z.enum(['watched', 'closed']).default('watched'),
          pupilId: z.uuid().optional(),
        }),
        response: { 200: ok(z.array(deadlineSchema)), ...errorResponses },
      },
    },
    async (req) => ({ data: await listDeadlines(deps, authOf(req).actor, req.query) }),
  );

  app.get(
    '/api/deadlines/summary',
    {
      config: { access: 'deadline.readOwn' },
      schema: {
        tags,
        summary: 'How many deadlines are open, and how many overdue',
        querystring: z.object({ scope }),
        response: {
          200: ok(z.object({ open: z.number(), overdue: z.number() })),
          ...errorResponses,
        },
      },
    },
    async (req) => ({ data: await deadlineSummary(deps, authOf(req).actor, req.query.scope) }),
  );

  app.post(
    '/api/deadlines/:id/waive',
    {
      config: { access: 'deadline.waive' },
      schema: {
        tags,
        summary: 'Stand a deadline down, with the reason on the record',
        params: idParams,
        body: z.object({
          reason: z.string().trim().min(1, 'Enter why this deadline no longer applies').max(2000),
        }),
        response: { 200: ok(deadlineSchema), ...errorResponses },
      },
    },
    async (req) => ({
      data: await waiveDeadline(deps, authOf(req).actor, req.params.id, req.body.reason),
    }),
  );

  app.get(
    '/api/deadline-rules',
    {
      config: { access: 'deadline.readAll' },
      schema: {
        tags,
        summary: 'The rules in force, with the numbers this school may change',
        response: { 200: ok(z.array(ruleSettingSchema)), ...errorResponses },
      },
    },
    async (req) => ({ data: await deadlineRules(deps, authOf(req).actor) }),
  );

  app.put(
    '/api/deadline-rules/:rule',
    {
      config: { access: 'deadline.configure' },
      schema: {
        tags,
        summary: 'Change a rule’s number (for deadlines set from now on)',
        params: z.object({ rule: z.enum(RULE_IDS, 'Not a rule') }),
        body: z.object({ value: z.number('Enter a number').int('Enter a whole number') }),
        response: { 200: ok(z.array(ruleSettingSchema)), ...errorResponses },
      },
    },
    async (req) => ({
      data: await setDeadlineSetting(deps, authOf(req).actor, req.params.rule, req.body.value),
    }),
  );
}
