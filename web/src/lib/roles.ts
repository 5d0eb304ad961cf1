export const ROLES = [
  'dsl',
  'deputy_dsl',
  'headteacher',
  'deputy_head',
  'staff',
  'volunteer',
  'visitor',
  'governor',
  'safeguarding_governor',
  'deputy_safeguarding_governor',
  'chair_of_governors',
  'school_admin',
] as const;

export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  dsl: 'Designated safeguarding lead (DSL)',
  deputy_dsl: 'Deputy DSL',
  headteacher: 'Headteacher',
  deputy_head: 'Deputy headteacher',
  staff: 'Teacher or other staff',
  volunteer: 'Volunteer',
  visitor: 'Visitor',
  governor: 'Governor',
  safeguarding_governor: 'Safeguarding governor',
  deputy_safeguarding_governor: 'Deputy safeguarding governor',
  chair_of_governors: 'Chair of governors',
  school_admin: 'School administrator',
};

export function roleLabel(role: string): string {
  return (ROLE_LABELS as Record<string, string | undefined>)[role] ?? role;
}

/** "A, B and C" */
export function joinWords(words: string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

export function rolesInWords(roles: readonly string[]): string {
  return joinWords(roles.map(roleLabel));
}

/** People who should be told to go straight to the DSL with a worry about a child. */
export function raisesConcernsWithDsl(roles: readonly string[]): boolean {
  if (roles.includes('dsl') || roles.includes('deputy_dsl')) return false;
  return roles.some((r) =>
    ['staff', 'volunteer', 'visitor', 'headteacher', 'deputy_head', 'school_admin'].includes(r),
  );
}

/** The DSL and deputies: they get the alerts, and can say when they are away (D05). */
export function isDslTeam(roles: readonly string[]): boolean {
  return roles.includes('dsl') || roles.includes('deputy_dsl');
}
