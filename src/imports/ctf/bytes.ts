import { TextDecoder } from 'node:util';
import { CtfError, wrongRoot } from './errors.ts';

/** What the reader accepts: a Node Readable, any async iterable of chunks, or bytes in hand. */
export type CtfSource = AsyncIterable<Uint8Array | string> | Uint8Array | string;

/** Enough bytes to see a BOM and the whole XML declaration, however it is spaced. */
const SNIFF_BYTES = 1024;
/** Bytes in hand are cut into chunks of this size so they take the same path as a stream. */
const CHUNK_BYTES = 64 * 1024;

async function* chunksOf(source: CtfSource): AsyncGenerator<Uint8Array> {
  if (typeof source === 'string' || source instanceof Uint8Array) {
    const bytes = typeof source === 'string' ? Buffer.from(source, 'utf8') : source;
    for (let at = 0; at < bytes.byteLength; at += CHUNK_BYTES)
      yield bytes.subarray(at, at + CHUNK_BYTES);
    return;
  }
  for await (const chunk of source) {
    // Strings are already decoded text; they are encoded back so that one path checks everything.
    yield typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
  }
}

const isSpace = (b: number | undefined) => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d;

/** A hint for the formats people most often upload by mistake; never echoes the content. */
function notXmlHint(head: Uint8Array, at: number): string {
  const magic = Buffer.from(head.subarray(at, at + 4)).toString('latin1');
  if (magic.startsWith('PK'))
    return ' It looks like a ZIP file: unzip it and upload the .xml inside.';
  if (magic === '%PDF') return ' It looks like a PDF.';
  return '';
}

/**
 * Refuses, from the first bytes alone, what cannot be a UTF-8 CTF: no junk is read past them.
 * UTF-16 is refused rather than decoded because DfE CTFs are UTF-8 and nothing here tests others.
 */
export function sniffHead(head: Uint8Array): void {
  if ((head[0] === 0xfe && head[1] === 0xff) || (head[0] === 0xff && head[1] === 0xfe))
    throw new CtfError('encoding', 'The file is UTF-16: save it as UTF-8 and upload it again.');
  let at = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  while (isSpace(head[at])) at++;
  if (at >= head.byteLength) throw new CtfError('not_xml', 'The file is empty.');
  if (head[at] === 0x00)
    throw new CtfError('encoding', 'The file is not UTF-8 (it looks like UTF-16 or UTF-32).');
  if (head[at] !== 0x3c)
    throw new CtfError(
      'not_xml',
      `This file is not XML, so it cannot be a Common Transfer File.${notXmlHint(head, at)}`,
    );
  const start = Buffer.from(head.subarray(at, at + SNIFF_BYTES * 4)).toString('latin1');
  checkDeclaredEncoding(start);
  checkRoot(start);
}

function checkDeclaredEncoding(start: string): void {
  const declared = /^<\?xml\s[^?>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(start)?.[1];
  if (declared && !/^(utf-?8|us-ascii)$/i.test(declared))
    throw new CtfError(
      'encoding',
      `The file declares the encoding ${declared}: Haven reads CTFs in UTF-8 only. ` +
        'Export the CTF again from the sending school’s system, or save it as UTF-8.',
    );
}

/** Declaration, comments, processing instructions and a DOCTYPE that may come before the root. */
const PROLOG = /^(?:<\?[^]*?\?>|<!--[^]*?-->|<!DOCTYPE[^>]*>|\s+)*/;

/**
 * Checks the root element's name from the head, because saxes holds an unfinished tag name in
 * memory: junk such as "<" and megabytes of letters must be refused before it is parsed.
 */
function checkRoot(start: string): void {
  const rest = start.slice(PROLOG.exec(start)?.[0].length ?? 0);
  if (rest.length < '<CTfile>'.length || !/^<[^!?]/.test(rest)) return;
  const name = /^<([^\s/>]*)/.exec(rest)?.[1] ?? '';
  if (name !== 'CTfile') throw wrongRoot(name);
}

function decodeOrThrow(decoder: TextDecoder, bytes: Uint8Array, offset: number): string {
  try {
    return decoder.decode(bytes, { stream: true });
  } catch (err) {
    throw new CtfError(
      'encoding',
      `The file is not valid UTF-8 (a bad byte sequence after byte ${offset.toLocaleString('en-GB')}). ` +
        'It may have been saved as Latin-1 or Windows-1252: save it as UTF-8 and upload it again.',
      { cause: err },
    );
  }
}

/**
 * Decodes a CTF to text chunk by chunk, never holding more than one chunk (plus the sniffed
 * head), and throws CtfError as soon as the byte cap, the head or a byte sequence is wrong.
 */
export async function* decodeCtf(source: CtfSource, maxBytes: number): AsyncGenerator<string> {
  // fatal: true makes bad UTF-8 an error instead of silent U+FFFD in a child's name.
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let seen = 0;
  let head: Uint8Array[] | null = [];
  let headBytes = 0;
  for await (const chunk of chunksOf(source)) {
    seen += chunk.byteLength;
    if (seen > maxBytes)
      throw new CtfError(
        'too_large',
        `The file is larger than the ${maxBytes.toLocaleString('en-GB')} bytes Haven accepts for a CTF.`,
      );
    if (head) {
      head.push(chunk);
      headBytes += chunk.byteLength;
      if (headBytes < SNIFF_BYTES) continue;
      const whole = Buffer.concat(head);
      head = null;
      sniffHead(whole);
      yield decodeOrThrow(decoder, whole, 0);
    } else {
      yield decodeOrThrow(decoder, chunk, seen - chunk.byteLength);
    }
  }
  if (head) {
    const whole = Buffer.concat(head);
    sniffHead(whole);
    yield decodeOrThrow(decoder, whole, 0);
  }
  // Flushing throws when the file ends inside a multi-byte character.
  try {
    yield decoder.decode();
  } catch (err) {
    throw new CtfError('encoding', 'The file ends part-way through a UTF-8 character.', {
      cause: err,
    });
  }
}
