import { expect, test } from 'vitest';
import { withoutOtherChildren } from '../../src/core/concerns/other-children.ts';

const millie = { legalFirstName: 'Amelia', preferredName: 'Millie', legalLastName: 'Fictional' };
const ravi = { legalFirstName: 'Ravi', preferredName: null, legalLastName: 'Example' };

test('[D08] the other child’s names go from the text, whole words, in any case', () => {
  expect(withoutOtherChildren('Monitor both; Ravi Example to be kept apart.', millie, [ravi])).toBe(
    'Monitor both; [another child] to be kept apart.',
  );
  expect(withoutOtherChildren('RAVI said sorry. example: the Examples', millie, [ravi])).toBe(
    '[another child] said sorry. [another child]: the Examples',
  );
  expect(withoutOtherChildren('Ravi\nExample and Raviraj', millie, [ravi])).toBe(
    '[another child] and Raviraj',
  );
});

test('the child’s own names stay, even one a sibling shares', () => {
  const sister = { legalFirstName: 'Rosa', preferredName: 'Rosie', legalLastName: 'Fictional' };
  expect(
    withoutOtherChildren('Millie Fictional and Rosie Fictional were both upset.', millie, [sister]),
  ).toBe('Millie Fictional and [another child] were both upset.');
});

test('names with characters a pattern would read specially are taken literally', () => {
  const odd = { legalFirstName: 'Zoë', preferredName: 'Jo (J.)', legalLastName: "O'Neil-Smith" };
  expect(
    withoutOtherChildren("Zoë O'Neil-Smith, known as Jo (J.), left; Jo and Zoey stayed", millie, [
      odd,
    ]),
  ).toBe('[another child], known as [another child], left; Jo and Zoey stayed');
});

test('text with no other children is left as it is', () => {
  expect(withoutOtherChildren('Ravi Example', millie, [])).toBe('Ravi Example');
});
