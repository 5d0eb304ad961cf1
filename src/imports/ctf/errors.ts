/**
 * Why a whole CTF was refused. A document-level problem means no pupil in it counts as read:
 * the reader throws rather than yield pupils from a file it could not trust.
 */
export type CtfErrorCode =
  'not_xml' | 'malformed' | 'wrong_root' | 'no_header' | 'encoding' | 'too_large';

export class CtfError extends Error {
  override readonly name = 'CtfError';
  readonly code: CtfErrorCode;

  constructor(code: CtfErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

/** Names at most 40 characters of the root, since junk can make a "name" of any length. */
export function wrongRoot(name: string): CtfError {
  const shown = name.length > 40 ? `${name.slice(0, 40)}…` : name;
  return new CtfError(
    'wrong_root',
    `This XML file is not a Common Transfer File: its root element is <${shown}>, not <CTfile>.`,
  );
}
