import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { allowedActions } from '../../core/access/policy.ts';
import { concernInputSchema, CONCERN_STATUSES } from '../../core/concerns/concern.ts';
import {
  getConcern,
  INBOX_PAGE_MAX,
  INBOX_SEARCH_MAX,
  listInbox,
  parseInboxCursor,
} from '../../core/concerns/use-cases/inbox.ts';
import {
  addAddendum,
  listMyConcerns,
  MY_CONCERNS_SHOWN,
  requestReconsideration,
} from '../../core/concerns/use-cases/mine.ts';
import { searchPupilsForConcern } from '../../core/concerns/use-cases/pupil-search.ts';
import { recordConcern } from '../../core/concerns/use-cases/record-concern.ts';
import type { Actor } from '../../core/access/actor.ts';
import type { Runtime } from '../../runtime.ts';
import { authOf } from '../auth-hook.ts';
import { errorResponses, ok, okWithActions } from '../schemas.ts';
import {
  concernDetailSchema,
  inboxRowSchema,
  myConcernSchema,
  receiptSchema,
} from '../schemas-concerns.ts';

export const idParams = z.object({ id: z.uuid('Not a valid id') });
const longText = (label: string) => z.string().trim().min(1, `Enter ${label}`).max(20_000);

const inboxFilters = z.object({
  status: z.enum(CONCERN_STATUSES).optional(),
  urgent: z.enum(['true', 'false']).optional(),
  reconsideration: z
    .enum(['open'], 'Not a filter')
    .optional()
    .describe('Only concerns with a request for reconsideration waiting for an answer'),
  owner: z
    .union([z.enum(['me', 'none']), z.uuid()], 'Choose me, none or a member of staff')
    .optional()
    .describe('The case owner: me, a member of staff’s id, or none for unassigned'),
  before: z
    .string()
    .refine((v) => parseInboxCursor(v) !== null, 'Not a valid place in the inbox')
    .optional()
    .describe('The `nextBefore` of the page before'),
  limit: z.coerce.number().int().min(1).max(INBOX_PAGE_MAX).default(50),
});

const inboxPage = z.object({
  data: z.array(inboxRowSchema),
  nextBefore: z.string().nullable().describe('The next page’s `before`; null at the end'),
  counts: z.record(z.string(), z.number()).describe('The whole inbox’s, whatever the filters'),
  awaitingAnswer: z
    .number()
    .describe('Concerns with a request for reconsideration waiting for an answer'),
});

