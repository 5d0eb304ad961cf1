import { Command } from 'commander';
import { newId } from '../core/shared/ids.ts';
import type { Runtime } from '../runtime.ts';
import { DEMO_DOMAIN, DEMO_PASSWORD, DEMO_SCHOOL, DEMO_STAFF, demoPupils } from './demo-data.ts';
import { operatorActor } from './operator.ts';
import { withRuntime } from './with-runtime.ts';

/** Loads the fictional demo school, with an account for every role. Safe to run twice. */
export async function loadDemo(rt: Runtime): Promise<{ created: boolean; schoolId: string }> {
  const now = rt.clock.now();
  const passwordHash = await rt.auth.hasher.hash(DEMO_PASSWORD);
  return rt.store.transaction(async (r) => {
    const existing = await r.auth.byEmail(`dsl@${DEMO_DOMAIN}`);
    if (existing) return { created: false, schoolId: existing.user.schoolId };
    const school = await r.schools.create({ id: newId(), ...DEMO_SCHOOL }, now);
    const actor = operatorActor(school.id);
    await r.audit.append(
      {
        type: 'school.created',
        actor,
        schoolId: school.id,
        subject: { type: 'school', id: school.id },
        summary: `Demo school ${school.name} loaded`,
        details: {},
      },
      now,
    );
    for (const s of DEMO_STAFF) {
      const staff = await r.staff.create(
        school.id,
        newId(),
        { ...s, email: `${s.email}@${DEMO_DOMAIN}` },
        now,
      );
      await r.auth.setPassword(staff.id, passwordHash, now);
      await r.audit.append(
        {
          type: 'staff.created',
          actor,
          schoolId: school.id,
          subject: { type: 'staff', id: staff.id },
          summary: `Account created for ${staff.fullName}`,
          details: { roles: staff.roles },
        },
        now,
      );
    }
    for (const p of demoPupils(now)) {
      const pupil = await r.pupils.create(school.id, newId(), p, now);
      await r.audit.append(
        {
          type: 'pupil.created',
          actor,
          schoolId: school.id,
          subject: { type: 'pupil', id: pupil.id },
          summary: 'Demo pupil added',
          details: {},
        },
        now,
      );
    }
    return { created: true, schoolId: school.id };
  });
}

export function demoCommand(): Command {
  return new Command('demo')
    .description('Load a fictional demo school with a user for every role')
    .action(() =>
      withRuntime(async (rt) => {
        const { created } = await loadDemo(rt);
        console.log(
          created ? `Loaded ${DEMO_SCHOOL.name}.` : `${DEMO_SCHOOL.name} is already loaded.`,
        );
        console.log(
          `Start Haven with \`npm start\`, open ${rt.config.publicUrl}/sign-in and sign in as any of:`,
        );
        for (const s of DEMO_STAFF)
          console.log(`  ${`${s.email}@${DEMO_DOMAIN}`.padEnd(48)} ${s.roles.join(', ')}`);
        console.log(`Every demo password is: ${DEMO_PASSWORD}`);
        console.log(
          'DSLs, headteachers, administrators and the chair of governors set up an authenticator app at first sign-in.',
        );
      }),
    );
}
