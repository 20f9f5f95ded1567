import { strFromU8, unzipSync } from 'fflate';
import { HtmlDomParser as DOMParser } from '../../../../support/html-dom';

/**
 * The essential constraints of the REFI-QDA Project schema (Project.xsd, namespace
 * urn:QDA-XML:project:1.0) for the elements Dossier writes, checked as code: element names and order,
 * required attributes, GUID and dateTime lexical forms, GUID uniqueness and references, and — for a
 * .qdpx — that every internal:// source exists and every selection lies inside its text. This is NOT the
 * official XSD; docs/export.md says so and lists what it covers.
 */

const NS = 'urn:QDA-XML:project:1.0';
const GUID =
  /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|\{[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\})$/;
const DATETIME = /^-?\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/;
const COLOR = /^#[0-9A-Fa-f]{6}$/;

/** Allowed children of each element we write, in schema order, with max occurrences (Infinity = unbounded). */
const SEQUENCES: Record<string, Array<[name: string, max: number]>> = {
  Project: [
    ['Users', 1],
    ['CodeBook', 1],
    ['Variables', 1],
    ['Cases', 1],
    ['Sources', 1],
    ['Notes', 1],
    ['Links', 1],
    ['Sets', 1],
    ['Graphs', 1],
    ['Description', 1],
  ],
  Users: [['User', Infinity]],
  User: [],
  CodeBook: [['Codes', 1]],
  Codes: [['Code', Infinity]],
  Code: [
    ['Description', 1],
    ['NoteRef', Infinity],
    ['Code', Infinity],
  ],
  Sources: [
    ['TextSource', Infinity],
    ['PictureSource', Infinity],
    ['PDFSource', Infinity],
    ['AudioSource', Infinity],
    ['VideoSource', Infinity],
  ],
  TextSource: [
    ['Description', 1],
    ['PlainTextContent', 1],
    ['PlainTextSelection', Infinity],
    ['VariableValue', Infinity],
    ['NoteRef', Infinity],
  ],
  PlainTextSelection: [
    ['Description', 1],
    ['Coding', Infinity],
    ['NoteRef', Infinity],
  ],
  Coding: [['CodeRef', 1]],
  CodeRef: [],
  Description: [],
  PlainTextContent: [],
};

const REQUIRED: Record<string, string[]> = {
  Project: ['name'],
  User: ['guid'],
  Code: ['guid', 'name', 'isCodable'],
  TextSource: ['guid'],
  PlainTextSelection: ['guid', 'startPosition', 'endPosition'],
  Coding: ['guid'],
  CodeRef: ['targetGUID'],
};

const GUID_ATTRS = [
  'guid',
  'targetGUID',
  'creatingUser',
  'modifyingUser',
  'creatingUserGUID',
  'modifyingUserGUID',
];
const DATE_ATTRS = ['creationDateTime', 'modifiedDateTime'];

interface XmlElement {
  tagName: string;
  children: ArrayLike<XmlElement>;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  textContent: string | null;
}

