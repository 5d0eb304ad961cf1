import { upnCheckLetter } from '../../src/core/people/upn.ts';

/** Fictional pupils as a school's MIS would export them. */
/** A valid UPN for a school number and pupil serial (fictional LA 801). */
export const upnFor = (n: number) => {
  const body = `801200${String(n).padStart(6, '0')}`;
  return `${upnCheckLetter(body)}${body}`;
};

export const HEADER =
  'UPN,Forename,Surname,Preferred name,DOB,Gender,NC year,SEN,Looked after,Contact 1 name,Contact 1 relationship,Contact 1 phones,Contact 2 name,Contact 2 relationship,Contact 2 phones';

export const line = (
  n: number,
  over: Partial<Record<'dob' | 'year' | 'surname' | 'upn', string>> = {},
) =>
  [
    over.upn ?? upnFor(n),
    `Pupil${n}`,
    over.surname ?? 'Fictional',
    '',
    over.dob ?? '14/05/2016',
    n % 2 ? 'F' : 'M',
    over.year ?? '4',
    n % 5 ? 'N' : 'K',
    'N',
    'Pat Fictional',
    'Mother',
    '07700 900123',
    n % 3 ? 'Sam Fictional' : '',
    n % 3 ? 'Father' : '',
    n % 3 ? '01632 960123' : '',
  ].join(',');

export const csvOf = (lines: string[]) => [HEADER, ...lines].join('\r\n');
