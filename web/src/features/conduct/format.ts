import { formatDate, formatDateTimeShort, londonParts } from '../../lib/dates';

/** An instant as its day in the UK, e.g. "28 November 2026". */
export function ukDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return formatDate(londonParts(date).date);
}

/** "28 Nov 2026, 16:40" (UK time). */
export const ukDateTime = formatDateTimeShort;

/**
 * The code's plain text as paragraphs: a blank line starts a new one. Single line breaks stay
 * inside a paragraph (shown with white-space: pre-wrap). Never parsed as HTML.
 */
export function paragraphsOf(body: string): string[] {
  return body
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((p) => p.replace(/^\n+|\s+$/g, ''))
    .filter((p) => p.trim() !== '');
}

export const plural = (n: number, one: string, many: string) =>
  `${String(n)} ${n === 1 ? one : many}`;
