import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { pupilsForTransfer } from '../../core/people/use-cases/export-pupils.ts';
import { importPupils } from '../../core/people/use-cases/import-pupils.ts';
import { writeCtf } from '../../imports/ctf/index.ts';
import { ctfRoster } from '../../imports/ctf-roster.ts';
import type { Runtime } from '../../runtime.ts';
import { authOf } from '../auth-hook.ts';
import { errorResponses, ok } from '../schemas.ts';
import { importSummarySchema, presentSummary } from '../schemas-imports.ts';

const XML_TYPES = ['application/xml', 'text/xml'];
const dfeNumber = z
  .string()
  .trim()
  .regex(/^\d{3}\s?\d{4}$/, 'Enter the 7-digit DfE number: the LA code then the establishment');
const split = (n: string) => {
  const digits = n.replace(/\s/g, '');
  return { lea: digits.slice(0, 3), estab: digits.slice(3) };
};

/**
 * DfE Common Transfer Files: a CTF from a previous school imports the pupils it can read (each
 * bad pupil is reported alone), and leavers are exported for their next school.
 */
export function ctfRoutes(base: FastifyInstance, rt: Runtime): void {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const tags = ['imports'];
  // The reader streams the body itself, with its own size cap.
  app.addContentTypeParser(XML_TYPES, (_req, payload, done) => done(null, payload));

  app.post(
    '/api/imports/ctf',
    {
      config: { access: 'pupil.import' },
      schema: {
        tags,
        summary: 'Preview (dryRun) or import a CTF (XML body): each bad pupil fails alone',
        consumes: XML_TYPES,
        querystring: z.object({ dryRun: z.enum(['true', 'false']).default('true') }),
        response: {
          200: ok(
            importSummarySchema.extend({
              from: z.object({
                lea: z.string().nullable(),
                estab: z.string().nullable(),
                urn: z.string().nullable(),
                name: z.string().nullable(),
              }),
              warnings: z.array(z.string()),
            }),
          ),
          ...errorResponses,
        },
      },
    },
    async (req) => {
      const ctf = await ctfRoster(req.body as AsyncIterable<Uint8Array>);
      const summary = await importPupils(rt.people, authOf(req).actor, ctf.source, {
        dryRun: req.query.dryRun === 'true',
        allOrNothing: false,
      });
      return {
        data: { ...presentSummary(summary), from: ctf.from, warnings: ctf.warnings.slice(0, 50) },
      };
    },
  );
  app.post(
    '/api/exports/ctf',
    {
      config: { access: 'pupil.import' },
      schema: {
        tags,
        summary: 'A CTF of these leavers for their next school (pupil data only)',
        body: z.object({
          pupilIds: z.array(z.uuid('Not a valid id')).min(1, 'Choose at least one pupil').max(2000),
          fromDfeNumber: dfeNumber,
          to: z.object({ dfeNumber, name: z.string().trim().max(200).default('') }),
        }),
        response: { 200: z.any().describe('application/xml'), ...errorResponses },
      },
    },
    async (req, reply) => {
      const pupils = await pupilsForTransfer(
        rt.people,
        authOf(req).actor,
        req.body.pupilIds,
        'ctf',
      );
      const school = await rt.store.transaction((r) => r.schools.get(authOf(req).actor.schoolId));
      const xml = writeCtf({
        dateTime: rt.clock.now(),
        source: {
          ...split(req.body.fromDfeNumber),
          urn: school?.urn ?? null,
          name: school?.name ?? null,
        },
        dest: { ...split(req.body.to.dfeNumber), name: req.body.to.name || null },
        // Haven's SEN flag cannot tell an EHC plan from SEN support: K is the safer claim.
        pupils: pupils.map((p) => ({ ...p, ...(p.senFlag ? { senProvision: 'K' as const } : {}) })),
      });
      const to = split(req.body.to.dfeNumber);
      return reply
        .type('application/xml; charset=utf-8')
        .header('Content-Disposition', `attachment; filename="CTF_${to.lea}${to.estab}.xml"`)
        .header('Cache-Control', 'no-store')
        .send(xml);
    },
  );
}
