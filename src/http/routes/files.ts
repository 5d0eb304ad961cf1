import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { FILE_ENTRY_KINDS } from '../../core/concerns/ports.ts';
import { allowedActions } from '../../core/access/policy.ts';
import {
  addFileNote,
  fileViewers,
  getFile,
  markEntry,
} from '../../core/concerns/use-cases/files.ts';
import {
  grantAccess,
  listGrants,
  listSharedWithMe,
  revokeGrant,
} from '../../core/concerns/use-cases/grants.ts';
import { renderChronologyPdf } from '../../reports/chronology-pdf.ts';
import type { Runtime } from '../../runtime.ts';
import { authOf } from '../auth-hook.ts';
import { errorResponses, ok, okWithActions } from '../schemas.ts';
import { fileSchema, grantSchema, sharedFileSchema, viewerSchema } from '../schemas-concerns.ts';

const pupilParams = z.object({ pupilId: z.uuid('Not a valid id') });
const dateTime = z.union([z.iso.datetime({ offset: true }), z.iso.date()], {
  message: 'Enter a real date',
});

/**
 * Child protection files. Access depends on a per-child grant, so these routes let any signed-in
 * person through and the use case asks the policy with the grant in hand; refusals are 404s.
 */
export function fileRoutes(base: FastifyInstance, rt: Runtime): void {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const tags = ['files'];
  const deps = rt.concerns;
  const cfg = { access: 'signed-in' as const };

  app.get(
    '/api/files/shared-with-me',
    {
      config: cfg,
      schema: {
        tags,
        summary:
          'Files you have been given access to, with why and until when (reading is audited)',
        response: { 200: ok(z.array(sharedFileSchema)), ...errorResponses },
      },
    },
    async (req) => ({ data: await listSharedWithMe(deps, authOf(req).actor) }),
  );
  app.get(
    '/api/files/:pupilId',
    {
      config: cfg,
      schema: {
        tags,
        summary: 'A child’s protection file: the chronology, newest first',
        params: pupilParams,
        querystring: z.object({
          kind: z.enum(FILE_ENTRY_KINDS).optional(),
          significant: z.enum(['true', 'false']).optional(),
        }),
        response: { 200: okWithActions(fileSchema), ...errorResponses },
      },
    },
    async (req) => {
      const { actor } = authOf(req);
      const data = await getFile(deps, actor, req.params.pupilId, {
        kind: req.query.kind,
        significant: req.query.significant === 'true',
      });
      // Reaching here means the actor may read; the team may also write and grant.
      const team = allowedActions(actor, { type: 'file', schoolId: actor.schoolId });
      return { data, allowedActions: team.length ? team : (['file.read'] as const).slice() };
    },
  );
  app.get(
    '/api/files/:pupilId/chronology.pdf',
    {
      config: cfg,
      schema: {
        tags,
        summary: 'The chronology as a PDF, marked confidential (reading it is audited)',
        params: pupilParams,
        response: { 200: z.any().describe('application/pdf'), ...errorResponses },
      },
    },
    async (req, reply) => {
      const { actor } = authOf(req);
      const file = await getFile(deps, actor, req.params.pupilId, { exported: true });
      const school = await rt.store.transaction((r) => r.schools.get(actor.schoolId));
      const pdf = await renderChronologyPdf({
        schoolName: school?.name ?? '',
        pupil: file.pupil,
        chronology: file.chronology,
        generatedBy: actor.fullName,
        generatedAt: rt.clock.now(),
      });
      return reply
        .type('application/pdf')
        .header('Content-Disposition', 'attachment; filename="chronology.pdf"')
        .send(pdf);
    },
  );
  app.post(
    '/api/files/:pupilId/notes',
    {
      config: cfg,
      schema: {
        tags,
        summary: 'Record a contact with parents or another agency',
        params: pupilParams,
        body: z.object({
          at: dateTime,
          text: z.string().trim().min(1, 'Enter the note').max(20_000),
          significant: z.boolean().default(false),
        }),
        response: { 201: ok(z.object({ id: z.string() })), ...errorResponses },
      },
    },
    async (req, reply) =>
      reply
        .code(201)
        .send({ data: await addFileNote(deps, authOf(req).actor, req.params.pupilId, req.body) }),
  );
  app.post(
    '/api/files/:pupilId/entries/:entryId/significant',
    {
      config: cfg,
      schema: {
        tags,
        summary: 'Mark or unmark an entry as significant',
        params: pupilParams.extend({ entryId: z.uuid('Not a valid id') }),
        body: z.object({ significant: z.boolean() }),
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (req, reply) => {
      await markEntry(
        deps,
        authOf(req).actor,
        req.params.pupilId,
        req.params.entryId,
        req.body.significant,
      );
      return reply.code(204).send(null);
    },
  );
  app.get(
    '/api/files/:pupilId/viewers',
    {
      config: cfg,
      schema: {
        tags,
        summary: 'Who viewed this file',
        params: pupilParams,
        response: { 200: ok(z.array(viewerSchema)), ...errorResponses },
      },
    },
    async (req) => ({ data: await fileViewers(deps, authOf(req).actor, req.params.pupilId) }),
  );
  app.get(
    '/api/files/:pupilId/grants',
    {
      config: cfg,
      schema: {
        tags,
        summary: 'Who has been given access to this file',
        params: pupilParams,
        response: { 200: ok(z.array(grantSchema)), ...errorResponses },
      },
    },
    async (req) => ({ data: await listGrants(deps, authOf(req).actor, req.params.pupilId) }),
  );
  app.post(
    '/api/files/:pupilId/grants',
    {
      config: cfg,
      schema: {
        tags,
        summary: 'Give a colleague access to this child’s file, with a reason and an expiry (D24)',
        params: pupilParams,
        body: z.object({
          granteeId: z.uuid('Choose a member of staff'),
          reason: z.string().trim().min(1, 'Say why they need to know').max(1000),
          expiresAt: dateTime,
        }),
        response: { 201: ok(z.object({ id: z.string() })), ...errorResponses },
      },
    },
    async (req, reply) =>
      reply
        .code(201)
        .send({ data: await grantAccess(deps, authOf(req).actor, req.params.pupilId, req.body) }),
  );
  app.post(
    '/api/files/:pupilId/grants/:grantId/revoke',
    {
      config: cfg,
      schema: {
        tags,
        summary: 'Withdraw a colleague’s access',
        params: pupilParams.extend({ grantId: z.uuid('Not a valid id') }),
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (req, reply) => {
      await revokeGrant(deps, authOf(req).actor, req.params.pupilId, req.params.grantId);
      return reply.code(204).send(null);
    },
  );
}
