import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { decodeCtf, type CtfSource } from './bytes.ts';
import { CtfError, wrongRoot } from './errors.ts';
import { headerOf } from './header.ts';
import { pupilOf } from './pupil.ts';
import { newNode, UnknownTally, type XmlNode } from './tree.ts';
import type {
  CtfEvent,
  CtfHeaderEvent,
  CtfPupilErrorEvent,
  CtfPupilEvent,
  CtfSummaryEvent,
} from './types.ts';

export type { CtfSource } from './bytes.ts';

/** A whole school's CTF with attendance is tens of megabytes; past this it is not a CTF. */
export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

export interface ReadCtfOptions {
  /** Bytes after which the file is refused with CtfError 'too_large'. */
  maxBytes?: number;
}

/** Inside a Pupil, elements read past without keeping or counting (they are large and expected). */
const SKIPPED_IN_PUPIL = new Set(['Attendance']);

/**
 * Follows the parse: outside Header and Pupil it keeps only the names of open elements; inside
 * one it builds that element's tree, which is handed on and dropped when the element closes.
 */
class CtfWalker {
  readonly events: CtfEvent[] = [];
  readonly unknown = new UnknownTally();
  private readonly outer: string[] = [];
  private capture: XmlNode[] | null = null;
  private skipDepth = 0;
  private header: CtfHeaderEvent | null = null;
  private pupilIndex = 0;
  private errorCount = 0;

  open(name: string): void {
    if (this.skipDepth > 0) {
      this.skipDepth++;
    } else if (this.capture) {
      this.openInCapture(this.capture, name);
    } else {
      this.openOutside(name);
    }
  }

  private openInCapture(capture: XmlNode[], name: string): void {
    if (capture[0]?.name === 'Pupil' && SKIPPED_IN_PUPIL.has(name)) {
      this.skipDepth = 1;
      return;
    }
    const node = newNode(name);
    capture.at(-1)?.children.push(node);
    capture.push(node);
  }

  private openOutside(name: string): void {
    const parent = this.outer.at(-1);
    if (parent === undefined) {
      if (name !== 'CTfile') throw wrongRoot(name);
    } else if (parent === 'CTfile' && name === 'Header') {
      this.capture = [newNode(name)];
      return;
    } else if (parent === 'CTfile' && name === 'CTFpupilData') {
      // Without the header there is no telling which school sent the pupils.
      if (!this.header) throw noHeader();
    } else if (parent === 'CTFpupilData' && name === 'Pupil') {
      this.capture = [newNode(name)];
      return;
    } else {
      this.unknown.add(parent, name);
      this.skipDepth = 1;
      return;
    }
    this.outer.push(name);
  }

  text(text: string): void {
    const top = this.skipDepth === 0 ? this.capture?.at(-1) : undefined;
    if (top) top.text += text;
  }

  close(): void {
    if (this.skipDepth > 0) {
      this.skipDepth--;
      return;
    }
    if (!this.capture) {
      this.outer.pop();
      return;
    }
    const done = this.capture.pop();
    if (done && this.capture.length === 0) {
      this.capture = null;
      this.finish(done);
    }
  }

  private finish(node: XmlNode): void {
    if (node.name === 'Header') {
      this.header = headerOf(node, this.unknown);
      this.events.push(this.header);
      return;
    }
    const event = pupilOf(node, this.pupilIndex++, this.unknown);
    if (event.kind === 'error') this.errorCount++;
    this.events.push(event);
  }

  summary(): CtfSummaryEvent {
    if (!this.header) throw noHeader();
    return {
      kind: 'summary',
      pupilCount: this.pupilIndex - this.errorCount,
      errorCount: this.errorCount,
      unknownElements: this.unknown.toRecord(),
    };
  }
}

const noHeader = () =>
  new CtfError('no_header', 'The CTF has no Header before its pupils, so its sender is unknown.');

function parserFor(walker: CtfWalker): SaxesParser {
  const parser = new SaxesParser();
  parser.on('opentag', (tag: SaxesTagPlain) => walker.open(tag.name));
  parser.on('closetag', () => walker.close());
  parser.on('text', (t) => walker.text(t));
  parser.on('cdata', (t) => walker.text(t));
  parser.on('error', (err) => {
    // saxes prefixes "file:line:column: "; the position is given again in plain words.
    const reason = err.message.replace(/^[^:]*:\d+:\d+: /, '');
    throw new CtfError(
      'malformed',
      `The file is not well-formed XML (line ${parser.line}, column ${parser.column}): ${reason}`,
      { cause: err },
    );
  });
  return parser;
}

/**
 * Reads a CTF as a stream of events: the header first, then one event per Pupil element (a pupil
 * or that pupil's error), then a summary. A problem with the document itself (not XML, not
 * well-formed, not a CTfile, not UTF-8, too large) throws CtfError, possibly after some pupils
 * were yielded: a caller must treat nothing as imported until the summary has arrived.
 *
 * saxes expands no external entities and reads no DTD, so a hostile file cannot fetch or expand.
 */
export async function* readCtf(
  source: CtfSource,
  opts: ReadCtfOptions = {},
): AsyncGenerator<CtfEvent, void, undefined> {
  const walker = new CtfWalker();
  const parser = parserFor(walker);
  for await (const text of decodeCtf(source, opts.maxBytes ?? DEFAULT_MAX_BYTES)) {
    parser.write(text);
    yield* walker.events.splice(0);
  }
  parser.close();
  yield* walker.events.splice(0);
  yield walker.summary();
}

export interface CtfContents {
  header: CtfHeaderEvent;
  pupils: CtfPupilEvent[];
  errors: CtfPupilErrorEvent[];
  summary: CtfSummaryEvent;
}

/** Reads a whole CTF into memory: all or nothing, for callers that import in one transaction. */
export async function readCtfAll(
  source: CtfSource,
  opts: ReadCtfOptions = {},
): Promise<CtfContents> {
  let header: CtfHeaderEvent | null = null;
  const pupils: CtfPupilEvent[] = [];
  const errors: CtfPupilErrorEvent[] = [];
  for await (const event of readCtf(source, opts)) {
    if (event.kind === 'header') header = event;
    else if (event.kind === 'pupil') pupils.push(event);
    else if (event.kind === 'error') errors.push(event);
    else if (header) return { header, pupils, errors, summary: event };
  }
  throw noHeader();
}
