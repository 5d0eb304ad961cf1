import type { Role } from '../core/access/roles.ts';
import type { PupilInput } from '../core/people/pupil.ts';
import { upnCheckLetter } from '../core/people/upn.ts';

/** Fictional people only. Phone numbers are from Ofcom's ranges reserved for drama. */
export const DEMO_SCHOOL = {
  name: 'Oakfield Primary School (demo)',
  urn: '999001',
  localAuthority: 'Essex (demo)',
};
export const DEMO_PASSWORD = 'oakfield demo passphrase';
export const DEMO_DOMAIN = 'oakfield.demo.invalid';

export const DEMO_STAFF: { fullName: string; email: string; jobTitle: string; roles: Role[] }[] = [
  {
    fullName: 'Dana Shah',
    email: 'dsl',
    jobTitle: 'Deputy headteacher and DSL',
    roles: ['dsl', 'deputy_head'],
  },
  {
    fullName: 'Owen Price',
    email: 'deputy.dsl',
    jobTitle: 'SENCo',
    roles: ['deputy_dsl', 'staff'],
  },
  { fullName: 'Helen Carter', email: 'head', jobTitle: 'Headteacher', roles: ['headteacher'] },
  { fullName: 'Tom Reed', email: 'teacher', jobTitle: 'Year 4 teacher', roles: ['staff'] },
  {
    fullName: 'Ruth Green',
    email: 'volunteer',
    jobTitle: 'Reading volunteer',
    roles: ['volunteer'],
  },
  {
    fullName: 'Sam Okafor',
    email: 'visitor',
    jobTitle: 'Visiting music teacher',
    roles: ['visitor'],
  },
  { fullName: 'Priya Nair', email: 'governor', jobTitle: 'Parent governor', roles: ['governor'] },
  {
    fullName: 'George Ellis',
    email: 'safeguarding.governor',
    jobTitle: 'Safeguarding governor',
    roles: ['governor', 'safeguarding_governor'],
  },
  {
    fullName: 'Alice Moore',
    email: 'deputy.safeguarding.governor',
    jobTitle: 'Deputy safeguarding governor',
    roles: ['governor', 'deputy_safeguarding_governor'],
  },
  {
    fullName: 'Martin Hale',
    email: 'chair',
    jobTitle: 'Chair of governors',
    roles: ['governor', 'chair_of_governors'],
  },
  {
    fullName: 'Jo Baker',
    email: 'admin',
    jobTitle: 'School business manager',
    roles: ['school_admin'],
  },
];

/** Fictional first and last names, shared with the benchmark's synthetic school. */
export const FIRST_NAMES = [
  'Amara',
  'Ben',
  'Chloe',
  'Dev',
  'Ella',
  'Finn',
  'Grace',
  'Harry',
  'Isla',
  'Jack',
  'Kai',
  'Lily',
  'Mia',
  'Noah',
  'Olivia',
  'Reuben',
  'Sofia',
  'Theo',
  'Zara',
  'Yusuf',
];
export const LAST_NAMES = [
  'Adams',
  'Bennett',
  'Clarke',
  'Dixon',
  'Evans',
  'Foster',
  'Gray',
  'Hughes',
  'Iqbal',
  'Jones',
  'Khan',
  'Lewis',
  'Mason',
  'Novak',
  'Owen',
];
const YEARS = ['R', '1', '2', '3', '4', '5', '6'] as const;

const upnFor = (i: number): string => {
  const body = `881${String(2000 + (i % 100)).padStart(4, '0')}24${String(i).padStart(3, '0')}`;
  return `${upnCheckLetter(body)}${body}`;
};

/** A small, varied roll: one pupil is 18 (D03), some have SEN or are looked after, one has one contact. */
export function demoPupils(today: Date): PupilInput[] {
  return Array.from({ length: 30 }, (_, i): PupilInput => {
    const year = YEARS[i % YEARS.length] as (typeof YEARS)[number];
    const age = year === 'R' ? 4 : 4 + Number(year);
    const dob = new Date(Date.UTC(today.getUTCFullYear() - age - 1, (i * 5) % 12, 1 + (i % 27)));
    const first = FIRST_NAMES[i % FIRST_NAMES.length] as string;
    const last = LAST_NAMES[(i * 7) % LAST_NAMES.length] as string;
    return {
      legalFirstName: first,
      legalLastName: last,
      preferredName: i % 9 === 0 ? `${first.slice(0, 3)}` : null,
      dateOfBirth: dob.toISOString().slice(0, 10),
      upn: upnFor(i + 1),
      sex: i % 2 === 0 ? 'F' : 'M',
      gender: null,
      yearGroup: year,
      senFlag: i % 6 === 0,
      lookedAfter: i % 11 === 0,
      emergencyContacts: [
        {
          name: `Parent of ${first}`,
          relationship: 'Parent',
          phones: [`07700 900${String(100 + i).padStart(3, '0')}`],
          priority: 1,
        },
        ...(i % 10 === 3
          ? []
          : [
              {
                name: `Grandparent of ${first}`,
                relationship: 'Grandparent',
                phones: [`01632 960${String(100 + i).padStart(3, '0')}`],
                priority: 2,
              },
            ]),
      ],
    };
  }).concat([
    {
      legalFirstName: 'Jordan',
      legalLastName: 'Whitfield',
      preferredName: null,
      dateOfBirth: new Date(Date.UTC(today.getUTCFullYear() - 18, 0, 2)).toISOString().slice(0, 10),
      upn: upnFor(99),
      sex: 'U',
      gender: null,
      yearGroup: '14',
      senFlag: true,
      lookedAfter: false,
      emergencyContacts: [
        {
          name: 'Casey Whitfield',
          relationship: 'Carer',
          phones: ['07700 900999', '01632 960999'],
          priority: 1,
        },
      ],
    },
  ]);
}
