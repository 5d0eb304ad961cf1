import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { allowedActions } from '../../core/access/policy.ts';
import { staffInputSchema, staffPatchSchema, type StaffRecord } from '../../core/people/staff.ts';
import {
  createStaff,
  getStaff,
  listStaff,
  reissueInvite,
  resetStaffMfa,
  updateStaff,
} from '../../core/people/use-cases/staff.ts';
import type { Runtime } from '../../runtime.ts';
import { authOf } from '../auth-hook.ts';
import { errorResponses, ok, okWithActions, staffSchema } from '../schemas.ts';

const idParams = z.object({ id: z.uuid('Not a valid id') });

const present = ({ schoolId: _school, ...s }: StaffRecord) => s;

export function staffRoutes(base: FastifyInstance, rt: Runtime): void {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const tags = ['staff'];
  const resource = (schoolId: string, id?: string) => ({ type: 'staff' as const, schoolId, id });

  app.get(
    '/api/staff',
    {
      config: { access: 'staff.list' },
      schema: {
        tags,
        summary: 'List and search staff accounts',
        response: { 200: okWithActions(z.array(staffSchema)), ...errorResponses },
        querystring: z.object({
          q: z.string().max(100).optional(),
          includeDisabled: z.enum(['true', 'false']).optional(),
        }),
      },
    },
    async (req) => {
      const { actor } = authOf(req);
      const staff = await listStaff(rt.people, actor, {
        q: req.query.q,
        includeDisabled: req.query.includeDisabled === 'true',
      });
      return {
        data: staff.map(present),
        allowedActions: allowedActions(actor, resource(actor.schoolId)),
      };
    },
  );

  app.post(
    '/api/staff',
    {
      config: { access: 'staff.create' },
      schema: {
        tags,
        summary: 'Create a staff account and a one-time invite link',
        response: {
          201: ok(z.object({ staff: staffSchema, inviteLink: z.string(), emailed: z.boolean() })),
          ...errorResponses,
        },
        body: staffInputSchema,
      },
    },
    async (req, reply) => {
      const { staff, inviteLink, emailed } = await createStaff(
        rt.people,
        authOf(req).actor,
        req.body,
      );
      return reply.code(201).send({ data: { staff: present(staff), inviteLink, emailed } });
    },
  );

  app.get(
    '/api/staff/:id',
    {
      config: { access: 'staff.read' },
      schema: {
        tags,
        summary: 'One staff account',
        response: { 200: okWithActions(staffSchema), ...errorResponses },
        params: idParams,
      },
    },
    async (req) => {
      const { actor } = authOf(req);
      const staff = await getStaff(rt.people, actor, req.params.id);
      return {
        data: present(staff),
        allowedActions: allowedActions(actor, resource(actor.schoolId, staff.id)),
      };
    },
  );

  app.patch(
    '/api/staff/:id',
    {
      config: { access: 'staff.update' },
      schema: {
        tags,
        summary: 'Edit, disable or enable a staff account',
        response: { 200: ok(staffSchema), ...errorResponses },
        params: idParams,
        body: staffPatchSchema,
      },
    },
    async (req) => ({
      data: present(await updateStaff(rt.people, authOf(req).actor, req.params.id, req.body)),
    }),
  );

  app.post(
    '/api/staff/:id/reset-mfa',
    {
      config: { access: 'staff.resetMfa' },
      schema: {
        tags,
        summary: 'Clear two-step verification so the person sets it up again',
        response: { 200: ok(staffSchema), ...errorResponses },
        params: idParams,
      },
    },
    async (req) => ({
      data: present(await resetStaffMfa(rt.people, authOf(req).actor, req.params.id)),
    }),
  );

  app.post(
    '/api/staff/:id/invite',
    {
      config: { access: 'staff.update' },
      schema: {
        tags,
        summary: 'A new one-time link for setting a password',
        response: {
          200: ok(z.object({ inviteLink: z.string(), emailed: z.boolean() })),
          ...errorResponses,
        },
        params: idParams,
      },
    },
    async (req) => ({ data: await reissueInvite(rt.people, authOf(req).actor, req.params.id) }),
  );
}
