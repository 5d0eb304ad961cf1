import type { Actor } from '../access/actor.ts';
import { allowedEverywhere, type Action } from '../access/policy.ts';
import { requiresMfa } from '../access/roles.ts';
import type { StaffRecord } from '../people/staff.ts';
import type { Store } from '../ports.ts';
import type { SessionRecord } from './ports.ts';

/** What the client needs to draw its shell: who is signed in, how far, and what they may do. */
export async function whoAmI(
  deps: { store: Store },
  session: SessionRecord,
  user: StaffRecord,
  actor: Actor,
): Promise<{
  data: {
    stage: SessionRecord['stage'];
    user: Pick<
      StaffRecord,
      'id' | 'fullName' | 'email' | 'roles' | 'mfaEnrolled' | 'unavailableUntil'
    >;
    school: { id: string; name: string };
    mfaRequired: boolean;
    idleTimeoutSeconds: number;
  };
  allowedActions: Action[];
}> {
  // A read: it waits for no commit (ADR 0006).
  const school = await deps.store.read((r) => r.schools.get(user.schoolId));
  const { id, fullName, email, roles, mfaEnrolled, unavailableUntil } = user;
  return {
    data: {
      stage: session.stage,
      user: { id, fullName, email, roles, mfaEnrolled, unavailableUntil },
      school: { id: user.schoolId, name: school?.name ?? '' },
      mfaRequired: requiresMfa(user.roles),
      idleTimeoutSeconds: session.idleTimeoutSeconds,
    },
    allowedActions: session.stage === 'signed_in' ? allowedEverywhere(actor) : [],
  };
}
