import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  calendarEntriesSchema,
  getCalendar,
  importCalendar,
  replaceCalendar,
} from '../../core/calendar/use-cases/school-calendar.ts';
import type { Runtime } from '../../runtime.ts';
import { authOf } from '../auth-hook.ts';
import { errorResponses, ok } from '../schemas.ts';
import { calendarEntrySchema } from '../schemas-referrals.ts';

const entries = ok(z.object({ entries: z.array(calendarEntrySchema) }));

/** A school's terms, INSET and closure days: what "school day" means for it. */
export function calendarRoutes(base: FastifyInstance, rt: Runtime): void {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const tags = ['calendar'];
  const deps = rt.concerns;

  app.get(
    '/api/calendar',
    {
      config: { access: 'calendar.read' },
      schema: {
        tags,
        summary: 'The school calendar',
        response: { 200: entries, ...errorResponses },
      },
    },
    async (req) => ({ data: { entries: await getCalendar(deps, authOf(req).actor) } }),
  );
  app.put(
    '/api/calendar',
    {
      config: { access: 'calendar.manage' },
      schema: {
        tags,
        summary: 'Replace the school calendar',
        body: calendarEntriesSchema,
        response: { 200: entries, ...errorResponses },
      },
    },
    async (req) => ({
      data: { entries: await replaceCalendar(deps, authOf(req).actor, req.body) },
    }),
  );
  app.post(
    '/api/calendar/import',
    {
      config: { access: 'calendar.manage' },
      bodyLimit: 512 * 1024,
      schema: {
        tags,
        summary: 'Preview or import a calendar from CSV (kind,name,start,end); all or nothing',
        body: z.object({
          csv: z
            .string()
            .min(1, 'Choose a file')
            .max(256 * 1024, 'The file is too large'),
          dryRun: z.boolean().default(true),
        }),
        response: {
          200: ok(
            z.object({
              entries: z.array(calendarEntrySchema.partial({ id: true })),
              errors: z.array(
                z.object({
                  row: z.number().optional(),
                  field: z.string().optional(),
                  message: z.string(),
                }),
              ),
            }),
          ),
          ...errorResponses,
        },
      },
    },
    async (req) => {
      const result = await importCalendar(deps, authOf(req).actor, req.body.csv, req.body.dryRun);
      return { data: { entries: result.entries, errors: [...result.errors] } };
    },
  );
}
