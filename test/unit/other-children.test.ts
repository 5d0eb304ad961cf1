import { expect, test } from 'vitest';
import { withoutOtherChildren } from '../../src/core/concerns/other-children.ts';

const millie = { legalFirstName: 'Amelia', preferredName: 'Millie', legalLastName: 'Fictional' };
const ravi = { legalFirstName: 'Ravi', preferredName: null, legalLastName: 'Example' };
const child = (
  legalFirstName: string,
  legalLastName: string,
  preferredName: string | null = null,
) => ({
  legalFirstName,
  legalLastName,
  preferredName,
});

test('[D08] the other child’s whole name goes in any case, across a line break', () => {
  expect(withoutOtherChildren('Monitor both; Ravi Example to be kept apart.', millie, [ravi])).toBe(
    'Monitor both; [another child] to be kept apart.',
  );
  expect(withoutOtherChildren('ravi example\nand RAVI\nEXAMPLE', millie, [ravi])).toBe(
    '[another child]\nand [another child]',
  );
});

test('[D08] a single name goes as a name is written, not as a word that happens to match', () => {
  expect(
    withoutOtherChildren('RAVI said sorry. Example: the Examples; Raviraj', millie, [ravi]),
  ).toBe('[another child] said sorry. [another child]: the Examples; Raviraj');
  const will = child('Will', 'May');
  expect(
    withoutOtherChildren('Mum may call; the DSL will phone. Will May was upset.', millie, [will]),
  ).toBe('Mum may call; the DSL will phone. [another child] was upset.');
  const short = child('Linh', 'Do');
  expect(
    withoutOtherChildren('Staff do not know. Do spoke to me; DO LINH too', millie, [short]),
  ).toBe('Staff do not know. [another child] spoke to me; [another child] too');
});

test('[D08] each word of a name field goes, and hyphens, spaces and apostrophes may differ', () => {
  const mary = child('Mary Jane', 'Lee-Smith');
  expect(
    withoutOtherChildren('Mary said Jane hit her; Mary-Jane Lee Smith left', millie, [mary]),
  ).toBe('[another child] said [another child] hit her; [another child] left');
  const sean = child('Sean', "O'Neil");
  expect(withoutOtherChildren('Sean O’Neil and O’Neil’s brother', millie, [sean])).toBe(
    '[another child] and [another child]’s brother',
  );
});

test('[D08] names written in decomposed Unicode are found too', () => {
  const jose = child('José', 'Núñez');
  expect(withoutOtherChildren('José Núñez'.normalize('NFD'), millie, [jose])).toBe(ANOTHER);
  expect(withoutOtherChildren('Zoë left', millie, [child('Zoë', 'Smith')])).toBe(`${ANOTHER} left`);
});

test('[D08] a name typed without its accents is the name: Stefan Cosic for Ştefan Ćosić, Lucja for Łucja', () => {
  const stefan = child('Ştefan', 'Ćosić');
  expect(withoutOtherChildren('Stefan Cosic pushed her; Cosic laughed', millie, [stefan])).toBe(
    `${ANOTHER} pushed her; ${ANOTHER} laughed`,
  );
  // Either Romanian S (cedilla or comma below), in capitals, or decomposed.
  expect(
    withoutOtherChildren('ŞTEFAN, Ștefan and Ste\u0301fan', millie, [child('Stefan', 'Cosic')]),
  ).toBe(`${ANOTHER}, ${ANOTHER} and ${ANOTHER}`);
  expect(
    withoutOtherChildren('Lucja cried; LUCJA NOWAK left', millie, [child('Łucja', 'Nowak')]),
  ).toBe(`${ANOTHER} cried; ${ANOTHER} left`);
});

test('[D08] letters with a stroke or a ligature are found as they are typed without it', () => {
  for (const [name, typed] of [
    ['Søren', 'Soren'],
    ['Đorđe', 'Dorde'],
    ['Strauß', 'Strauss'],
    ['Ærin', 'Aerin'],
  ] as const) {
    expect(withoutOtherChildren(`${typed} and ${name} left`, millie, [child(name, 'Khan')])).toBe(
      `${ANOTHER} and ${ANOTHER} left`,
    );
    // And the other way: recorded without, written with.
    expect(withoutOtherChildren(`${name} left`, millie, [child(typed, 'Khan')])).toBe(
      `${ANOTHER} left`,
    );
  }
});

