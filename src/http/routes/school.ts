import { z } from 'zod';
import { CONTACT_KINDS, localContactsSchema } from '../../core/concerns/contacts.ts';
import { replaceContacts, safeguardingContacts } from '../../core/concerns/use-cases/contacts.ts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { allowedActions } from '../../core/access/policy.ts';
import { schoolPatchSchema } from '../../core/people/school.ts';
import { getSchool, updateSchool } from '../../core/people/use-cases/school.ts';
import type { Runtime } from '../../runtime.ts';
import { authOf } from '../auth-hook.ts';
import { errorResponses, ok, okWithActions, schoolSchema, schoolViewSchema } from '../schemas.ts';

export function schoolRoutes(base: FastifyInstance, rt: Runtime): void {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const tags = ['school'];
  app.get(
    '/api/school',
    {
      config: { access: 'school.read' },
      schema: {
        tags,
        summary: 'The school, and who holds each safeguarding role (D01)',
        response: { 200: okWithActions(schoolViewSchema), ...errorResponses },
      },
    },
    async (req) => {
      const { actor } = authOf(req);
      return {
        data: await getSchool(rt.people, actor),
        allowedActions: allowedActions(actor, { type: 'school', schoolId: actor.schoolId }),
      };
    },
  );
  app.patch(
    '/api/school',
    {
      config: { access: 'school.update' },
      schema: {
        tags,
        summary: 'Edit the school’s details',
        response: { 200: ok(schoolSchema), ...errorResponses },
        body: schoolPatchSchema,
      },
    },
    async (req) => ({ data: await updateSchool(rt.people, authOf(req).actor, req.body) }),
  );
}

export function contactRoutes(base: FastifyInstance, rt: Runtime): void {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const tags = ['school'];
  const contact = z.object({
    kind: z.enum(CONTACT_KINDS),
    label: z.string(),
    phone: z.string(),
    note: z.string(),
  });
  const shape = ok(
    z.object({ team: z.record(z.string(), z.array(z.string())), contacts: z.array(contact) }),
  );
  app.get(
    '/api/school/contacts',
    {
      config: { access: 'school.read' },
      schema: {
        tags,
        summary: 'Who to tell and who to ring: the safeguarding team and local numbers (D04, D46)',
        response: { 200: shape, ...errorResponses },
      },
    },
    async (req) => ({ data: await safeguardingContacts(rt.concerns, authOf(req).actor) }),
  );
  app.put(
    '/api/school/contacts',
    {
      config: { access: 'school.update' },
      schema: {
        tags,
        summary: 'Replace the school’s local safeguarding numbers',
        body: z.object({ contacts: localContactsSchema }),
        response: { 200: ok(z.array(contact)), ...errorResponses },
      },
    },
    async (req) => ({
      data: await replaceContacts(rt.concerns, authOf(req).actor, req.body.contacts),
    }),
  );
}
