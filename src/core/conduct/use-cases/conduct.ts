import { z } from 'zod';
import type { Actor } from '../../access/actor.ts';
import { requireAccess } from '../../access/require-access.ts';
import type { Clock } from '../../shared/clock.ts';
import { conflict, notFound } from '../../shared/app-error.ts';
import { newId } from '../../shared/ids.ts';
import type { Repos, Store } from '../../ports.ts';
import type { ConductVersionRow } from '../ports.ts';

interface Deps {
  store: Store;
  clock: Clock;
}

export const publishInputSchema = z.object({
  title: z.string().trim().min(1, 'Enter a title').max(200),
  body: z.string().trim().min(1, 'Enter the code of conduct').max(50_000),
});

export interface ConductVersionView {
  id: string;
  version: number;
  title: string;
  body: string;
  publishedAt: string;
  publishedBy: { id: string; fullName: string };
}

export interface MyConduct {
  current: ConductVersionView | null;
  /** When the signed-in person acknowledged the current version; null: they still must. */
  acknowledgedAt: string | null;
}

async function view(r: Repos, v: ConductVersionRow | null): Promise<ConductVersionView | null> {
  if (!v) return null;
  const names = await r.staff.namesOf(v.schoolId, [v.publishedBy]);
  const { schoolId: _school, publishedBy, ...rest } = v;
  return {
    ...rest,
    publishedBy: { id: publishedBy, fullName: names.get(publishedBy) ?? 'Unknown' },
  };
}

async function mine(r: Repos, actor: Actor): Promise<MyConduct> {
  const current = await r.conduct.current(actor.schoolId);
  const acks = current ? await r.conduct.acknowledgements(current.id) : new Map<string, string>();
  return { current: await view(r, current), acknowledgedAt: acks.get(actor.userId) ?? null };
}

const read = (deps: Deps, actor: Actor) =>
  requireAccess(deps, actor, 'conduct.read', { type: 'conduct', schoolId: actor.schoolId });

/** The current code of conduct and whether I have acknowledged it (D48). */
export async function myConduct(deps: Deps, actor: Actor): Promise<MyConduct> {
  await read(deps, actor);
  return deps.store.transaction((r) => mine(r, actor));
}

/**
 * Records that I have read the current version (D48). Acknowledging a version that has since been
 * replaced is refused, so nobody is recorded as agreeing to words they were not shown.
 */
export async function acknowledgeConduct(
  deps: Deps,
  actor: Actor,
  versionId: string,
): Promise<MyConduct> {
  await read(deps, actor);
  const now = deps.clock.now();
  return deps.store.transaction(async (r) => {
    const current = await r.conduct.current(actor.schoolId);
    if (!current) throw notFound('Code of conduct');
    if (current.id !== versionId)
      throw conflict('versionId', 'A newer version has been published: read it, then acknowledge');
    const acks = await r.conduct.acknowledgements(current.id);
    if (!acks.has(actor.userId)) {
      await r.conduct.acknowledge(actor.schoolId, current.id, actor.userId, now.toISOString());
      await r.audit.append(
        {
          type: 'conduct.acknowledged',
          actor,
          schoolId: actor.schoolId,
          subject: { type: 'conduct', id: current.id },
          summary: `Code of conduct version ${current.version} acknowledged`,
          details: { version: current.version },
        },
        now,
      );
    }
    return mine(r, actor);
  });
}

/** Publishes a new version; everyone must acknowledge it afresh. */
export async function publishConduct(
  deps: Deps,
  actor: Actor,
  input: z.infer<typeof publishInputSchema>,
): Promise<ConductVersionView> {
  await requireAccess(deps, actor, 'conduct.publish', {
    type: 'conduct',
    schoolId: actor.schoolId,
  });
  const now = deps.clock.now();
  return deps.store.transaction(async (r) => {
    const previous = await r.conduct.current(actor.schoolId);
    const row: ConductVersionRow = {
      id: newId(),
      schoolId: actor.schoolId,
      version: (previous?.version ?? 0) + 1,
      title: input.title,
      body: input.body,
      publishedAt: now.toISOString(),
      publishedBy: actor.userId,
    };
    await r.conduct.add(row);
    await r.audit.append(
      {
        type: 'conduct.published',
        actor,
        schoolId: actor.schoolId,
        subject: { type: 'conduct', id: row.id },
        summary: `Code of conduct version ${row.version} published`,
        details: { version: row.version },
      },
      now,
    );
    return (await view(r, row)) as ConductVersionView;
  });
}

export interface ConductReport {
  current: ConductVersionView | null;
  people: { id: string; fullName: string; roles: string[]; acknowledgedAt: string | null }[];
  acknowledged: number;
  outstanding: number;
}

/** Who has acknowledged the current version and who has not yet, those outstanding first. */
export async function conductReport(deps: Deps, actor: Actor): Promise<ConductReport> {
  await requireAccess(deps, actor, 'conduct.report', { type: 'conduct', schoolId: actor.schoolId });
  return deps.store.transaction(async (r) => {
    const current = await r.conduct.current(actor.schoolId);
    const acks = current ? await r.conduct.acknowledgements(current.id) : new Map<string, string>();
    const staff = await r.staff.list(actor.schoolId, { includeDisabled: false });
    const people = staff
      .map((s) => ({
        id: s.id,
        fullName: s.fullName,
        roles: [...s.roles],
        acknowledgedAt: acks.get(s.id) ?? null,
      }))
      .sort(
        (a, b) =>
          Number(a.acknowledgedAt !== null) - Number(b.acknowledgedAt !== null) ||
          a.fullName.localeCompare(b.fullName),
      );
    const acknowledged = people.filter((p) => p.acknowledgedAt).length;
    return {
      current: await view(r, current),
      people,
      acknowledged,
      outstanding: people.length - acknowledged,
    };
  });
}
