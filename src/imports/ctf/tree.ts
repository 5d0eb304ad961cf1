/**
 * The one Header or Pupil element being read, as a small tree. Only one is held at a time, so
 * memory stays bounded by the largest pupil, not by the file.
 */
export interface XmlNode {
  name: string;
  text: string;
  children: XmlNode[];
}

export const newNode = (name: string): XmlNode => ({ name, text: '', children: [] });

export const child = (node: XmlNode | undefined, name: string): XmlNode | undefined =>
  node?.children.find((c) => c.name === name);

export const childrenNamed = (node: XmlNode | undefined, name: string): XmlNode[] =>
  node ? node.children.filter((c) => c.name === name) : [];

/** Trimmed text, with an empty element read as absent (CTFs often carry <X/> for "none"). */
export function textOf(node: XmlNode | undefined): string | null {
  const t = node?.text.trim();
  return t ? t : null;
}

export const childText = (node: XmlNode | undefined, name: string): string | null =>
  textOf(child(node, name));

/** Tallies of elements Haven does not read, keyed 'Parent/Name', for one warning per kind. */
export class UnknownTally {
  private readonly counts = new Map<string, number>();

  add(parent: string, name: string): void {
    const key = `${parent}/${name}`;
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }

  /** Counts each child of `node` whose name is not in `known`. */
  addUnknownChildren(node: XmlNode | undefined, known: ReadonlySet<string>): void {
    if (!node) return;
    for (const c of node.children) if (!known.has(c.name)) this.add(node.name, c.name);
  }

  toRecord(): Record<string, number> {
    return Object.fromEntries([...this.counts].sort(([a], [b]) => a.localeCompare(b)));
  }
}
