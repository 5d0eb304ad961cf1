import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Runtime } from '../../runtime.ts';
import { authOf } from '../auth-hook.ts';
import { errorResponses, ok } from '../schemas.ts';
import {
  createCategory,
  listCategories,
  updateCategory,
} from '../../core/concerns/use-cases/categories.ts';
import {
  addNeedLevel,
  listNeedLevels,
  renameNeedModel,
  reorderNeedLevels,
  updateNeedLevel,
} from '../../core/concerns/use-cases/need-levels.ts';
import { categorySchema, needLevelSchema, needModelSchema } from '../schemas-concerns.ts';
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
  needLevelRoutes(base, rt);
}

const levelLabel = z.string().trim().min(1, 'Enter a name').max(100);
const levelDescription = z
  .string()
  .trim()
  .max(500, 'Describe the level in 500 characters or fewer');

/** The school's levels-of-need model (D47): a level is renamed or retired, never removed. */
function needLevelRoutes(base: FastifyInstance, rt: Runtime): void {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const tags = ['concerns'];
  const deps = rt.concerns;
  app.get(
    '/api/levels-of-need',
    {
      config: { access: 'concern.create' },
      schema: {
        tags,
        summary: 'The school’s levels-of-need model (Essex Windscreen of Need to start with)',
        response: { 200: ok(needModelSchema), ...errorResponses },
      },
    },
    async (req) => ({ data: await listNeedLevels(deps, authOf(req).actor) }),
  );
  app.patch(
    '/api/levels-of-need',
    {
      config: { access: 'category.manage' },
      schema: {
        tags,
        summary: 'Rename the model (a school following another area’s)',
        body: z.object({ model: z.string().trim().min(1, 'Enter the name of the model').max(100) }),
        response: { 200: ok(needModelSchema), ...errorResponses },
      },
    },
    async (req) => ({
      data: await renameNeedModel(deps, authOf(req).actor, req.body.model),
    }),
  );
  app.post(
    '/api/levels-of-need',
    {
      config: { access: 'category.manage' },
      schema: {
        tags,
        summary: 'Add a level of need, after the others',
        body: z.object({ label: levelLabel, description: levelDescription.default('') }),
        response: { 201: ok(needLevelSchema), ...errorResponses },
      },
    },
    async (req, reply) =>
      reply.code(201).send({ data: await addNeedLevel(deps, authOf(req).actor, req.body) }),
  );
  app.put(
    '/api/levels-of-need/order',
    {
      config: { access: 'category.manage' },
      schema: {
        tags,
        summary: 'Put the levels in a new order (every level, retired ones too)',
        body: z.object({ ids: z.array(z.uuid('Not a valid id')).min(1).max(100) }),
        response: { 200: ok(needModelSchema), ...errorResponses },
      },
    },
    async (req) => ({ data: await reorderNeedLevels(deps, authOf(req).actor, req.body.ids) }),
  );
  app.patch(
    '/api/levels-of-need/:id',
    {
      config: { access: 'category.manage' },
      schema: {
        tags,
        summary: 'Rename, describe, retire or bring back a level (its code never changes)',
        params: idParams,
        body: z
          .object({
            label: levelLabel.optional(),
            description: levelDescription.optional(),
            active: z.boolean().optional(),
          })
          .refine((b) => Object.values(b).some((v) => v !== undefined), {
            message: 'Change the name, the description or whether the level is in use',
            path: ['label'],
          }),
        response: { 200: ok(needLevelSchema), ...errorResponses },
      },
    },
    async (req) => ({
      data: await updateNeedLevel(deps, authOf(req).actor, req.params.id, req.body),
    }),
  );
}
