import type { Actor } from '../../access/actor.ts';
import { requireAccess } from '../../access/require-access.ts';
import type { ConcernDeps } from '../../concerns/use-cases/deps.ts';
import { invalid } from '../../shared/app-error.ts';
import { DEADLINE_RULES, RULE_IDS, type RuleId } from '../rules.ts';

export interface RuleSetting {
  rule: RuleId;
  label: string;
  source: string;
  clock: string;
  setting: { label: string; min: number; max: number; value: number } | null;
}

const clockText = (rule: (typeof DEADLINE_RULES)[RuleId], value?: number): string => {
  const c = rule.clock;
  if (c.kind === 'minutes') return `${value ?? c.minutes} minutes`;
  if (c.kind === 'working_days') return `${value ?? c.days} working days`;
  if (c.kind === 'months') return `${value ?? c.months} months`;
  return 'the end of the next working day';
};

const defaultValue = (c: (typeof DEADLINE_RULES)[RuleId]['clock']): number | undefined =>
  c.kind === 'minutes' ? c.minutes : c.kind === 'working_days' ? c.days : undefined;

/** The rules in force in this school, with the numbers a school may change. */
export async function deadlineRules(deps: ConcernDeps, actor: Actor): Promise<RuleSetting[]> {
  await requireAccess(deps, actor, 'deadline.readAll', {
    type: 'deadline',
    schoolId: actor.schoolId,
  });
  const settings = await deps.store.transaction((r) => r.deadlines.settings(actor.schoolId));
  // The installation may set its own default (HAVEN_URGENT_ACK_MINUTES); clocks open with it
  // unless the school has chosen a number, so that is what the school must be shown.
  const installed: Partial<Record<RuleId, number>> = { urgent_ack: deps.urgentAckMinutes };
  return RULE_IDS.map((id) => {
    const rule = DEADLINE_RULES[id];
    const value = settings[id] ?? installed[id] ?? defaultValue(rule.clock);
    return {
      rule: id,
      label: rule.label,
      source: rule.source,
      clock: clockText(rule, rule.setting ? value : undefined),
      setting: rule.setting && value !== undefined ? { ...rule.setting, value } : null,
    };
  });
}

/** Changes a rule's number for deadlines set from now on; those already set keep their time. */
export async function setDeadlineSetting(
  deps: ConcernDeps,
  actor: Actor,
  rule: RuleId,
  value: number,
): Promise<RuleSetting[]> {
  await requireAccess(deps, actor, 'deadline.configure', {
    type: 'deadline',
    schoolId: actor.schoolId,
  });
  const setting = DEADLINE_RULES[rule].setting;
  if (!setting) throw invalid('rule', 'This rule is set by law and cannot be changed');
  if (!Number.isInteger(value) || value < setting.min || value > setting.max)
    throw invalid('value', `Enter a whole number from ${setting.min} to ${setting.max}`);
  const now = deps.clock.now();
  await deps.store.transaction(async (r) => {
    await r.deadlines.setSetting(actor.schoolId, rule, value);
    await r.audit.append(
      {
        type: 'deadline.setting_changed',
        actor,
        schoolId: actor.schoolId,
        subject: null,
        summary: `${setting.label} set to ${value}`,
        details: { rule, value },
      },
      now,
    );
  });
  return deadlineRules(deps, actor);
}
