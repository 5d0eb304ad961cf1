/** A small element tree for writing: a leaf has text, a branch has children. */
export type XmlOut = { name: string; text: string } | { name: string; children: XmlOut[] };

/** Characters XML 1.0 cannot carry at all, even as references (controls, lone surrogates). */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/**
 * Escapes text for an element body. A character XML cannot hold is refused, not dropped, so a
 * record is never changed silently on its way to another school.
 */
export function escapeXml(text: string): string {
  if (NOT_XML.test(text))
    throw new RangeError('The text holds a control character that XML cannot carry');
  return text.replace(/[&<>"']/g, (ch) => ENTITIES[ch] ?? ch);
}

/** A leaf, or nothing when the value is absent, so optional fields simply do not appear. */
export const leaf = (name: string, text: string | null | undefined): XmlOut[] =>
  text === null || text === undefined || text === '' ? [] : [{ name, text }];

export const branch = (name: string, children: XmlOut[]): XmlOut => ({ name, children });

/** Renders with two-space indentation; element names are this module's own constants. */
export function renderXml(node: XmlOut, depth: number): string {
  const pad = '  '.repeat(depth);
  if ('text' in node) return `${pad}<${node.name}>${escapeXml(node.text)}</${node.name}>\n`;
  if (node.children.length === 0) return `${pad}<${node.name}/>\n`;
  const inner = node.children.map((c) => renderXml(c, depth + 1)).join('');
  return `${pad}<${node.name}>\n${inner}${pad}</${node.name}>\n`;
}
