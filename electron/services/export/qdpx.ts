import { strToU8, zipSync } from 'fflate';
import type { Excerpt, ExportMeta } from '../../../shared/model/export';
import { citeSource } from './citation';
import { evidenceOf } from './evidence';
import { codePointOffset, nameGuid } from './guid';
import { sortExcerpts } from './group';
import { XmlWriter } from './xml-writer';

/** Namespace of REFI-QDA Project files (project.qde). */
export const QDA_NAMESPACE = 'urn:QDA-XML:project:1.0';

/** A file's canonical text by relative path: REFI-QDA sources carry their full plain text. */
export type SourceTexts = ReadonlyMap<string, string>;

/** One code of the codebook: a top-level family (Tags, Entities, Issues) or one value in it. */
interface CodeNode {
  guid: string;
  name: string;
  description?: string;
}

/**
 * The REFI-QDA Project as XML (the `project.qde` of a .qdpx). Codebook: three non-codable families —
 * Tags, Entities, Issues — whose children are the values used. Sources: one TextSource per file with its
 * canonical text at `internal://<guid>.txt`. Each excerpt becomes a PlainTextSelection whose positions
 * count Unicode code points into that text; its Description holds the note and the stance. Orphaned
 * excerpts and excerpts whose file text is missing are left out (their positions would point nowhere).
 */
export function writeQde(excerpts: readonly Excerpt[], meta: ExportMeta, texts: SourceTexts): string {
  const user = nameGuid('dossier:user');
  const placed = sortExcerpts(excerpts, 'position').filter(
    (e) => e.state !== 'orphan' && texts.has(e.source.path),
  );
  const families = {
    Tags: new Map<string, CodeNode>(),
    Entities: new Map<string, CodeNode>(),
    Issues: new Map<string, CodeNode>(),
  };
  const values = (e: Excerpt): Array<[keyof typeof families, string, string | undefined]> => [
    ...e.tags.map((t): [keyof typeof families, string, undefined] => ['Tags', t, undefined]),
    ...(e.entity
      ? [['Entities', e.entity.name, e.entity.type] as [keyof typeof families, string, string]]
      : []),
    ...(e.issue ? [['Issues', e.issue.title, undefined] as [keyof typeof families, string, undefined]] : []),
  ];
  // Code names are unique across the whole codebook: QualCoder keeps codes in one table with a unique
  // name and silently drops the codings of a second code with the same name. Tags claim names first,
  // then entities, then issues; a later family's clash gets a suffix that the importer strips.
  const taken = new Set<string>();
  for (const family of ['Tags', 'Entities', 'Issues'] as const)
    for (const e of placed)
      for (const [f, name, description] of values(e)) {
        if (f !== family || families[f].has(name)) continue;
        const unique = taken.has(name) ? `${name}${FAMILY_SUFFIX[f]}` : name;
        taken.add(unique);
        families[f].set(name, {
          guid: nameGuid(`dossier:code:${f}:${name}`),
          name: unique,
          ...(description ? { description } : {}),
        });
      }
  const codings = new Map(
    placed.map((e) => [e.id, values(e).map(([f, name]) => families[f].get(name) as CodeNode)]),
  );

  const x = new XmlWriter();
  x.open('Project', {
    xmlns: QDA_NAMESPACE,
    name: meta.title,
    origin: `Dossier ${meta.version}`,
    creatingUserGUID: user,
    creationDateTime: meta.generated,
  });
  x.open('Users').empty('User', { guid: user, name: 'Dossier' }).close();
  // The schema wants at least one Code in Codes and one source in Sources: omit them when empty.
  const anyCode = Object.values(families).some((m) => m.size > 0);
  if (anyCode) x.open('CodeBook').open('Codes');
  for (const [family, map] of Object.entries(families)) {
    if (!map.size) continue;
    x.open('Code', { guid: nameGuid(`dossier:family:${family}`), name: family, isCodable: false });
    for (const node of [...map.values()].sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (node.description)
        x.open('Code', { guid: node.guid, name: node.name, isCodable: true })
          .text('Description', node.description)
          .close();
      else x.empty('Code', { guid: node.guid, name: node.name, isCodable: true });
    }
    x.close();
  }
  if (anyCode) x.close().close();

  if (placed.length) x.open('Sources');
  const byPath = new Map<string, Excerpt[]>();
  for (const e of placed) {
    const list = byPath.get(e.source.path);
    if (list) list.push(e);
    else byPath.set(e.source.path, [e]);
  }
  for (const [path, list] of byPath) {
    const text = texts.get(path) ?? '';
    const guid = sourceGuid(path);
    const first = list[0] as Excerpt;
    x.open('TextSource', {
      guid,
      name: sourceName(path),
      plainTextPath: `internal://${guid}.txt`,
      creatingUser: user,
      creationDateTime: meta.generated,
    });
    x.text(
      'Description',
      `${first.source.outlet} · ${first.source.title} · sha256 ${first.contentHash}\n${SOURCE_PATH_LINE}${path}`,
    );
    for (const e of list) {
      x.open('PlainTextSelection', {
        guid: nameGuid(`dossier:selection:${e.id}`),
        name: clip(e.quote, 60),
        startPosition: codePointOffset(text, e.start),
        endPosition: codePointOffset(text, e.end),
        creatingUser: user,
        creationDateTime: e.created && XSD_DATE_TIME.test(e.created) ? e.created : meta.generated,
      });
      const evidence = evidenceOf(e);
      const description = [
        e.note ?? '',
        evidence ? EVIDENCE_LINE : '',
        evidence?.actor ? `${ACTOR_LINE}${evidence.actor}` : '',
        e.issue?.stance ? `Stance on ${e.issue.title}: ${e.issue.stance}` : '',
        citeSource(e),
      ]
        .filter(Boolean)
        .join('\n');
      x.text('Description', description);
      for (const code of codings.get(e.id) ?? []) {
        x.open('Coding', {
          guid: nameGuid(`dossier:coding:${e.id}:${code.guid}`),
          creatingUser: user,
          creationDateTime: meta.generated,
        });
        x.empty('CodeRef', { targetGUID: code.guid });
        x.close();
      }
      x.close();
    }
    x.close();
  }
  if (placed.length) x.close();
  x.close();
  return x.toString();
}

