// Children in Need census code lists (DfE specification 2024, Open Government Licence v3.0), from
// ../shared/data/cin-census-codes.json. Haven uses them where it records the same things, so a
// school's figures line up with what local authorities return.

export const CIN_CATEGORY_OF_ABUSE = {
  NEG: 'Neglect',
  PHY: 'Physical abuse',
  SAB: 'Sexual abuse',
  EMO: 'Emotional abuse',
  MUL: 'Multiple/not recommended',
} as const;
export type CinCategoryOfAbuse = keyof typeof CIN_CATEGORY_OF_ABUSE;

/** A school referring is source 2A in the census. */
export const CIN_REFERRAL_SOURCE_SCHOOL = { code: '2A', label: 'Schools' } as const;

export const CIN_REASON_FOR_CLOSURE = {
  RC1: 'Adopted',
  RC2: 'Died',
  RC3: 'Child arrangements order',
  RC4: 'Special guardianship order',
  RC5: 'Transferred to services of another local authority',
  RC6: 'Transferred to adult social care services',
  RC7: 'Services ceased for any other reason, including child no longer in need',
  RC8: 'Case closed after assessment, no further action',
  RC9: 'Case closed after assessment, referred to early help',
} as const;
export type CinReasonForClosure = keyof typeof CIN_REASON_FOR_CLOSURE;
