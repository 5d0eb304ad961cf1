import { expect, test } from 'vitest';
import { MISSING, printable } from '../../src/reports/pdf-fonts.ts';

test('text the fonts can draw is printed as written, composed first', () => {
  const names =
    'Łucja Wiśniewska, Ştefan Ćosić, Țară Șerban, Ğökhan İnce, Наталья, Γιώργος, Nguyễn';
  expect(printable(names)).toBe(names);
  expect(printable('S\u0327tefan')).toBe('Ştefan');
  expect(printable('First line\nsecond line')).toBe('First line\nsecond line');
});

test('each character the fonts lack is one mark, as the reader counts characters', () => {
  expect(printable('陈美 wrote')).toBe(`${MISSING}${MISSING} wrote`);
  // A thumb with a skin tone, and a family joined with zero-width joiners, are one character each.
  expect(printable('drew 👍🏽 and 👨‍👩‍👧 here')).toBe(`drew ${MISSING} and ${MISSING} here`);
  expect(printable('سارة')).toBe(MISSING.repeat(4));
});

test('invisible characters the fonts lack are dropped, and a tab becomes a space', () => {
  expect(printable('ok\uFE0F then')).toBe('ok then');
  expect(printable('Name:\tŁucja')).toBe('Name: Łucja');
});

test('a long account with one character the fonts lack loses only that character', () => {
  // Split into graphemes whole, 70,000 characters took 11 s; it is now split by runs of text.
  const text = `${'She said it hurt and she was scared. '.repeat(2000)}王 and then\tmore`;
  expect(printable(text)).toBe(text.replace('王', MISSING).replace('\t', ' '));
});