export function concernRoutes(base: FastifyInstance, rt: Runtime): void {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const tags = ['concerns'];
  const deps = rt.concerns;
  const inboxFor = async (
    actor: Actor,
    f: z.output<typeof inboxFilters> & { q?: string },
  ): Promise<z.output<typeof inboxPage>> => {
    const { items, nextBefore, counts, awaitingAnswer } = await listInbox(deps, actor, {
      status: f.status,
      urgent: f.urgent === 'true',
      awaitingAnswer: f.reconsideration === 'open',
      ownerId: f.owner === 'me' ? actor.userId : f.owner === 'none' ? null : f.owner,
      q: f.q,
      before: f.before,
      limit: f.limit,
    });
    return { data: items, nextBefore, counts, awaitingAnswer };
  };

  app.get(
    '/api/concerns/pupil-search',
    {
      config: { access: 'concern.create' },
      schema: {
        tags,
        summary: 'Find a child to record a concern about',
        querystring: z.object({ q: z.string().max(100).default('') }),
        response: {
          200: ok(
            z.array(
              z.object({
                id: z.string(),
                displayName: z.string(),
                yearGroup: z.string(),
                /** Only to those who may read pupil records. */
                senFlag: z.boolean().optional(),
              }),
            ),
          ),
          ...errorResponses,
        },
      },
    },
    async (req) => ({ data: await searchPupilsForConcern(deps, authOf(req).actor, req.query.q) }),
  );

  app.post(
    '/api/concerns',
    {
      config: { access: 'concern.create' },
      schema: {
        tags,
        summary: 'Record a concern: signed, sealed, and the DSL alerted at once',
        description:
          "Send an Idempotency-Key (a UUID; Haven's client uses the draft's id, and the draft is deleted with it): sending again under the same key answers the first receipt and records nothing twice.",
        headers: z.object({
          'idempotency-key': z.uuid('Send a UUID, or no Idempotency-Key at all').optional(),
        }),
        body: concernInputSchema,
        response: { 201: ok(receiptSchema), ...errorResponses },
      },
    },
    async (req, reply) =>
      reply.code(201).send({
        data: await recordConcern(deps, authOf(req).actor, req.body, {
          submissionKey: req.headers['idempotency-key'],
        }),
      }),
  );

  app.get(
    '/api/concerns/mine',
    {
      config: { access: 'concern.readOwn' },
      schema: {
        tags,
        summary: 'Concerns I raised and how far they have got, newest first',
        response: {
          200: z.object({
            data: z.array(myConcernSchema),
            more: z
              .boolean()
              .describe(
                `Older ones were left out: at most ${String(MY_CONCERNS_SHOWN)} are listed`,
              ),
          }),
          ...errorResponses,
        },
      },
    },
    async (req) => {
      const { items, more } = await listMyConcerns(deps, authOf(req).actor);
      return { data: items, more };
    },
  );
  app.post(
    '/api/concerns/:id/reconsider',
    {
      config: { access: 'concern.readOwn' },
      schema: {
        tags,
        summary: 'Ask the DSL to reconsider (D19); 409 while an earlier request waits',
        params: idParams,
        body: z.object({ reason: longText('your reason') }),
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (req, reply) => {
      await requestReconsideration(deps, authOf(req).actor, req.params.id, req.body.reason);
      return reply.code(204).send(null);
    },
  );
  app.post(
    '/api/concerns/:id/addenda',
    {
      config: { access: 'concern.readOwn' },
      schema: {
        tags,
        summary: 'Add later information or a correction',
        params: idParams,
        body: z.object({ text: longText('the information') }),
        response: { 201: ok(z.object({ id: z.string(), at: z.string() })), ...errorResponses },
      },
    },
    async (req, reply) =>
      reply
        .code(201)
        .send({ data: await addAddendum(deps, authOf(req).actor, req.params.id, req.body.text) }),
  );

  app.get(
    '/api/concerns',
    {
      config: { access: 'concern.triage' },
      schema: {
        tags,
        summary: 'The DSL team’s inbox: urgent first, then newest, a page at a time',
        querystring: inboxFilters.extend({
          // Refused rather than ignored, so a search sent here is not answered as the whole
          // inbox: it belongs in a body, out of the address.
          q: z
            .string()
            .max(0, 'Search with POST /api/concerns/search: the words stay out of the address')
            .optional(),
        }),
        response: { 200: inboxPage, ...errorResponses },
      },
    },
    async (req) => inboxFor(authOf(req).actor, req.query),
  );
  app.post(
    '/api/concerns/search',
    {
      config: { access: 'concern.triage' },
      schema: {
        tags,
        summary:
          'The DSL team’s inbox searched, with the same filters and paging. The words travel in the body, never in an address a proxy or browser history keeps: who is searched for is itself child protection information',
        body: inboxFilters.extend({
          q: z
            .string()
            .trim()
            .max(INBOX_SEARCH_MAX, `Search for ${String(INBOX_SEARCH_MAX)} characters or fewer`)
            .describe(
              'Every word must be in the reference, a linked child’s names or the recorder’s name (never the narrative); blank for no search',
            ),
        }),
        response: { 200: inboxPage, ...errorResponses },
      },
    },
    async (req) => inboxFor(authOf(req).actor, req.body),
  );
  app.get(
    '/api/concerns/:id',
    {
      // The DSL team's, or whoever an alert about this concern reached: the use case decides.
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'One concern, for the DSL team or whoever was alerted about it',
        params: idParams,
        response: { 200: okWithActions(concernDetailSchema), ...errorResponses },
      },
    },
    async (req) => {
      const { actor } = authOf(req);
      const { via, ...data } = await getConcern(deps, actor, req.params.id);
      return {
        data,
        allowedActions: allowedActions(actor, {
          type: 'concern',
          schoolId: actor.schoolId,
          id: data.id,
          alertedToActor: via === 'alert',
        }),
      };
    },
  );
}