/** Problems found in a project.qde document (empty when it conforms). */
export function checkQde(xml: string): string[] {
  const errors: string[] = [];
  const doc = new DOMParser().parseFromString(xml, 'text/xml') as unknown as {
    documentElement: XmlElement | null;
  };
  const root = doc.documentElement;
  if (!root || root.tagName !== 'Project') return ['root element must be <Project>'];
  if (root.getAttribute('xmlns') !== NS) errors.push(`Project must be in namespace ${NS}`);
  const guids = new Map<string, string>();
  const codes = new Set<string>();
  const users = new Set<string>();
  const refs: Array<[string, string]> = [];
  const walk = (el: XmlElement, path: string) => {
    const here = `${path}/${el.tagName}`;
    const seq = SEQUENCES[el.tagName];
    if (!seq) {
      errors.push(`${here}: element not expected by the checked schema subset`);
      return;
    }
    for (const attr of REQUIRED[el.tagName] ?? [])
      if (!el.hasAttribute(attr)) errors.push(`${here}: missing required @${attr}`);
    for (const attr of GUID_ATTRS) {
      const v = el.getAttribute(attr);
      if (v !== null && !GUID.test(v)) errors.push(`${here}: @${attr}="${v}" is not a GUID`);
    }
    for (const attr of DATE_ATTRS) {
      const v = el.getAttribute(attr);
      if (v !== null && !DATETIME.test(v)) errors.push(`${here}: @${attr}="${v}" is not an xsd:dateTime`);
    }
    const guid = el.getAttribute('guid');
    if (guid) {
      if (guids.has(guid)) errors.push(`${here}: guid ${guid} already used by ${guids.get(guid)}`);
      guids.set(guid, here);
    }
    if (el.tagName === 'Code') {
      if (guid) codes.add(guid);
      if (!['true', 'false'].includes(el.getAttribute('isCodable') ?? ''))
        errors.push(`${here}: @isCodable must be true|false`);
      const color = el.getAttribute('color');
      if (color !== null && !COLOR.test(color)) errors.push(`${here}: @color "${color}" must be #RRGGBB`);
    }
    if (el.tagName === 'User' && guid) users.add(guid);
    if (el.tagName === 'CodeRef') refs.push(['code', el.getAttribute('targetGUID') ?? '']);
    for (const attr of ['creatingUser', 'modifyingUser', 'creatingUserGUID']) {
      const v = el.getAttribute(attr);
      if (v) refs.push(['user', v]);
    }
    if (el.tagName === 'PlainTextSelection') {
      const s = el.getAttribute('startPosition') ?? '';
      const e = el.getAttribute('endPosition') ?? '';
      if (!/^\d+$/.test(s) || !/^\d+$/.test(e))
        errors.push(`${here}: positions must be non-negative integers`);
      else if (Number(s) > Number(e)) errors.push(`${here}: startPosition ${s} > endPosition ${e}`);
    }
    // Children must follow the sequence: each child's slot index never decreases; counts within max.
    let slot = 0;
    const counts = new Map<string, number>();
    for (const child of Array.from(el.children)) {
      const idx = seq.findIndex(([name], i) => i >= slot && name === child.tagName);
      if (idx < 0) errors.push(`${here}: <${child.tagName}> not allowed here (or out of order)`);
      else {
        slot = idx;
        const n = (counts.get(child.tagName) ?? 0) + 1;
        counts.set(child.tagName, n);
        const max = seq[idx]?.[1] ?? 0;
        if (n > max) errors.push(`${here}: too many <${child.tagName}>`);
      }
      walk(child, here);
    }
    if (el.tagName === 'Coding' && counts.get('CodeRef') !== 1)
      errors.push(`${here}: needs exactly one <CodeRef>`);
  };
  walk(root, '');
  for (const [kind, target] of refs) {
    if (kind === 'code' && !codes.has(target)) errors.push(`CodeRef targets unknown code ${target}`);
    if (kind === 'user' && !users.has(target)) errors.push(`reference to unknown user ${target}`);
  }
  return errors;
}

/** Problems found in a .qdpx archive: its project.qde, its sources and the selections' ranges. */
export function checkQdpx(bytes: Uint8Array): string[] {
  const files = unzipSync(bytes);
  const qde = files['project.qde'];
  if (!qde) return ['archive has no project.qde at its root'];
  const xml = strFromU8(qde);
  const errors = checkQde(xml);
  const doc = new DOMParser().parseFromString(xml, 'text/xml') as unknown as {
    querySelectorAll(s: string): ArrayLike<XmlElement>;
  };
  for (const source of Array.from(doc.querySelectorAll('TextSource'))) {
    const p = source.getAttribute('plainTextPath') ?? '';
    const m = /^internal:\/\/(.+)$/.exec(p);
    const data = m?.[1] ? files[`sources/${m[1]}`] : undefined;
    if (!data) {
      errors.push(`TextSource ${source.getAttribute('name')}: plainTextPath ${p} not in sources/`);
      continue;
    }
    const length = [...strFromU8(data)].length;
    for (const sel of Array.from(source.children).filter((c) => c.tagName === 'PlainTextSelection')) {
      if (Number(sel.getAttribute('endPosition')) > length)
        errors.push(`selection ${sel.getAttribute('guid')} ends past its source`);
    }
  }
  return errors;
}
