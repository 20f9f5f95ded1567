import { strFromU8, unzipSync } from 'fflate';
import { z } from 'zod';
import { EntityKindSchema, StanceSchema } from '../../../shared/model/export';
import { DossierError } from '../errors';
import { parseDossierLink } from './link';
import { FAMILY_SUFFIX, QDA_NAMESPACE, SOURCE_PATH_LINE } from './qdpx';
import { childrenNamed, descendantsNamed, localName, parseXml, type XmlNode } from './xml-read';

/** One annotation read from an import file, before it is placed in this folder's text. */
export interface ImportCandidate {
  /** How the report names it (annotation id or selection GUID). */
  item: string;
  docId: string | null;
  path: string | null;
  exact: string;
  prefix: string;
  suffix: string;
  /** UTF-16 offsets into the file's canonical text when known (null: search the quote only). */
  start: number | null;
  end: number | null;
  /** Where the passage was in the exported text when `start` is withheld (the text differs): a hint only. */
  hint?: number;
  contentHash: string | null;
  color: string | null;
  note: string;
  tags: string[];
  entity: { name: string; type: z.infer<typeof EntityKindSchema> } | null;
  issue: { title: string; stance: z.infer<typeof StanceSchema> | null } | null;
}

const BodySchema = z.object({ value: z.string().optional(), purpose: z.string().optional() }).passthrough();
const SelectorSchema = z
  .object({
    type: z.string(),
    exact: z.string().optional(),
    prefix: z.string().optional(),
    suffix: z.string().optional(),
    start: z.number().int().min(0).optional(),
    end: z.number().int().min(0).optional(),
  })
  .passthrough();
const AnnotationSchema = z
  .object({
    id: z.string().optional(),
    type: z.union([z.string(), z.array(z.string())]).optional(),
    body: z.union([BodySchema, z.array(BodySchema)]).optional(),
    target: z.union([
      z
        .object({
          source: z.string(),
          selector: z.union([SelectorSchema, z.array(SelectorSchema)]).optional(),
        })
        .passthrough(),
      z.string(),
    ]),
    dossier: z
      .object({
        docId: z.string().optional(),
        path: z.string().optional(),
        contentHash: z.string().optional(),
        color: z.string().nullable().optional(),
        entity: z.object({ name: z.string(), type: EntityKindSchema }).nullable().optional(),
        issue: z.object({ title: z.string(), stance: StanceSchema.nullable() }).nullable().optional(),
      })
      .passthrough()
      .optional(),
  })
  .passthrough();

/**
 * Reads a W3C Web Annotation JSON-LD file: an AnnotationCollection (with `first.items`), an
 * AnnotationPage, an array of annotations or a single annotation. Dossier's own `dossier` extension is
 * used when present; otherwise the standard bodies (commenting → note, tagging → tags, identifying →
 * entity of type other, classifying → issue) and selectors.
 */
export function parseJsonLd(text: string): {
  candidates: ImportCandidate[];
  skipped: Array<{ item: string; reason: string }>;
} {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new DossierError(
      'invalid_params',
      `export: the file is not JSON (${e instanceof Error ? e.message : String(e)}). Choose a .jsonld export.`,
    );
  }
  const items = annotationItems(json);
  if (!items)
    throw new DossierError(
      'invalid_params',
      'export: the file holds no W3C Web Annotations (expected an AnnotationCollection, AnnotationPage or Annotation).',
    );
  const candidates: ImportCandidate[] = [];
  const skipped: Array<{ item: string; reason: string }> = [];
  items.forEach((raw, i) => {
    const parsed = AnnotationSchema.safeParse(raw);
    const item = parsed.success && parsed.data.id ? parsed.data.id : `item ${i + 1}`;
    if (!parsed.success) {
      skipped.push({
        item,
        reason: `not a Web Annotation this importer understands: ${parsed.error.issues[0]?.message ?? 'invalid'}`,
      });
      return;
    }
    const a = parsed.data;
    const target = typeof a.target === 'string' ? { source: a.target, selector: undefined } : a.target;
    const selectors =
      target.selector === undefined
        ? []
        : Array.isArray(target.selector)
          ? target.selector
          : [target.selector];
    const quote = selectors.find((s) => s.type === 'TextQuoteSelector' && s.exact);
    const position = selectors.find(
      (s) => s.type === 'TextPositionSelector' && s.start !== undefined && s.end !== undefined,
    );
    if (!quote?.exact) {
      skipped.push({ item, reason: 'it has no TextQuoteSelector, so its passage cannot be found' });
      return;
    }
    const bodies = a.body === undefined ? [] : Array.isArray(a.body) ? a.body : [a.body];
    const valueOf = (purpose: string) =>
      bodies.filter((b) => b.purpose === purpose && b.value).map((b) => b.value as string);
    const link = parseDossierLink(target.source);
    const ext = a.dossier;
    const identifying = valueOf('identifying')[0];
    const classifying = valueOf('classifying')[0] ?? valueOf('questioning')[0];
    candidates.push({
      item,
      docId: ext?.docId ?? link?.doc ?? null,
      path: ext?.path ?? null,
      exact: quote.exact,
      prefix: quote.prefix ?? '',
      suffix: quote.suffix ?? '',
      start: position?.start ?? null,
      end: position?.end ?? null,
      contentHash: ext?.contentHash ?? null,
      color: ext?.color ?? null,
      note: valueOf('commenting').join('\n\n'),
      tags: valueOf('tagging'),
      entity: ext?.entity ?? (identifying ? { name: identifying, type: 'other' } : null),
      issue: ext?.issue ?? (classifying ? { title: classifying, stance: null } : null),
    });
  });
  return { candidates, skipped };
}

