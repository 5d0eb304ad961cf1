import { Command } from 'commander';
import { ROLES } from '../core/access/roles.ts';
import { staffInputSchema } from '../core/people/staff.ts';
import {
  createStaff,
  listStaff,
  resetStaffMfa,
  updateStaff,
} from '../core/people/use-cases/staff.ts';
import { operatorActor, pickSchool, schoolOfEmail } from './operator.ts';
import { withRuntime } from './with-runtime.ts';

export function userCommands(): Command {
  const users = new Command('users').description(
    'List, add, disable staff accounts, or reset their MFA',
  );

  users
    .command('list')
    .description('List the staff accounts of a school')
    .option('--school <id>', 'school id (needed when there are several)')
    .option('--all', 'include disabled accounts')
    .action((opts: { school?: string; all?: boolean }) =>
      withRuntime(async (rt) => {
        const schoolId = await pickSchool(rt, opts.school);
        const staff = await listStaff(rt.people, operatorActor(schoolId), {
          includeDisabled: opts.all === true,
        });
        for (const s of staff) {
          const flags = [s.disabled ? 'DISABLED' : '', s.mfaEnrolled ? 'mfa' : 'no-mfa']
            .filter(Boolean)
            .join(',');
          console.log(
            `${s.email.padEnd(40)} ${s.fullName.padEnd(28)} ${s.roles.join(',')} [${flags}]`,
          );
        }
        console.log(`${staff.length} account(s)`);
      }),
    );

  users
    .command('add')
    .description('Create an account and print its one-time invite link')
    .requiredOption('--email <email>', 'email address (used to sign in)')
    .requiredOption('--name <name>', 'full name')
    .requiredOption('--roles <roles>', `comma-separated roles: ${ROLES.join(', ')}`)
    .option('--job-title <title>', 'job title')
    .option('--school <id>', 'school id (needed when there are several)')
    .action(
      (opts: { email: string; name: string; roles: string; jobTitle?: string; school?: string }) =>
        withRuntime(async (rt) => {
          const parsed = staffInputSchema.safeParse({
            email: opts.email,
            fullName: opts.name,
            jobTitle: opts.jobTitle,
            roles: opts.roles.split(',').map((r) => r.trim()),
          });
          if (!parsed.success)
            throw new Error(
              parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n'),
            );
          const schoolId = await pickSchool(rt, opts.school);
          const { staff, inviteLink, emailed } = await createStaff(
            rt.people,
            operatorActor(schoolId),
            parsed.data,
          );
          console.log(`Created ${staff.fullName} <${staff.email}> (${staff.roles.join(', ')}).`);
          console.log(
            `Give them this link to set a password (works once, for 7 days):\n${inviteLink}`,
          );
          if (emailed) console.log(`The link has also been emailed to ${staff.email}.`);
        }),
    );

  users
    .command('disable <email>')
    .description('Disable an account and end its sessions at once')
    .action((email: string) =>
      withRuntime(async (rt) => {
        const { schoolId, id } = await schoolOfEmail(rt, email);
        await updateStaff(rt.people, operatorActor(schoolId), id, { disabled: true });
        console.log(`Disabled ${email}; their sessions have ended.`);
      }),
    );

  users
    .command('reset-mfa <email>')
    .description('Clear two-step verification so the person sets it up again at next sign-in')
    .action((email: string) =>
      withRuntime(async (rt) => {
        const { schoolId, id } = await schoolOfEmail(rt, email);
        await resetStaffMfa(rt.people, operatorActor(schoolId), id);
        console.log(`Two-step verification reset for ${email}.`);
      }),
    );
  return users;
}
