export { CtfError, type CtfErrorCode } from './errors.ts';
export { DEFAULT_MAX_BYTES, readCtf, readCtfAll } from './read.ts';
export type { CtfContents, CtfSource, ReadCtfOptions } from './read.ts';
export type * from './types.ts';
export { CTF_VERSION, ctfChunks, writeCtf } from './write.ts';
export type { CtfWriteInput, CtfWritePupil, CtfWriteSchool } from './write.ts';
