import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { allowedActions } from '../../core/access/policy.ts';
import {
  pupilInputSchema,
  pupilPatchSchema,
  YEAR_GROUPS,
  type PupilView,
} from '../../core/people/pupil.ts';
import {
  createPupil,
  getPupil,
  listPupils,
  updatePupil,
} from '../../core/people/use-cases/pupils.ts';
import type { Runtime } from '../../runtime.ts';
import { authOf } from '../auth-hook.ts';
import { errorResponses, ok, okWithActions, pupilSchema } from '../schemas.ts';

const idParams = z.object({ id: z.uuid('Not a valid id') });

const present = ({ schoolId: _school, ...p }: PupilView) => p;

export function pupilRoutes(base: FastifyInstance, rt: Runtime): void {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const tags = ['pupils'];
  const resource = (schoolId: string, id?: string) => ({ type: 'pupil' as const, schoolId, id });

  app.get(
    '/api/pupils',
    {
      config: { access: 'pupil.list' },
      schema: {
        tags,
        summary: 'List and search pupils',
        response: { 200: okWithActions(z.array(pupilSchema)), ...errorResponses },
        querystring: z.object({
          q: z.string().max(100).optional(),
          yearGroup: z.enum(YEAR_GROUPS).optional(),
        }),
      },
    },
    async (req) => {
      const { actor } = authOf(req);
      const pupils = await listPupils(rt.people, actor, req.query);
      return {
        data: pupils.map(present),
        allowedActions: allowedActions(actor, resource(actor.schoolId)),
      };
    },
  );

  app.post(
    '/api/pupils',
    {
      config: { access: 'pupil.create' },
      schema: {
        tags,
        summary: 'Add a pupil',
        response: { 201: ok(pupilSchema), ...errorResponses },
        body: pupilInputSchema,
      },
    },
    async (req, reply) =>
      reply
        .code(201)
        .send({ data: present(await createPupil(rt.people, authOf(req).actor, req.body)) }),
  );

  app.get(
    '/api/pupils/:id',
    {
      config: { access: 'pupil.read' },
      schema: {
        tags,
        summary: 'One pupil',
        response: { 200: okWithActions(pupilSchema), ...errorResponses },
        params: idParams,
      },
    },
    async (req) => {
      const { actor } = authOf(req);
      const pupil = await getPupil(rt.people, actor, req.params.id);
      return {
        data: present(pupil),
        allowedActions: allowedActions(actor, resource(actor.schoolId, pupil.id)),
      };
    },
  );

  app.patch(
    '/api/pupils/:id',
    {
      config: { access: 'pupil.update' },
      schema: {
        tags,
        summary: 'Edit a pupil',
        response: { 200: ok(pupilSchema), ...errorResponses },
        params: idParams,
        body: pupilPatchSchema,
      },
    },
    async (req) => ({
      data: present(await updatePupil(rt.people, authOf(req).actor, req.params.id, req.body)),
    }),
  );
}
