// Checks Haven's England and Wales bank holidays against gov.uk's published list.
//
//   curl -o bank-holidays.json https://www.gov.uk/bank-holidays.json   (on a machine with internet)
//   node --import tsx scripts/update-bank-holidays.ts bank-holidays.json
//
// Prints every disagreement, with the entry to add to src/core/calendar/bank-holiday-proclamations.ts
// for a newly proclaimed holiday, and exits 1 if there is any. Haven never fetches the list itself:
// it runs offline, and a change to bank holidays should arrive as a reviewed commit.
import { readFileSync } from 'node:fs';
import { diffBankHolidays, type PublishedBankHoliday } from '../src/core/calendar/index.ts';

function readEvents(file: string): PublishedBankHoliday[] {
  const json: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const events = (json as { 'england-and-wales'?: { events?: unknown } })['england-and-wales']
    ?.events;
  if (!Array.isArray(events)) {
    throw new Error(
      `${file} has no "england-and-wales".events list: is it gov.uk's bank-holidays.json?`,
    );
  }
  return events.map((e: { date?: unknown; title?: unknown }) => {
    if (typeof e.date !== 'string' || typeof e.title !== 'string') {
      throw new Error(`an event without a date and title: ${JSON.stringify(e)}`);
    }
    return { date: e.date, title: e.title };
  });
}

const file = process.argv[2];
if (!file) {
  console.error('usage: node --import tsx scripts/update-bank-holidays.ts bank-holidays.json');
  process.exit(2);
}
const events = readEvents(file);
const { missing, unexpected } = diffBankHolidays(events);
const years = events.map((e) => e.date.slice(0, 4)).sort();
console.log(`Compared ${events.length} published bank holidays, ${years[0]}–${years.at(-1)}.`);
for (const m of missing) {
  console.log(`gov.uk has ${m.date} ${m.title}; Haven does not. Add to PROCLAIMED_BANK_HOLIDAYS:`);
  console.log(
    `  { date: '${m.date}', name: ${JSON.stringify(m.title)}, source: 'gov.uk/bank-holidays' },`,
  );
}
for (const u of unexpected) {
  console.log(
    `Haven has ${u.date} ${u.name}; gov.uk does not. If it moved, give the new date's entry ` +
      `replaces: '${u.date}'.`,
  );
}
if (missing.length + unexpected.length > 0) process.exit(1);
console.log('Haven agrees with gov.uk.');
