import type { Actor } from '../../access/actor.ts';
import { requireAccess } from '../../access/require-access.ts';
import type { Repos } from '../../ports.ts';
import { DEFAULT_PATTERN, DEFAULT_RETENTION } from '../case.ts';
import type { AllegationSettingsRow } from '../ports.ts';
import type { AllegationDeps } from './deps.ts';

export const DEFAULT_SETTINGS: AllegationSettingsRow = {
  ...DEFAULT_RETENTION,
  patternCount: DEFAULT_PATTERN.count,
  patternMonths: DEFAULT_PATTERN.months,
};

export const settingsOf = async (r: Repos, schoolId: string): Promise<AllegationSettingsRow> =>
  (await r.allegations.settings(schoolId)) ?? DEFAULT_SETTINGS;

const configure = (deps: AllegationDeps, actor: Actor) =>
  requireAccess(deps, actor, 'allegation.configure', {
    type: 'allegation',
    schoolId: actor.schoolId,
  });

/** The school's retention and pattern numbers (U07: pension age and minimum years are local). */
export async function getAllegationSettings(
  deps: AllegationDeps,
  actor: Actor,
): Promise<AllegationSettingsRow> {
  await configure(deps, actor);
  return deps.store.transaction((r) => settingsOf(r, actor.schoolId));
}

export async function saveAllegationSettings(
  deps: AllegationDeps,
  actor: Actor,
  input: AllegationSettingsRow,
): Promise<AllegationSettingsRow> {
  await configure(deps, actor);
  const now = deps.clock.now();
  return deps.store.transaction(async (r) => {
    const before = await settingsOf(r, actor.schoolId);
    await r.allegations.saveSettings(actor.schoolId, input);
    const changed = (Object.keys(input) as (keyof AllegationSettingsRow)[]).filter(
      (k) => input[k] !== before[k],
    );
    await r.audit.append(
      {
        type: 'allegation.settings_changed',
        actor,
        schoolId: actor.schoolId,
        subject: null,
        summary: 'Retention and pattern settings for concerns about adults changed',
        details: { changed },
      },
      now,
    );
    return input;
  });
}
