import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  entryInputSchema,
  ladoInputSchema,
  memberInputSchema,
  outcomeInputSchema,
  raiseInputSchema,
  settingsInputSchema,
  thresholdInputSchema,
} from '../../core/allegations/inputs.ts';
import { listColleagues, raiseAllegation } from '../../core/allegations/use-cases/raise.ts';
import {
  caseActivity,
  exportAllegation,
  getAllegation,
  listAllegations,
  listPatterns,
} from '../../core/allegations/use-cases/read.ts';
import {
  getAllegationSettings,
  saveAllegationSettings,
} from '../../core/allegations/use-cases/settings.ts';
import {
  addCaseMember,
  addCaseRecord,
  decideThreshold,
  recordLadoContact,
  recordOutcome,
} from '../../core/allegations/use-cases/steps.ts';
import { renderCasePdf } from '../../reports/case-pdf.ts';
import type { Actor } from '../../core/access/actor.ts';
import type { CaseAnswer } from '../../core/allegations/use-cases/read.ts';
import type { Runtime } from '../../runtime.ts';
import { authOf } from '../auth-hook.ts';
import { errorResponses, ok } from '../schemas.ts';
import {
  activitySchema,
  caseAnswerSchema,
  patternSchema,
  receiptSchema,
  settingsSchema,
  summarySchema,
} from '../schemas-allegations.ts';

const params = z.object({ id: z.uuid('Not a valid id') });

/**
 * Concerns about adults (D41-D43). Whether someone may open a case depends on the case itself, so
 * these routes let any signed-in person through and the use case asks the policy; refusals are 404s.
 */
export function allegationRoutes(base: FastifyInstance, rt: Runtime): void {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const tags = ['allegations'];
  const deps = rt.allegations;
  const cfg = { access: 'signed-in' as const };

  app.get(
    '/api/allegations/people',
    {
      config: { access: 'allegation.raise' },
      schema: {
        tags,
        summary: 'Colleagues a concern about an adult can be about',
        response: {
          200: ok(z.array(z.object({ id: z.string(), fullName: z.string() }))),
          ...errorResponses,
        },
      },
    },
    async (req) => ({ data: await listColleagues(deps, authOf(req).actor) }),
  );
  app.post(
    '/api/allegations',
    {
      config: { access: 'allegation.raise' },
      schema: {
        tags,
        summary: 'Raise a concern about an adult: routed to the headteacher or the chair',
        body: raiseInputSchema,
        response: { 201: ok(receiptSchema), ...errorResponses },
      },
    },
    async (req, reply) =>
      reply.code(201).send({ data: await raiseAllegation(deps, authOf(req).actor, req.body) }),
  );
  app.get(
    '/api/allegations',
    {
      config: cfg,
      schema: {
        tags,
        summary: 'The cases I am on (case manager or added), open or closed',
        querystring: z.object({ view: z.enum(['open', 'closed']).default('open') }),
        response: { 200: ok(z.array(summarySchema)), ...errorResponses },
      },
    },
    async (req) => ({ data: await listAllegations(deps, authOf(req).actor, req.query.view) }),
  );
  app.get(
    '/api/allegations/patterns',
    {
      config: cfg,
      schema: {
        tags,
        summary: 'Repeated low-level concerns about the same adult, among my cases',
        response: { 200: ok(z.array(patternSchema)), ...errorResponses },
      },
    },
    async (req) => ({ data: await listPatterns(deps, authOf(req).actor) }),
  );
  app.get(
    '/api/allegations/settings',
    {
      config: { access: 'allegation.configure' },
      schema: {
        tags,
        summary: 'Retention and pattern settings',
        response: { 200: ok(settingsSchema), ...errorResponses },
      },
    },
    async (req) => ({ data: await getAllegationSettings(deps, authOf(req).actor) }),
  );
  app.put(
    '/api/allegations/settings',
    {
      config: { access: 'allegation.configure' },
      schema: {
        tags,
        summary: 'Change the retention and pattern settings',
        body: settingsInputSchema,
        response: { 200: ok(settingsSchema), ...errorResponses },
      },
    },
    async (req) => ({ data: await saveAllegationSettings(deps, authOf(req).actor, req.body) }),
  );
  app.get(
    '/api/allegations/:id',
    {
      config: cfg,
      schema: {
        tags,
        summary: 'One case, for its members (reading it is audited)',
        params,
        response: { 200: caseAnswerSchema, ...errorResponses },
      },
    },
    async (req) => getAllegation(deps, authOf(req).actor, req.params.id),
  );
  app.get(
    '/api/allegations/:id/activity',
    {
      config: cfg,
      schema: {
        tags,
        summary: 'Who has read or changed the case, and who was refused',
        params,
        response: { 200: ok(z.array(activitySchema)), ...errorResponses },
      },
    },
    async (req) => ({ data: await caseActivity(deps, authOf(req).actor, req.params.id) }),
  );
  app.get(
    '/api/allegations/:id/pdf',
    {
      config: cfg,
      schema: {
        tags,
        summary: 'The case and its chronology as a PDF for the LADO (audited)',
        params,
        response: { 200: z.any().describe('application/pdf'), ...errorResponses },
      },
    },
    async (req, reply) => {
      const { actor } = authOf(req);
      const { view, schoolName } = await exportAllegation(deps, actor, req.params.id);
      const pdf = await renderCasePdf({
        schoolName,
        view,
        generatedBy: actor.fullName,
        generatedAt: rt.clock.now(),
      });
      return reply
        .type('application/pdf')
        .header('Content-Disposition', `attachment; filename="${view.reference}.pdf"`)
        .header('Cache-Control', 'no-store')
        .send(pdf);
    },
  );

  /** The case-changing steps: each takes its own body and answers with the case. */
  function step<S extends z.ZodType>(
    path: string,
    summary: string,
    body: S,
    run: (d: typeof deps, actor: Actor, id: string, input: z.infer<S>) => Promise<CaseAnswer>,
  ) {
    app.post(
      `/api/allegations/:id/${path}`,
      {
        config: cfg,
        schema: {
          tags,
          summary,
          params,
          body,
          response: { 200: caseAnswerSchema, ...errorResponses },
        },
      },
      async (req) => run(deps, authOf(req).actor, req.params.id, req.body as z.infer<S>),
    );
  }
  step(
    'threshold',
    'Decide: an allegation or a low-level concern',
    thresholdInputSchema,
    decideThreshold,
  );
  step(
    'lado',
    'Record contact with the LADO (unlocks the investigation)',
    ladoInputSchema,
    recordLadoContact,
  );
  step('entries', 'Add a note or an investigation step', entryInputSchema, addCaseRecord);
  step('members', 'Add a colleague to the case, with a reason', memberInputSchema, addCaseMember);
  step('outcome', 'Record the outcome and its retention rule', outcomeInputSchema, recordOutcome);
}
