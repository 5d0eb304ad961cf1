import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CIN_CATEGORY_OF_ABUSE } from '../../core/referrals/cin-codes.ts';
import {
  LAWFUL_BASES,
  MEETING_KINDS,
  meetingInputSchema,
  PARENT_REASONS,
  parentsInputSchema,
  sharingInputSchema,
} from '../../core/referrals/disclosure.ts';
import {
  CLOSURE_LABELS,
  closeInputSchema,
  METHODS,
  OUTCOMES,
  outcomeInputSchema,
  referralInputSchema,
  withdrawInputSchema,
} from '../../core/referrals/referral.ts';
import {
  listDisclosures,
  recordParents,
  recordSharing,
} from '../../core/referrals/use-cases/disclosures.ts';
import { activeAgencies } from '../../core/referrals/use-cases/agencies.ts';
import { listMeetings, recordMeeting } from '../../core/referrals/use-cases/meetings.ts';
import {
  createReferral,
  getReferral,
  listReferrals,
  stepReferral,
} from '../../core/referrals/use-cases/referrals.ts';
import {
  fgmReportSchema,
  ownReferralSchema,
  recordFgmReport,
  recordOwnReferral,
} from '../../core/referrals/use-cases/staff-referrals.ts';
import type { Runtime } from '../../runtime.ts';
import { authOf } from '../auth-hook.ts';
import { errorResponses, ok } from '../schemas.ts';
import {
  disclosureSchema,
  meetingSchema,
  referralOptionsSchema,
  referralSchema,
} from '../schemas-referrals.ts';
import { idParams } from './concerns.ts';

const options = (o: Record<string, string>) =>
  Object.entries(o).map(([code, label]) => ({ code, label }));
const links = z.object({ pupilId: z.uuid().optional(), concernId: z.uuid().optional() });
const made = { 201: ok(z.object({ id: z.string() })), ...errorResponses };

