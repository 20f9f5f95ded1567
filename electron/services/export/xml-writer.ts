/**
 * A tiny XML writer: elements, attributes and text, always escaped, with characters XML 1.0 forbids
 * (C0 controls other than tab/LF/CR, lone surrogates, U+FFFE/FFFF) replaced so the output always parses.
 */

/** Characters not allowed anywhere in an XML 1.0 document. */
const INVALID =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escapes text content; CR becomes a character reference, which parsers keep (a raw CR they turn into LF). */
export function xmlText(s: string): string {
  return s
    .replace(INVALID, '\uFFFD')
    .replace(/[&<>\r]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&#13;'));
}

/** Escapes a double-quoted attribute value (tabs and newlines as character references so they survive). */
export function xmlAttr(s: string): string {
  return xmlText(s)
    .replace(/"/g, '&quot;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}

/** Attribute values; undefined and null are left out. */
export type Attrs = Record<string, string | number | boolean | null | undefined>;

/** Builds indented XML. */
export class XmlWriter {
  private readonly out: string[] = ['<?xml version="1.0" encoding="utf-8"?>'];
  private readonly stack: string[] = [];

  /** Opens an element. */
  open(name: string, attrs: Attrs = {}): this {
    this.out.push(`${this.indent()}<${name}${attrString(attrs)}>`);
    this.stack.push(name);
    return this;
  }

  /** Closes the innermost open element. */
  close(): this {
    const name = this.stack.pop();
    if (!name) throw new Error('xml-writer: close() without an open element');
    this.out.push(`${this.indent()}</${name}>`);
    return this;
  }

  /** An element with no children. */
  empty(name: string, attrs: Attrs = {}): this {
    this.out.push(`${this.indent()}<${name}${attrString(attrs)}/>`);
    return this;
  }

  /** An element holding only text. */
  text(name: string, text: string, attrs: Attrs = {}): this {
    this.out.push(`${this.indent()}<${name}${attrString(attrs)}>${xmlText(text)}</${name}>`);
    return this;
  }

  /** The document; throws if an element was left open. */
  toString(): string {
    if (this.stack.length) throw new Error(`xml-writer: unclosed <${this.stack.join('>, <')}>`);
    return `${this.out.join('\n')}\n`;
  }

  private indent(): string {
    return '  '.repeat(this.stack.length);
  }
}

function attrString(attrs: Attrs): string {
  return Object.entries(attrs)
    .filter(([, v]) => v !== undefined && v !== null)
    .map(([k, v]) => ` ${k}="${xmlAttr(String(v))}"`)
    .join('');
}
