import type { Actor } from '../core/access/actor.ts';
import type { Runtime } from '../runtime.ts';

/**
 * Whoever runs the CLI has the server's shell, so acts as the school's administrator; the audit
 * trail names them as the operator, not as a person in the school.
 */
export const operatorActor = (schoolId: string): Actor => ({
  userId: 'system:haven-cli',
  schoolId,
  fullName: `Haven CLI (${process.env.USER ?? 'operator'})`,
  roles: ['school_admin'],
  ip: null,
  requestId: null,
});

/** The school a command is about: the one given, or the only one there is. */
export async function pickSchool(rt: Runtime, given?: string): Promise<string> {
  if (given) return given;
  const schools = await rt.store.transaction((r) => r.schools.list());
  if (schools.length === 1 && schools[0]) return schools[0].id;
  if (schools.length === 0)
    throw new Error('No school is set up yet: run `haven setup` or `haven demo`.');
  throw new Error(
    `There are several schools; choose one with --school:\n${schools.map((s) => `  ${s.id}  ${s.name}`).join('\n')}`,
  );
}

export async function schoolOfEmail(
  rt: Runtime,
  email: string,
): Promise<{ schoolId: string; id: string }> {
  const creds = await rt.store.transaction((r) => r.auth.byEmail(email.trim().toLowerCase()));
  if (!creds) throw new Error(`No account has the email ${email}`);
  return { schoolId: creds.user.schoolId, id: creds.user.id };
}