/** Referrals to other agencies (D13, D14, D17, D20), parents (D18), sharing (D37), meetings (D22). */
export function referralRoutes(base: FastifyInstance, rt: Runtime): void {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const tags = ['referrals'];
  const deps = rt.concerns;
  const dsl = { access: 'referral.manage' as const };
  const one = { 200: ok(referralSchema), ...errorResponses };

  app.get(
    '/api/referrals/options',
    {
      config: { access: 'referral.recordOwn' },
      schema: {
        tags,
        summary: 'The lists the referral forms choose from (CIN census codes where they exist)',
        response: { 200: ok(referralOptionsSchema), ...errorResponses },
      },
    },
    async (req) => ({
      data: {
        agencies: await activeAgencies(deps, authOf(req).actor),
        methods: options(METHODS),
        outcomes: options(OUTCOMES),
        abuseCategories: options(CIN_CATEGORY_OF_ABUSE),
        closureReasons: options(CLOSURE_LABELS),
        parentReasons: options(PARENT_REASONS),
        lawfulBases: options(LAWFUL_BASES),
        meetingKinds: options(MEETING_KINDS),
      },
    }),
  );

  app.get(
    '/api/referrals',
    {
      config: dsl,
      schema: {
        tags,
        summary: 'Referrals of a child or a concern, newest first',
        querystring: links,
        response: { 200: ok(z.array(referralSchema)), ...errorResponses },
      },
    },
    async (req) => ({ data: await listReferrals(deps, authOf(req).actor, req.query) }),
  );

  app.post(
    '/api/referrals',
    {
      config: dsl,
      schema: {
        tags,
        summary: 'Refer a child: made now (starts the follow-up clock), or saved as a draft',
        body: referralInputSchema,
        response: { 201: ok(referralSchema), ...errorResponses },
      },
    },
    async (req, reply) =>
      reply.code(201).send({ data: await createReferral(deps, authOf(req).actor, req.body) }),
  );

  app.post(
    '/api/referrals/self',
    {
      config: { access: 'referral.recordOwn' },
      schema: {
        tags,
        summary: 'Record a referral you made yourself because the DSL was not available (D20)',
        body: ownReferralSchema,
        response: made,
      },
    },
    async (req, reply) =>
      reply.code(201).send({ data: await recordOwnReferral(deps, authOf(req).actor, req.body) }),
  );

  app.post(
    '/api/referrals/fgm',
    {
      config: { access: 'referral.recordOwn' },
      schema: {
        tags,
        summary: 'Record that you reported a known case of FGM to the police yourself (D13)',
        body: fgmReportSchema,
        response: made,
      },
    },
    async (req, reply) =>
      reply.code(201).send({ data: await recordFgmReport(deps, authOf(req).actor, req.body) }),
  );

  app.get(
    '/api/referrals/:id',
    { config: dsl, schema: { tags, summary: 'One referral', params: idParams, response: one } },
    async (req) => ({ data: await getReferral(deps, authOf(req).actor, req.params.id) }),
  );

  const step = <B extends z.ZodType>(
    path: string,
    summary: string,
    body: B,
    toInput: (b: z.infer<B>) => Parameters<typeof stepReferral>[3],
  ) =>
    app.post(
      `/api/referrals/:id/${path}`,
      { config: dsl, schema: { tags, summary, params: idParams, body, response: one } },
      async (req) => ({
        data: await stepReferral(
          deps,
          authOf(req).actor,
          req.params.id,
          toInput(req.body as z.infer<B>),
        ),
      }),
    );
  const reference = z.string().trim().max(100).default('');
  step(
    'make',
    'The referral has been made (starts the follow-up clock)',
    z.object({
      madeAt: z.iso.datetime({ offset: true, message: 'Enter a date and time' }),
      agencyReference: reference,
    }),
    (b) => ({ event: 'make', ...b }),
  );
  step(
    'acknowledge',
    'The agency has acknowledged the referral',
    z.object({ agencyReference: reference }),
    (b) => ({ event: 'acknowledge', ...b }),
  );
  step(
    'outcome',
    'Record the agency’s outcome (meets the follow-up clock)',
    outcomeInputSchema,
    (b) => ({
      event: 'record_outcome',
      ...b,
    }),
  );
  step('close', 'Close the referral', closeInputSchema, (b) => ({ event: 'close', ...b }));
  step('withdraw', 'Withdraw the referral, with the reason', withdrawInputSchema, (b) => ({
    event: 'withdraw',
    ...b,
  }));

  app.get(
    '/api/disclosures',
    {
      config: dsl,
      schema: {
        tags,
        summary: 'Parents told (or not) and information shared, for a child or a concern',
        querystring: links,
        response: { 200: ok(z.array(disclosureSchema)), ...errorResponses },
      },
    },
    async (req) => ({ data: await listDisclosures(deps, authOf(req).actor, req.query) }),
  );
  app.post(
    '/api/disclosures/parents',
    {
      config: dsl,
      schema: {
        tags,
        summary: 'Record whether parents or carers were told, and if not, why (D18)',
        body: parentsInputSchema,
        response: { 201: ok(disclosureSchema), ...errorResponses },
      },
    },
    async (req, reply) =>
      reply.code(201).send({ data: await recordParents(deps, authOf(req).actor, req.body) }),
  );
  app.post(
    '/api/disclosures/sharing',
    {
      config: dsl,
      schema: {
        tags,
        summary: 'Record information shared: what, with whom, why, the lawful basis (D37)',
        body: sharingInputSchema,
        response: { 201: ok(disclosureSchema), ...errorResponses },
      },
    },
    async (req, reply) =>
      reply.code(201).send({ data: await recordSharing(deps, authOf(req).actor, req.body) }),
  );

  app.get(
    '/api/meetings',
    {
      config: dsl,
      schema: {
        tags,
        summary: 'A child’s child protection meetings, newest first',
        querystring: z.object({ pupilId: z.uuid('Choose a pupil') }),
        response: { 200: ok(z.array(meetingSchema)), ...errorResponses },
      },
    },
    async (req) => ({ data: await listMeetings(deps, authOf(req).actor, req.query.pupilId) }),
  );
  app.post(
    '/api/meetings',
    {
      config: dsl,
      schema: {
        tags,
        summary: 'Record a strategy discussion, conference or core group (starts statutory clocks)',
        body: meetingInputSchema,
        response: { 201: ok(meetingSchema), ...errorResponses },
      },
    },
    async (req, reply) =>
      reply.code(201).send({ data: await recordMeeting(deps, authOf(req).actor, req.body) }),
  );
}
