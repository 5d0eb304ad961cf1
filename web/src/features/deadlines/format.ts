const LONDON = 'Europe/London';

const dueFormat = new Intl.DateTimeFormat('en-GB', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: LONDON,
});

/** An instant as UK time with the day of the week, e.g. "Mon 22 Dec 2025, 16:40". */
export function formatDue(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return dueFormat.format(date).replace(/^(\w+),/, '$1');
}

/** "1 overdue", "3 overdue"; "1 deadline", "2 deadlines". */
export function plural(n: number, one: string, many: string): string {
  return `${String(n)} ${n === 1 ? one : many}`;
}
