import { z } from 'zod';
import type { Actor } from '../../access/actor.ts';
import { AppError } from '../../shared/app-error.ts';
import { newId } from '../../shared/ids.ts';
import { ORGANISATION_KINDS, type OrganisationRecord, type SchoolRecord } from '../school.ts';
import type { PeopleDeps } from './deps.ts';

/**
 * Installation-level changes: adding trusts, local authorities and schools. Only the operator of
 * the installation (the CLI) does these, so they take an operator actor and no policy action.
 */
export const organisationInputSchema = z.object({
  kind: z.enum(ORGANISATION_KINDS),
  name: z.string().trim().min(1, 'Enter the name').max(200),
});

export const schoolInputSchema = z.object({
  name: z.string().trim().min(1, 'Enter the school name').max(200),
  urn: z
    .string()
    .trim()
    .regex(/^\d{6}$/, 'A URN is 6 digits')
    .nullish()
    .transform((s) => s ?? null),
  localAuthority: z
    .string()
    .trim()
    .max(200)
    .nullish()
    .transform((s) => s ?? null),
  organisationId: z
    .string()
    .nullish()
    .transform((s) => s ?? null),
});

export async function createOrganisation(
  deps: PeopleDeps,
  operator: Actor,
  input: z.output<typeof organisationInputSchema>,
): Promise<OrganisationRecord> {
  const now = deps.clock.now();
  return deps.store.transaction(async (r) => {
    const org = await r.organisations.create({ id: newId(), ...input }, now);
    await r.audit.append(
      {
        type: 'organisation.created',
        actor: operator,
        schoolId: null,
        subject: { type: 'organisation', id: org.id },
        summary: `Organisation ${org.name} added`,
        details: { kind: org.kind },
      },
      now,
    );
    return org;
  });
}

export async function createSchool(
  deps: PeopleDeps,
  operator: Actor,
  input: z.output<typeof schoolInputSchema>,
): Promise<SchoolRecord> {
  const now = deps.clock.now();
  return deps.store.transaction(async (r) => {
    if (input.organisationId && !(await r.organisations.get(input.organisationId))) {
      throw new AppError('NOT_FOUND', 'No trust or local authority has that id', 'organisationId');
    }
    const school = await r.schools.create({ id: newId(), ...input }, now);
    await r.audit.append(
      {
        type: 'school.created',
        actor: operator,
        schoolId: school.id,
        subject: { type: 'school', id: school.id },
        summary: `School ${school.name} added`,
        details: {},
      },
      now,
    );
    return school;
  });
}
