import { Readable } from 'node:stream';
import { expect, test } from 'vitest';
import { nulPath } from '../../src/http/nul-guard.ts';

test('a NUL is found by its field path in what JSON parses to', () => {
  expect(nulPath({ a: [{ b: 'x' }, { c: 'y\u0000' }] })).toEqual(['a', '1', 'c']);
  expect(nulPath({ a: 'fine', b: [1, true, null] })).toBeNull();
  expect(nulPath('a\u0000')).toEqual([]);
});

test('a body that is a stream or bytes (an upload read later) is not walked', () => {
  // A CTF's body is the request stream itself: walking it reached the socket and the server.
  const stream = Readable.from(['<CTfile/>']);
  expect(nulPath(stream)).toBeNull();
  expect(nulPath(Buffer.from('a\u0000b'))).toBeNull();
  expect(nulPath({ upload: Buffer.from('a\u0000b') })).toBeNull();
});