/** The .qdpx: a zip of `project.qde` and `sources/<guid>.txt` (UTF-8) for every source. */
export function writeQdpx(excerpts: readonly Excerpt[], meta: ExportMeta, texts: SourceTexts): Uint8Array {
  const qde = writeQde(excerpts, meta, texts);
  // The `sources/` folder is always there: QualCoder lists it on import and fails when it is missing.
  const files: Record<string, Uint8Array> = { 'project.qde': strToU8(qde), 'sources/': new Uint8Array(0) };
  const paths = new Set(excerpts.filter((e) => e.state !== 'orphan').map((e) => e.source.path));
  for (const path of paths) {
    const text = texts.get(path);
    if (text !== undefined) files[`sources/${sourceGuid(path)}.txt`] = strToU8(text);
  }
  // A fixed timestamp keeps the archive byte-stable for the same input.
  return zipSync(files, { level: 6, mtime: new Date(Date.UTC(2020, 0, 1)) });
}

/** The Description line that marks a selection as issue evidence rather than an annotation (ADR 075). */
export const EVIDENCE_LINE = 'Issue evidence (from the issue tracker, not an annotation)';
/** The Description line prefix that carries an evidence passage's actor. */
export const ACTOR_LINE = 'Actor: ';

/** The lexical form of `xsd:dateTime` (a creation time in another form falls back to the export's). */
const XSD_DATE_TIME = /^-?\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/;

/** Suffix a code gets when its name is already used by an earlier family (see writeQde). */
export const FAMILY_SUFFIX = { Tags: ' (tag)', Entities: ' (entity)', Issues: ' (issue)' } as const;

/** The line of a TextSource Description that carries the file's relative path (the importer reads it). */
export const SOURCE_PATH_LINE = 'path: ';

/**
 * A TextSource name without `/`: QualCoder copies each source to `documents/<name>.txt`, which fails for a
 * name with a directory part. The real relative path rides in the Description ({@link SOURCE_PATH_LINE}).
 */
export function sourceName(path: string): string {
  return path.split('/').join(' › ');
}

/** The GUID of the TextSource for a file path. */
export function sourceGuid(path: string): string {
  return nameGuid(`dossier:source:${path}`);
}

function clip(s: string, n: number): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > n ? `${flat.slice(0, n - 1)}…` : flat;
}