function annotationItems(json: unknown): unknown[] | null {
  if (Array.isArray(json)) return json;
  if (typeof json !== 'object' || json === null) return null;
  const o = json as Record<string, unknown>;
  const first = o.first as Record<string, unknown> | undefined;
  if (first && Array.isArray(first.items)) return first.items;
  if (Array.isArray(o.items)) return o.items;
  if (o.type === 'Annotation' || o.target !== undefined) return [o];
  return null;
}

/** A REFI-QDA text source with its plain text. */
export interface QdaSource {
  name: string;
  /** The file's relative path: Dossier's `path:` Description line, else the source's name. */
  path: string;
  text: string;
}

/** A code of the codebook with its top-level family (null for a top-level code). */
export interface QdaCode {
  family: string | null;
  name: string;
  description: string;
}

/** A PlainTextSelection: code-point positions into its source's text, and its codes. */
export interface QdaSelection {
  source: string;
  guid: string;
  start: number;
  end: number;
  description: string;
  codes: QdaCode[];
}

/**
 * Reads a .qdpx: its sources' texts and every PlainTextSelection with the codes it carries. Code
 * families named Tags / Entities / Issues (Dossier's own layout) map back to tags, entity and issue;
 * codes from other tools become tags.
 */
export function parseQdpx(bytes: Uint8Array): {
  sources: Map<string, QdaSource>;
  selections: QdaSelection[];
} {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch (e) {
    throw new DossierError(
      'invalid_params',
      `export: the file is not a .qdpx archive (${e instanceof Error ? e.message : String(e)}). Choose a REFI-QDA project file.`,
    );
  }
  const qde = files['project.qde'];
  if (!qde)
    throw new DossierError(
      'invalid_params',
      'export: the archive has no project.qde, so it is not a REFI-QDA project.',
    );
  let root: XmlNode;
  try {
    root = parseXml(strFromU8(qde));
  } catch (e) {
    throw new DossierError(
      'invalid_params',
      `export: project.qde is not well-formed XML (${e instanceof Error ? e.message : String(e)}).`,
    );
  }
  if (localName(root.name) !== 'Project' || (root.attrs.xmlns ?? QDA_NAMESPACE) !== QDA_NAMESPACE)
    throw new DossierError('invalid_params', 'export: project.qde is not a REFI-QDA Project document.');
  const codes = new Map<string, QdaCode>();
  const walkCodes = (el: XmlNode, family: string | null) => {
    for (const c of childrenNamed(el, 'Code')) {
      const raw = c.attrs.name ?? '';
      const description = childrenNamed(c, 'Description')[0]?.text ?? '';
      // Dossier suffixes a code whose name an earlier family already uses (QualCoder needs unique names).
      const suffix = family ? FAMILY_SUFFIX[family as keyof typeof FAMILY_SUFFIX] : undefined;
      const name = suffix && raw.endsWith(suffix) ? raw.slice(0, -suffix.length) : raw;
      codes.set(c.attrs.guid ?? '', { family, name, description });
      walkCodes(c, family ?? name);
    }
  };
  for (const codesEl of descendantsNamed(root, 'Codes')) walkCodes(codesEl, null);
  // NVivo writes `Sources/`, MAXQDA and Dossier `sources/` (QualCoder accepts both, and so do we).
  const sourceFiles = new Map(
    Object.entries(files)
      .filter(([name]) => /^sources\//i.test(name))
      .map(([name, data]) => [name.slice('sources/'.length), data]),
  );
  const sources = new Map<string, QdaSource>();
  const selections: QdaSelection[] = [];
  for (const ts of descendantsNamed(root, 'TextSource')) {
    const guid = ts.attrs.guid ?? '';
    const inline = childrenNamed(ts, 'PlainTextContent')[0]?.text;
    const p = /^internal:\/\/(.+)$/.exec(ts.attrs.plainTextPath ?? '')?.[1];
    const data = p ? sourceFiles.get(p) : undefined;
    const text = inline ?? (data ? strFromU8(data) : null);
    if (text === null) continue;
    const name = ts.attrs.name ?? '';
    const described = (childrenNamed(ts, 'Description')[0]?.text ?? '')
      .split('\n')
      .find((l) => l.startsWith(SOURCE_PATH_LINE));
    sources.set(guid, { name, path: described ? described.slice(SOURCE_PATH_LINE.length) : name, text });
    for (const sel of childrenNamed(ts, 'PlainTextSelection')) {
      const refs = childrenNamed(sel, 'Coding')
        .flatMap((c) => childrenNamed(c, 'CodeRef'))
        .map((r) => codes.get(r.attrs.targetGUID ?? ''))
        .filter((c): c is QdaCode => c !== undefined);
      selections.push({
        source: guid,
        guid: sel.attrs.guid ?? '',
        start: Number(sel.attrs.startPosition),
        end: Number(sel.attrs.endPosition),
        description: childrenNamed(sel, 'Description')[0]?.text ?? '',
        codes: refs,
      });
    }
  }
  return { sources, selections };
}
