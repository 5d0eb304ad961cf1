import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { parseRosterCsv } from '../../core/people/roster-csv.ts';
import { contactGaps } from '../../core/people/use-cases/contact-gaps.ts';
import {
  listIdentityFlags,
  resolveIdentityFlag,
} from '../../core/people/use-cases/identity-flags.ts';
import { importPupils } from '../../core/people/use-cases/import-pupils.ts';
import { notFound } from '../../core/shared/app-error.ts';
import type { ImportJob } from '../../jobs/import-jobs.ts';
import type { Runtime } from '../../runtime.ts';
import { authOf } from '../auth-hook.ts';
import { errorResponses, ok } from '../schemas.ts';
import { csvBody, importSummarySchema, jobSchema, presentSummary } from '../schemas-imports.ts';

const presentJob = (j: ImportJob) => ({
  ...j,
  summary: j.summary ? presentSummary(j.summary) : null,
});

/** Pupil imports from the school's MIS (CSV), identity changes they flag, and contact gaps. */
export function importRoutes(base: FastifyInstance, rt: Runtime): void {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const tags = ['imports'];
  const deps = rt.people;
  const bodyLimit = 25 * 1024 * 1024;

  app.post(
    '/api/imports/pupils',
    {
      config: { access: 'pupil.import' },
      bodyLimit,
      schema: {
        tags,
        summary: 'Preview (dryRun) or import pupils and contacts from CSV; all or nothing',
        body: csvBody,
        response: { 200: ok(importSummarySchema), ...errorResponses },
      },
    },
    async (req) => {
      const parsed = parseRosterCsv(req.body.csv);
      const summary = await importPupils(
        deps,
        authOf(req).actor,
        { kind: 'csv', ...parsed },
        { dryRun: req.body.dryRun, allOrNothing: true },
      );
      return { data: presentSummary(summary) };
    },
  );
  app.post(
    '/api/imports/pupils/jobs',
    {
      config: { access: 'pupil.import' },
      bodyLimit,
      schema: {
        tags,
        summary: 'Start a CSV import in the background; follow it at /api/imports/jobs/:id',
        body: csvBody.omit({ dryRun: true }),
        response: { 202: ok(jobSchema), ...errorResponses },
      },
    },
    async (req, reply) => {
      const { actor } = authOf(req);
      const parsed = parseRosterCsv(req.body.csv);
      const job = rt.imports.start(actor.schoolId, actor.userId, (onProgress) =>
        importPupils(
          deps,
          actor,
          { kind: 'csv', ...parsed },
          {
            dryRun: false,
            allOrNothing: true,
            onProgress,
          },
        ),
      );
      return reply.code(202).send({ data: presentJob(job) });
    },
  );
  app.get(
    '/api/imports/jobs/:id',
    {
      config: { access: 'pupil.import' },
      schema: {
        tags,
        summary: 'How far an import has got, and its result',
        params: z.object({ id: z.uuid('Not a valid id') }),
        response: { 200: ok(jobSchema), ...errorResponses },
      },
    },
    async (req) => {
      const { actor } = authOf(req);
      const job = rt.imports.get(actor.schoolId, actor.userId, req.params.id);
      if (!job) throw notFound('Import');
      return { data: presentJob(job) };
    },
  );
  app.get(
    '/api/pupils/identity-flags',
    {
      config: { access: 'pupil.import' },
      schema: {
        tags,
        summary: 'Changes to a pupil’s date of birth or UPN that an import held back',
        response: {
          200: ok(
            z.array(
              z.object({
                id: z.string(),
                pupilId: z.string(),
                pupilName: z.string(),
                change: z.enum(['date_of_birth', 'upn']),
                currentValue: z.string().nullable(),
                incomingValue: z.string(),
                source: z.string(),
                createdAt: z.string(),
              }),
            ),
          ),
          ...errorResponses,
        },
      },
    },
    async (req) => ({ data: await listIdentityFlags(deps, authOf(req).actor) }),
  );
  app.post(
    '/api/pupils/identity-flags/:id',
    {
      config: { access: 'pupil.import' },
      schema: {
        tags,
        summary: 'Accept or dismiss a held-back identity change',
        params: z.object({ id: z.uuid('Not a valid id') }),
        body: z.object({
          resolution: z.enum(['accepted', 'dismissed'], 'Choose accept or dismiss'),
        }),
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (req, reply) => {
      await resolveIdentityFlag(deps, authOf(req).actor, req.params.id, req.body.resolution);
      return reply.code(204).send(null);
    },
  );
  app.get(
    '/api/pupils/contact-gaps',
    {
      config: { access: 'pupil.list' },
      schema: {
        tags,
        summary: 'Pupils with fewer than two emergency contact numbers (D11)',
        response: {
          200: z.object({
            data: z.array(
              z.object({
                id: z.string(),
                displayName: z.string(),
                yearGroup: z.string(),
                numbers: z.number(),
              }),
            ),
            count: z.number(),
          }),
          ...errorResponses,
        },
      },
    },
    async (req) => {
      const gaps = await contactGaps(deps, authOf(req).actor);
      return { data: gaps, count: gaps.length };
    },
  );
}
