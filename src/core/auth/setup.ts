import { z } from 'zod';
import { AppError } from '../shared/app-error.ts';
import { newId, newToken } from '../shared/ids.ts';
import { auditEvent } from '../audit/events.ts';
import { emailSchema } from '../people/staff.ts';
import { actorFor, type RequestMeta } from './meta.ts';
import { checkPassword } from './password-policy.ts';
import type { AuthDeps, SessionStage } from './ports.ts';
import { stageAfterPassword, startSession } from './start-session.ts';
import { hashToken } from './tokens.ts';

export const setupInputSchema = z.object({
  token: z.string().min(1, 'The setup link is incomplete'),
  schoolName: z.string().trim().min(1, 'Enter the school name').max(200),
  schoolUrn: z
    .string()
    .trim()
    .regex(/^(\d{6})?$/, 'A URN is 6 digits')
    .nullish()
    .transform((s) => (s ? s : null)),
  localAuthority: z
    .string()
    .trim()
    .max(200)
    .nullish()
    .transform((s) => (s ? s : null)),
  fullName: z.string().trim().min(1, 'Enter your full name').max(200),
  email: emailSchema,
  password: z.string(),
});
export type SetupInput = z.output<typeof setupInputSchema>;

export async function setupNeeded(deps: Pick<AuthDeps, 'store'>): Promise<boolean> {
  return deps.store.transaction(async (r) => (await r.schools.count()) === 0);
}

/** A one-time setup link token, only while no school exists. */
export async function issueSetupToken(
  deps: Pick<AuthDeps, 'store' | 'clock' | 'config'>,
): Promise<string | null> {
  const now = deps.clock.now();
  const token = newToken();
  const issued = await deps.store.transaction(async (r) => {
    if ((await r.schools.count()) > 0) return false;
    await r.tokens.create({
      hash: hashToken(token),
      purpose: 'setup',
      schoolId: null,
      userId: null,
      createdAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + deps.config.setupTokenSeconds * 1000).toISOString(),
    });
    return true;
  });
  return issued ? token : null;
}

/** Creates the first school and its first user (DSL and administrator), then signs them in. */
export async function completeSetup(
  deps: AuthDeps,
  input: SetupInput,
  meta: RequestMeta,
): Promise<{ token: string; stage: SessionStage }> {
  checkPassword(input.password, deps.commonPasswords, { ...input });
  const passwordHash = await deps.hasher.hash(input.password);
  const now = deps.clock.now();
  return deps.store.transaction(async (r) => {
    const used = await r.tokens.consume(hashToken(input.token), 'setup', now);
    if (!used || (await r.schools.count()) > 0) {
      throw new AppError(
        'INVALID_TOKEN',
        'This setup link has expired or has already been used',
        'token',
      );
    }
    const school = await r.schools.create(
      {
        id: newId(),
        name: input.schoolName,
        urn: input.schoolUrn,
        localAuthority: input.localAuthority,
      },
      now,
    );
    const user = await r.staff.create(
      school.id,
      newId(),
      {
        fullName: input.fullName,
        email: input.email,
        jobTitle: null,
        roles: ['dsl', 'school_admin'],
      },
      now,
    );
    await r.auth.setPassword(user.id, passwordHash, now);
    const actor = actorFor(user, meta);
    await r.audit.append(
      auditEvent({
        type: 'school.created',
        actor,
        schoolId: school.id,
        subject: { type: 'school', id: school.id },
        summary: `School ${school.name} set up`,
        details: {},
      }),
      now,
    );
    await r.audit.append(
      auditEvent({
        type: 'staff.created',
        actor,
        schoolId: school.id,
        subject: { type: 'staff', id: user.id },
        summary: `Account created for ${user.fullName}`,
        details: { roles: user.roles },
      }),
      now,
    );
    const stage = stageAfterPassword(user);
    return { token: await startSession(r, user, stage, deps.config, meta, now), stage };
  });
}
