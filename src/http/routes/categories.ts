import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Runtime } from '../../runtime.ts';
import { authOf } from '../auth-hook.ts';
import { errorResponses, ok } from '../schemas.ts';
import { ESSEX_WINDSCREEN } from '../../core/concerns/categories.ts';
import {
  createCategory,
  listCategories,
  updateCategory,
} from '../../core/concerns/use-cases/categories.ts';
import { categorySchema } from '../schemas-concerns.ts';
import { idParams } from './concerns.ts';

/** Kinds of concern and levels of need: configuration an administrator edits (D07, D47). */
export function categoryRoutes(base: FastifyInstance, rt: Runtime): void {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const tags = ['concerns'];
  const deps = rt.concerns;
  app.get(
    '/api/categories',
    {
      config: { access: 'concern.create' },
      schema: {
        tags,
        summary: 'Kinds of concern (an administrator-editable list)',
        response: { 200: ok(z.array(categorySchema)), ...errorResponses },
      },
    },
    async (req) => ({ data: await listCategories(deps, authOf(req).actor) }),
  );
  app.post(
    '/api/categories',
    {
      config: { access: 'category.manage' },
      schema: {
        tags,
        summary: 'Add a category',
        body: z.object({
          label: z.string().trim().min(1, 'Enter a name').max(100),
          group: z
            .string()
            .trim()
            .max(100)
            .nullish()
            .transform((s) => s || null),
        }),
        response: { 201: ok(categorySchema), ...errorResponses },
      },
    },
    async (req, reply) =>
      reply.code(201).send({ data: await createCategory(deps, authOf(req).actor, req.body) }),
  );
  app.patch(
    '/api/categories/:id',
    {
      config: { access: 'category.manage' },
      schema: {
        tags,
        summary: 'Rename or hide a category',
        params: idParams,
        body: z
          .object({
            label: z.string().trim().min(1, 'Enter a name').max(100).optional(),
            active: z.boolean().optional(),
          })
          .refine((b) => b.label !== undefined || b.active !== undefined, {
            message: 'Change the name or whether the category is shown',
            path: ['label'],
          }),
        response: { 200: ok(categorySchema), ...errorResponses },
      },
    },
    async (req) => ({
      data: await updateCategory(deps, authOf(req).actor, req.params.id, req.body),
    }),
  );
  app.get(
    '/api/levels-of-need',
    {
      config: { access: 'signed-in' },
      schema: { tags, summary: 'The levels-of-need model (Essex Windscreen of Need by default)' },
    },
    async () => ({ data: ESSEX_WINDSCREEN }),
  );
}
