const LONDON = 'Europe/London';

const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

const dateTimeFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hour12: false,
  timeZone: LONDON,
});

/** "2012-03-04" → "4 March 2012" (a calendar date, no time zone involved). */
export function formatDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!match) return isoDate;
  const [, y, m, d] = match;
  return dateFormat.format(new Date(Date.UTC(Number(y), Number(m) - 1, Number(d))));
}

/** An instant shown as UK time, e.g. "28 Nov 2025, 12:21:03". */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return dateTimeFormat.format(date);
}

/** Offset of UK time from UTC, in milliseconds, at the given instant. */
function londonOffsetMs(instant: Date): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: LONDON,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  );
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/** Midnight at the start of a UK calendar day ("YYYY-MM-DD"), as an ISO instant. */
export function londonStartOfDay(isoDate: string, addDays = 0): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return undefined;
  const [, y, m, d] = match;
  const utcMidnight = Date.UTC(Number(y), Number(m) - 1, Number(d) + addDays);
  const offset = londonOffsetMs(new Date(utcMidnight));
  return new Date(utcMidnight - offset).toISOString();
}

/** The last millisecond of a UK calendar day, as an ISO instant. */
export function londonEndOfDay(isoDate: string): string | undefined {
  const next = londonStartOfDay(isoDate, 1);
  return next === undefined ? undefined : new Date(new Date(next).getTime() - 1).toISOString();
}

/** Builds "YYYY-MM-DD" from day/month/year text, or undefined if it is not a real date. */
export function toIsoDate(day: string, month: string, year: string): string | undefined {
  if (
    !/^\d{1,2}$/.test(day.trim()) ||
    !/^\d{1,2}$/.test(month.trim()) ||
    !/^\d{4}$/.test(year.trim())
  )
    return undefined;
  const d = Number(day);
  const m = Number(month);
  const y = Number(year);
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
    return undefined;
  return `${String(y)}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Today's date in the UK as "YYYY-MM-DD". */
export function londonToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: LONDON }).format(new Date());
}

/** An instant as UK calendar date and clock time: { date: "YYYY-MM-DD", time: "HH:MM" }. */
export function londonParts(instant: Date = new Date()): { date: string; time: string } {
  const date = new Intl.DateTimeFormat('en-CA', { timeZone: LONDON }).format(instant);
  const time = new Intl.DateTimeFormat('en-GB', {
    timeZone: LONDON,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(instant);
  return { date, time };
}

/** A UK date ("YYYY-MM-DD") and clock time ("HH:MM") as an ISO instant, or undefined. */
export function londonInstant(isoDate: string, time: string): string | undefined {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  const t = /^(\d{1,2}):(\d{2})$/.exec(time.trim());
  if (!d || !t) return undefined;
  const [, y, m, day] = d;
  const [, hh, mm] = t;
  if (Number(hh) > 23 || Number(mm) > 59) return undefined;
  if (!toIsoDate(String(Number(day)), String(Number(m)), String(y))) return undefined;
  const asUtc = Date.UTC(Number(y), Number(m) - 1, Number(day), Number(hh), Number(mm));
  // The offset at the UTC reading is right except within an hour of a clock change.
  const first = asUtc - londonOffsetMs(new Date(asUtc));
  const second = asUtc - londonOffsetMs(new Date(first));
  return new Date(second).toISOString();
}

const shortDateTime = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
  timeZone: LONDON,
});

/** An instant as UK time without seconds, e.g. "28 Nov 2025, 12:21". */
export function formatDateTimeShort(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return shortDateTime.format(date);
}

/** The clock time of an instant in the UK, e.g. "12:21". */
export function formatTime(instant: Date): string {
  return londonParts(instant).time;
}

/** A calendar date ("YYYY-MM-DD") moved by whole days. */
export function addDays(isoDate: string, days: number): string {
  const [y = 0, m = 1, d = 1] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Day of the week of a calendar date: 0 is Sunday, 1 Monday … 6 Saturday. */
export function weekday(isoDate: string): number {
  const [y = 0, m = 1, d = 1] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}
