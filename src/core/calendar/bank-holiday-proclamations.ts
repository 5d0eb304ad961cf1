// One-off changes to England and Wales bank holidays, made by royal proclamation under the Banking
// and Financial Dealings Act 1971 s.1(3). The yearly pattern is computed in bank-holiday-rules.ts;
// only departures from it live here, each with where it was announced. When a new one is
// proclaimed, add it here (see docs/operations.md, "Bank holidays"); the oracle test and
// scripts/update-bank-holidays.ts catch a mistyped entry.

import type { IsoDate } from './day-number.ts';

/** A proclaimed bank holiday; `replaces` names the usual date it moved, if it moved one. */
export interface ProclaimedBankHoliday {
  readonly date: IsoDate;
  readonly name: string;
  readonly replaces?: IsoDate;
  readonly source: string;
}

export const PROCLAIMED_BANK_HOLIDAYS: readonly ProclaimedBankHoliday[] = [
  {
    date: '1995-05-08',
    name: 'Early May bank holiday (VE Day)',
    replaces: '1995-05-01',
    source: '50th anniversary of VE Day; royal proclamation',
  },
  {
    date: '1999-12-31',
    name: 'Millennium bank holiday',
    source: 'Millennium celebrations; royal proclamation',
  },
  {
    date: '2002-06-03',
    name: 'Golden Jubilee bank holiday',
    source: "Queen's Golden Jubilee; royal proclamation",
  },
  {
    date: '2002-06-04',
    name: 'Spring bank holiday',
    replaces: '2002-05-27',
    source: "moved for the Queen's Golden Jubilee; royal proclamation",
  },
  {
    date: '2011-04-29',
    name: 'Royal wedding',
    source: 'wedding of Prince William and Catherine Middleton; gov.uk/bank-holidays',
  },
  {
    date: '2012-06-04',
    name: 'Spring bank holiday',
    replaces: '2012-05-28',
    source: "moved for the Queen's Diamond Jubilee; gov.uk/bank-holidays",
  },
  {
    date: '2012-06-05',
    name: 'Queen’s Diamond Jubilee',
    source: 'gov.uk/bank-holidays',
  },
  {
    date: '2020-05-08',
    name: 'Early May bank holiday (VE day)',
    replaces: '2020-05-04',
    source: '75th anniversary of VE Day; gov.uk/bank-holidays',
  },
  {
    date: '2022-06-02',
    name: 'Spring bank holiday',
    replaces: '2022-05-30',
    source: "moved for the Queen's Platinum Jubilee; gov.uk/bank-holidays",
  },
  {
    date: '2022-06-03',
    name: 'Platinum Jubilee bank holiday',
    source: 'gov.uk/bank-holidays',
  },
  {
    date: '2022-09-19',
    name: 'Bank Holiday for the State Funeral of Queen Elizabeth II',
    source: 'gov.uk/bank-holidays',
  },
  {
    date: '2023-05-08',
    name: 'Bank holiday for the coronation of King Charles III',
    source: 'gov.uk/bank-holidays',
  },
];
