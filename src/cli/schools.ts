import { Command } from 'commander';
import type { z } from 'zod';
import {
  createOrganisation,
  createSchool,
  organisationInputSchema,
  schoolInputSchema,
} from '../core/people/use-cases/installation.ts';
import { operatorActor } from './operator.ts';
import { withRuntime } from './with-runtime.ts';

function parse<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const r = schema.safeParse(input);
  if (!r.success)
    throw new Error(r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n'));
  return r.data;
}

/** Trusts and local authorities, and the schools they oversee. */
export function organisationCommands(): Command {
  const orgs = new Command('orgs').description(
    'Trusts and local authorities that oversee several schools',
  );
  orgs
    .command('add')
    .description('Add a trust or a local authority')
    .requiredOption('--kind <kind>', 'trust or local_authority')
    .requiredOption('--name <name>', 'its name')
    .action((opts: { kind: string; name: string }) =>
      withRuntime(async (rt) => {
        const org = await createOrganisation(
          rt.people,
          operatorActor(''),
          parse(organisationInputSchema, opts),
        );
        console.log(`Added ${org.name} (${org.kind}): ${org.id}`);
      }),
    );
  orgs
    .command('list')
    .description('List trusts and local authorities')
    .action(() =>
      withRuntime(async (rt) => {
        const list = await rt.store.transaction((r) => r.organisations.list());
        for (const o of list) console.log(`${o.id}  ${o.kind.padEnd(16)} ${o.name}`);
        console.log(`${list.length} organisation(s)`);
      }),
    );
  return orgs;
}

export function schoolCommands(): Command {
  const schools = new Command('schools').description('Schools on this installation');
  schools
    .command('add')
    .description(
      'Add another school (then add its first people with `haven users add --school ID`)',
    )
    .requiredOption('--name <name>', 'school name')
    .option('--urn <urn>', 'unique reference number (6 digits)')
    .option('--local-authority <name>', 'local authority area')
    .option('--org <id>', 'the trust or local authority that oversees it')
    .action((opts: { name: string; urn?: string; localAuthority?: string; org?: string }) =>
      withRuntime(async (rt) => {
        const input = parse(schoolInputSchema, { ...opts, organisationId: opts.org });
        const school = await createSchool(rt.people, operatorActor(''), input);
        console.log(`Added ${school.name}: ${school.id}`);
        console.log(
          `Next: npx haven users add --school ${school.id} --email … --name … --roles dsl,school_admin`,
        );
      }),
    );
  schools
    .command('list')
    .description('List schools')
    .action(() =>
      withRuntime(async (rt) => {
        const list = await rt.store.transaction((r) => r.schools.list());
        for (const s of list) console.log(`${s.id}  ${s.name}${s.urn ? ` (URN ${s.urn})` : ''}`);
        console.log(`${list.length} school(s)`);
      }),
    );
  return schools;
}