test('[D08] what is taken out is the name as written, accents and all; the rest is left as written', () => {
  expect(
    withoutOtherChildren('Łucja’s café: Ştefan’s naïve remark', millie, [
      child('Lucja', 'Nowak'),
      child('Stefan', 'Cosic'),
    ]),
  ).toBe(`${ANOTHER}’s café: ${ANOTHER}’s naïve remark`);
  // A lower-case single word is still a word, with or without accents.
  expect(withoutOtherChildren('łucja stays', millie, [child('Łucja', 'Nowak')])).toBe(
    'łucja stays',
  );
});

test('[D08] this child’s own name, written without its accents, stays', () => {
  const self = child('Łucja', 'Nowak');
  expect(withoutOtherChildren('Lucja and Lucja Smith', self, [child('Lucja', 'Smith')])).toBe(
    `Lucja and ${ANOTHER}`,
  );
});

test('the child’s own names stay, even one a sibling shares', () => {
  const sister = child('Rosa', 'Fictional', 'Rosie');
  expect(
    withoutOtherChildren('Millie Fictional and Rosie Fictional were both upset.', millie, [sister]),
  ).toBe('Millie Fictional and [another child] were both upset.');
});

test('characters a pattern reads specially are taken literally; single letters are left', () => {
  const odd = child('J', 'Smith (Jnr)');
  expect(withoutOtherChildren('J Smith (Jnr) left; J stayed; Smith (Jnr) too', millie, [odd])).toBe(
    '[another child] left; J stayed; [another child] too',
  );
});

test('[D08] a single name goes whatever its capitals inside, as long as it starts with one', () => {
  expect(
    withoutOtherChildren('McDonald hit him; MacKenzie saw', millie, [child('Ian', 'MCDONALD')]),
  ).toBe('[another child] hit him; MacKenzie saw');
  expect(withoutOtherChildren('MacKenzie saw', millie, [child('Ann', 'Mackenzie')])).toBe(
    '[another child] saw',
  );
  // Recorded in lower case, "will" and "may" are still words, not names.
  expect(
    withoutOtherChildren('Mum may call; the DSL will phone. May cried.', millie, [
      child('will', 'may'),
    ]),
  ).toBe('Mum may call; the DSL will phone. [another child] cried.');
});

test('[D08] a name field of several words goes whole, in any case, even beside the child’s own names', () => {
  expect(withoutOtherChildren('van der Berg left', millie, [child('Ada', 'Van Der Berg')])).toBe(
    '[another child] left',
  );
  const marie = child('Marie', 'Jones');
  expect(withoutOtherChildren('Anne-Marie and Marie', marie, [child('Anne-Marie', 'Smith')])).toBe(
    '[another child] and Marie',
  );
});

test('[D08] another child’s name is never taken out of the middle of this child’s own', () => {
  const self = child('Sam', 'Lee-Jones');
  expect(
    withoutOtherChildren('Sam Lee-Jones spoke; Sam Lee did not', self, [child('Sam', 'Lee')]),
  ).toBe('Sam Lee-Jones spoke; [another child] did not');
  // Two children with the same name: the text cannot tell them apart, so it stays.
  expect(withoutOtherChildren('Sam Lee', child('Sam', 'Lee'), [child('Sam', 'Lee')])).toBe(
    'Sam Lee',
  );
});

test('[D08] characters that do not show are no hiding place, and paragraphs stay apart', () => {
  expect(withoutOtherChildren('Ra\u00ADvi and Ra\u200Bvi', millie, [ravi])).toBe(
    '[another child] and [another child]',
  );
  expect(
    withoutOtherChildren('I spoke to Ravi\n\nSita told me', millie, [ravi, child('Sita', 'Khan')]),
  ).toBe('I spoke to [another child]\n\n[another child] told me');
  expect(withoutOtherChildren('Ravi – Sita', millie, [ravi, child('Sita', 'Khan')])).toBe(
    '[another child] – [another child]',
  );
});

test('text with no other children is left as it is', () => {
  expect(withoutOtherChildren('Ravi Example', millie, [])).toBe('Ravi Example');
});

const ANOTHER = '[another child]';

test('a name of nothing but accents takes nothing out of the text', () => {
  const odd = { legalFirstName: '\u0308\u0308', legalLastName: 'Quist', preferredName: '\u0301' };
  const text = 'Héllo there, Bob. Quist was not there.';
  expect(withoutOtherChildren(text, millie, [odd])).toBe(
    'Héllo there, Bob. [another child] was not there.',
  );
});
