import { describe, expect, test } from 'vitest';
import { CtfError } from '../../../src/imports/ctf/errors.ts';
import { readCtf, readCtfAll } from '../../../src/imports/ctf/read.ts';
import { collect } from './helpers.ts';

const HEADER = '<Header><CTFversion>25.0</CTFversion></Header>';
const PUPIL =
  '<Pupil><UPN>K999200124001</UPN><Surname>Fictional</Surname><Forename>Zoë</Forename>' +
  '<DOB>2015-01-01</DOB><Sex>F</Sex><NCyearActual>3</NCyearActual></Pupil>';
const GOOD = `<CTfile>${HEADER}<CTFpupilData>${PUPIL}</CTFpupilData></CTfile>`;

async function refusal(source: Parameters<typeof readCtf>[0], opts?: { maxBytes?: number }) {
  const err = await collect(source, opts).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(CtfError);
  return err as CtfError;
}

/** 5 MB of junk as a stream of 64 KiB chunks, counting how many the reader pulled. */
function junkStream(first: string, fill: number) {
  const chunk = 64 * 1024;
  const stream = {
    pulled: 0,
    async *[Symbol.asyncIterator]() {
      for (let sent = 0; sent < 5 * 1024 * 1024; sent += chunk) {
        stream.pulled++;
        const bytes = Buffer.alloc(chunk, fill);
        if (sent === 0) bytes.write(first, 'latin1');
        yield bytes;
      }
    },
  };
  return stream;
}

describe('document-level problems throw CtfError', () => {
  test('a good file reads, so the cases below fail for the reason they say', async () => {
    const { pupils } = await readCtfAll(GOOD);
    expect(pupils).toHaveLength(1);
  });

  test.each([
    ['CSV', 'Forename,Surname\nZoe,Fictional\n', 'not_xml'],
    ['JSON', '{"pupils": []}', 'not_xml'],
    ['an empty file', '  \n', 'not_xml'],
    ['another XML document', '<?xml version="1.0"?>\n<Pupils><Pupil/></Pupils>', 'wrong_root'],
    ['a CTF without a header', '<CTfile><CTFpupilData/></CTfile>', 'no_header'],
    ['a truncated CTF', GOOD.slice(0, -20), 'malformed'],
    ['mismatched tags', GOOD.replace('</Surname>', '</Forename>'), 'malformed'],
  ])('%s', async (_what, text, code) => {
    expect((await refusal(text)).code).toBe(code);
  });

  test('malformed XML after good pupils still throws, with the line and column', async () => {
    const text = `<CTfile>${HEADER}<CTFpupilData>${PUPIL}\n<Pupil><UPN>1</Pupil></CTFpupilData></CTfile>`;
    const err = await refusal(text);
    expect(err.code).toBe('malformed');
    expect(err.message).toMatch(/^The file is not well-formed XML \(line 2, column \d+\)/);
  });

  test('a ZIP upload is named as one', async () => {
    const err = await refusal(Buffer.from('PK\x03\x04rest of a zip', 'latin1'));
    expect(err.message).toContain('ZIP');
  });

  // Encoding: Haven reads UTF-8 only. A file that declares another encoding is refused from its
  // declaration; one with no declaration but Latin-1 bytes is refused by the fatal UTF-8 decoder.
  test('a file declaring ISO-8859-1 is refused, naming the encoding', async () => {
    const latin1 = Buffer.from(
      `<?xml version="1.0" encoding="ISO-8859-1"?>${GOOD.replace('Zoë', 'Zo\xeb')}`,
      'latin1',
    );
    const err = await refusal(latin1);
    expect(err.code).toBe('encoding');
    expect(err.message).toContain('ISO-8859-1');
  });

  test('Latin-1 bytes with no declaration are refused as not UTF-8', async () => {
    const err = await refusal(Buffer.from(GOOD.replace('Zoë', 'Zo\xeb'), 'latin1'));
    expect(err.code).toBe('encoding');
    expect(err.message).toContain('not valid UTF-8');
  });

  test('UTF-16 is refused', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(GOOD, 'utf16le')]);
    expect((await refusal(utf16)).code).toBe('encoding');
  });

  test('a UTF-8 byte order mark is accepted', async () => {
    const { pupils } = await readCtfAll(
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(GOOD)]),
    );
    expect(pupils[0]?.input.legalFirstName).toBe('Zoë');
  });

  test('a file over the byte cap is refused', async () => {
    const err = await refusal(GOOD, { maxBytes: 100 });
    expect(err.code).toBe('too_large');
  });

  test.each([
    ['binary junk', '\x89PNG\r\n', 0xa7, 'not_xml'],
    ['text junk', 'lorem ipsum ', 0x61, 'not_xml'],
    ['"<" then letters', '<', 0x61, 'wrong_root'],
    ['a CTF root then bytes invalid in UTF-8', '<CTfile>', 0xff, 'encoding'],
  ])('5 MB of %s fails fast, reading only the first chunk', async (_what, first, fill, code) => {
    const junk = junkStream(first, fill);
    const start = performance.now();
    const err = await refusal(junk);
    expect(err.code).toBe(code);
    expect(junk.pulled).toBe(1);
    expect(performance.now() - start).toBeLessThan(1000);
  });
});
