import { createReadStream } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCtf, type CtfSource, type ReadCtfOptions } from '../../../src/imports/ctf/read.ts';
import type { CtfEvent } from '../../../src/imports/ctf/types.ts';

const here = path.dirname(fileURLToPath(import.meta.url));

/** A fixture as a real file stream with tiny chunks, so element and character splits are hit. */
export const fixtureStream = (name: string) =>
  createReadStream(path.join(here, 'fixtures', name), { highWaterMark: 97 });

export async function collect(source: CtfSource, opts?: ReadCtfOptions): Promise<CtfEvent[]> {
  const events: CtfEvent[] = [];
  for await (const e of readCtf(source, opts)) events.push(e);
  return events;
}

export const ofKind = <K extends CtfEvent['kind']>(events: CtfEvent[], kind: K) =>
  events.filter((e): e is Extract<CtfEvent, { kind: K }> => e.kind === kind);
