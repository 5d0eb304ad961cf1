import { z } from 'zod';

export const CONTACT_KINDS = [
  'emergency',
  'referral',
  'allegations',
  'whistleblowing',
  'advice',
] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];

export interface LocalContact {
  kind: ContactKind;
  label: string;
  phone: string;
  note: string;
}

/**
 * The numbers a school starts with: emergency services, the Essex Children and Families Hub, and
 * the public numbers in the policy (LADO, NSPCC). Each school edits them to its own area.
 */
export const DEFAULT_LOCAL_CONTACTS: LocalContact[] = [
  {
    kind: 'emergency',
    label: 'Police (a child in immediate danger)',
    phone: '999',
    note: 'Call at once if a child is in immediate danger.',
  },
  {
    kind: 'emergency',
    label: 'Children and Families Hub',
    phone: '0345 603 7627',
    note: 'Risk of immediate harm: refer by telephone.',
  },
  { kind: 'referral', label: 'Police (non-emergency)', phone: '101', note: '' },
  {
    kind: 'allegations',
    label: 'LADO (allegations against staff)',
    phone: '03330 139 797',
    note: 'Within one working day of an allegation.',
  },
  {
    kind: 'whistleblowing',
    label: 'NSPCC whistleblowing helpline',
    phone: '0800 028 0285',
    note: '8am to 8pm, Monday to Friday. help@nspcc.org.uk',
  },
  {
    kind: 'advice',
    label: 'NSPCC helpline',
    phone: '0808 800 5000',
    note: '24 hours. help@nspcc.org.uk',
  },
];

export const localContactsSchema = z
  .array(
    z.object({
      kind: z.enum(CONTACT_KINDS),
      label: z.string().trim().min(1, 'Name the contact').max(100),
      phone: z
        .string()
        .trim()
        .regex(/^[0-9 +()-]{3,20}$/, 'Enter a phone number'),
      note: z.string().trim().max(300).default(''),
    }),
  )
  .max(30)
  // D17: a child at risk of immediate harm is referred by telephone to children's social care;
  // without such a number the urgent panel would offer 999 alone.
  .refine((cs) => cs.some((c) => c.kind === 'emergency' && !/^\s*(999|112)\s*$/.test(c.phone)), {
    message:
      'Keep at least one number to ring besides 999 for a child at risk of immediate harm, such as your children’s social care front door',
  });
