/**
 * A small, strict-enough XML reader for REFI-QDA project files: elements, attributes, text, CDATA,
 * comments, processing instructions and a DOCTYPE line (skipped — never expanded, so no entity tricks).
 * Namespace prefixes are kept in names and stripped by {@link localName}.
 */

/** One parsed element. */
export interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  /** Concatenated text directly inside this element. */
  text: string;
}

const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the five predefined entities and numeric character references. */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (m, ref: string) => {
    if (ref.startsWith('#x')) return safeFromCodePoint(parseInt(ref.slice(2), 16), m);
    if (ref.startsWith('#')) return safeFromCodePoint(parseInt(ref.slice(1), 10), m);
    return PREDEFINED[ref] ?? m;
  });
}

function safeFromCodePoint(cp: number, fallback: string): string {
  return Number.isInteger(cp) && cp >= 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : fallback;
}

/** The name without its namespace prefix. */
export function localName(name: string): string {
  const i = name.indexOf(':');
  return i >= 0 ? name.slice(i + 1) : name;
}

/** Parses a document; throws an Error naming the offset on malformed input. */
export function parseXml(xml: string): XmlNode {
  const root: XmlNode = { name: '#document', attrs: {}, children: [], text: '' };
  const stack: XmlNode[] = [root];
  let i = 0;
  const top = () => stack[stack.length - 1] as XmlNode;
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    if (lt < 0) {
      top().text += decodeEntities(xml.slice(i));
      break;
    }
    if (lt > i) top().text += decodeEntities(xml.slice(i, lt));
    if (xml.startsWith('<!--', lt)) i = skipTo(xml, '-->', lt);
    else if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt);
      if (end < 0) throw new Error(`xml: unterminated CDATA at ${lt}`);
      top().text += xml.slice(lt + 9, end);
      i = end + 3;
    } else if (xml.startsWith('<?', lt)) i = skipTo(xml, '?>', lt);
    else if (xml.startsWith('<!', lt)) i = skipTo(xml, '>', lt);
    else if (xml.startsWith('</', lt)) {
      const end = xml.indexOf('>', lt);
      const name = xml.slice(lt + 2, end).trim();
      const open = stack.pop();
      if (!open || open.name !== name)
        throw new Error(`xml: </${name}> at ${lt} does not close <${open?.name ?? ''}>`);
      i = end + 1;
    } else {
      const m = /^<([A-Za-z_][\w.:-]*)((?:\s+[A-Za-z_][\w.:-]*\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/.exec(
        xml.slice(lt, lt + 1_000_000),
      );
      if (!m) throw new Error(`xml: malformed tag at ${lt}`);
      const node: XmlNode = { name: m[1] as string, attrs: {}, children: [], text: '' };
      for (const a of (m[2] ?? '').matchAll(/([A-Za-z_][\w.:-]*)\s*=\s*("([^"]*)"|'([^']*)')/g))
        node.attrs[a[1] as string] = decodeEntities(a[3] ?? a[4] ?? '');
      top().children.push(node);
      if (!m[3]) stack.push(node);
      i = lt + m[0].length;
    }
  }
  if (stack.length !== 1) throw new Error(`xml: <${top().name}> is never closed`);
  const [doc] = root.children;
  if (!doc || root.children.length !== 1) throw new Error('xml: a document needs exactly one root element');
  return doc;
}

function skipTo(xml: string, marker: string, from: number): number {
  const end = xml.indexOf(marker, from);
  if (end < 0) throw new Error(`xml: unterminated construct at ${from}`);
  return end + marker.length;
}

/** Children with a given local name. */
export function childrenNamed(node: XmlNode, name: string): XmlNode[] {
  return node.children.filter((c) => localName(c.name) === name);
}

/** Every descendant with a given local name, in document order. */
export function descendantsNamed(node: XmlNode, name: string): XmlNode[] {
  const out: XmlNode[] = [];
  const walk = (n: XmlNode) => {
    for (const c of n.children) {
      if (localName(c.name) === name) out.push(c);
      walk(c);
    }
  };
  walk(node);
  return out;
}
