// No imports: a unit test loads this file beside the server's defaults to keep the two in step.

/** A number to ring, shaped as `GET /api/school/contacts` gives it (a `LocalContact`). */
export interface NumberToRing {
  kind: string;
  label: string;
  phone: string;
  note: string;
}

/**
 * The emergency numbers every school starts with: DEFAULT_LOCAL_CONTACTS in
 * src/core/concerns/contacts.ts, copied because the web client never imports the server.
 */
export const BUILT_IN_EMERGENCY: readonly NumberToRing[] = [
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
];

const digits = (phone: string) => phone.replace(/\D/g, '');

/**
 * The numbers to ring after 999. The panel always says 999 itself, whatever the school has
 * listed, because it is the right call anywhere in the UK; so 999 is not listed a second time.
 * Without the school's own numbers (still loading, or the request failed) the built-in ones stand
 * in, and `builtIn` says so, since they are Essex's and may be wrong for the school.
 */
export function numbersAfter999(school: readonly NumberToRing[] | undefined): {
  numbers: NumberToRing[];
  builtIn: boolean;
} {
  return {
    numbers: (school ?? BUILT_IN_EMERGENCY).filter(
      (c) => c.kind === 'emergency' && digits(c.phone) !== '999',
    ),
    builtIn: school === undefined,
  };
}
