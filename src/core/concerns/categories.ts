/**
 * The categories a school starts with: the abuse and neglect and the specific safeguarding issues
 * of Keeping children safe in education (2024 and 2025), in its wording ("child-on-child abuse",
 * "children absent from education"). Administrators can rename, hide and add to them: the list is
 * data. Each school gets its own copy when it first asks, so a change here reaches only schools
 * not yet seeded. Concerns point at a school's row, and code decides behaviour (FGM's reporting
 * duty): never change or remove a code, only add; a label may change.
 */
export const DEFAULT_CATEGORIES: { code: string; label: string; group: string | null }[] = [
  { code: 'physical', label: 'Physical abuse', group: 'Abuse and neglect' },
  { code: 'emotional', label: 'Emotional abuse', group: 'Abuse and neglect' },
  { code: 'sexual', label: 'Sexual abuse', group: 'Abuse and neglect' },
  { code: 'neglect', label: 'Neglect', group: 'Abuse and neglect' },
  { code: 'coc', label: 'Child-on-child abuse', group: 'Child-on-child abuse' },
  {
    code: 'coc_bullying',
    label: 'Bullying, including cyberbullying',
    group: 'Child-on-child abuse',
  },
  { code: 'coc_physical', label: 'Physical abuse by another child', group: 'Child-on-child abuse' },
  {
    code: 'coc_sexual',
    label: 'Sexual violence or sexual harassment',
    group: 'Child-on-child abuse',
  },
  { code: 'coc_nudes', label: 'Sharing nudes or semi-nudes', group: 'Child-on-child abuse' },
  { code: 'coc_initiation', label: 'Initiation or hazing', group: 'Child-on-child abuse' },
  { code: 'cse', label: 'Child sexual exploitation (CSE)', group: 'Exploitation' },
  { code: 'cce', label: 'Child criminal exploitation, county lines', group: 'Exploitation' },
  {
    code: 'modern_slavery',
    label: 'Modern slavery, including trafficking',
    group: 'Exploitation',
  },
  {
    code: 'hba',
    label: 'So-called ‘honour’-based abuse',
    group: 'So-called ‘honour’-based abuse',
  },
  {
    code: 'fgm',
    label: 'Female genital mutilation (FGM)',
    group: 'So-called ‘honour’-based abuse',
  },
  { code: 'forced_marriage', label: 'Forced marriage', group: 'So-called ‘honour’-based abuse' },
  { code: 'domestic_abuse', label: 'Domestic abuse', group: 'Specific issues' },
  { code: 'serious_violence', label: 'Serious violence', group: 'Specific issues' },
  { code: 'radicalisation', label: 'Radicalisation (Prevent)', group: 'Specific issues' },
  { code: 'online', label: 'Online safety', group: 'Specific issues' },
  { code: 'cybercrime', label: 'Cybercrime', group: 'Specific issues' },
  { code: 'cme', label: 'Children absent from education', group: 'Specific issues' },
  {
    code: 'family_in_prison',
    label: 'Children with family members in prison',
    group: 'Specific issues',
  },
  { code: 'private_fostering', label: 'Private fostering', group: 'Specific issues' },
  { code: 'homelessness', label: 'Homelessness', group: 'Specific issues' },
  { code: 'drugs_alcohol', label: 'Drugs or alcohol', group: 'Specific issues' },
  { code: 'mental_health', label: 'Mental health or self-harm', group: 'Wellbeing' },
  { code: 'other', label: 'Other', group: null },
];

export interface Category {
  id: string;
  code: string;
  label: string;
  group: string | null;
  active: boolean;
}

/**
 * A level of need. Decisions keep its code: a code never changes, and a level is retired, never
 * removed, so every decision can still name its level.
 */
export interface NeedLevel {
  id: string;
  code: string;
  label: string;
  description: string;
  position: number;
  active: boolean;
}

/** A school's levels-of-need model: its name and every level, retired ones too, in order. */
export interface NeedModel {
  model: string;
  levels: NeedLevel[];
}

/**
 * Levels of need: the Essex "Windscreen of Need" (D47), what each school starts with. Other areas
 * use other models, so each school gets its own copy on first use and edits it; a change here
 * reaches only schools not yet seeded.
 */
export const ESSEX_WINDSCREEN = {
  model: 'Essex Windscreen of Need',
  levels: [
    {
      code: 'universal',
      label: 'Universal',
      description: 'Needs met by universal services such as school and GP.',
    },
    {
      code: 'additional',
      label: 'Additional',
      description: 'Some extra help needed, often through early help.',
    },
    {
      code: 'intensive',
      label: 'Intensive',
      description: 'Complex needs requiring coordinated, targeted support.',
    },
    {
      code: 'specialist',
      label: 'Specialist',
      description: 'Acute needs: children’s social care, possibly at risk of significant harm.',
    },
  ],
} as const;
