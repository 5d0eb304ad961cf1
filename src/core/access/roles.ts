/** Every role a member of a school can hold; one person may hold several. */
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
  dsl: 'Designated safeguarding lead',
  deputy_dsl: 'Deputy designated safeguarding lead',
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

export const isRole = (s: string): s is Role => (ROLES as readonly string[]).includes(s);

/**
 * Roles that can reach child protection records or allegations against staff (now or in later
 * capabilities), plus the administrator who controls who holds them. These cannot skip MFA.
 */
export const MFA_MANDATORY_ROLES: readonly Role[] = [
  'dsl',
  'deputy_dsl',
  'headteacher',
  'deputy_head',
  'chair_of_governors',
  'school_admin',
];

/** Privileged sessions idle out sooner: an unlocked DSL laptop is the likeliest leak. */
export const requiresMfa = (roles: readonly Role[]): boolean =>
  roles.some((r) => MFA_MANDATORY_ROLES.includes(r));

/** The roles D01 says every school must have someone in. */
export const REQUIRED_SAFEGUARDING_ROLES: readonly Role[] = [
  'dsl',
  'deputy_dsl',
  'safeguarding_governor',
  'deputy_safeguarding_governor',
];

/** Roles listed on the "who holds each safeguarding role" summary. */
export const SAFEGUARDING_ROLES: readonly Role[] = [
  'dsl',
  'deputy_dsl',
  'headteacher',
  'safeguarding_governor',
  'deputy_safeguarding_governor',
  'chair_of_governors',
];
