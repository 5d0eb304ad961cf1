import { expect, test } from 'vitest';
import { searchWords } from '../../src/core/concerns/use-cases/inbox.ts';

test('a search is its words, lower-cased, each once; blank is no search', () => {
  expect(searchWords('  Amy   SMI amy ')).toEqual(['amy', 'smi']);
  expect(searchWords('   ')).toEqual([]);
  expect(searchWords(undefined)).toEqual([]);
});

test('a search of many words keeps the six longest, which say the most', () => {
  expect(searchWords('a b c d e f g h i j k Fielding Oscar')).toEqual([
    'fielding',
    'oscar',
    'a',
    'b',
    'c',
    'd',
  ]);
});
