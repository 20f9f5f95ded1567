import { strToU8, zipSync } from 'fflate';
import type { Excerpt, ExportMeta } from '../../../shared/model/export';
import { citeSource } from './citation';
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
  const codesOf = (e: Excerpt): CodeNode[] => {
    const out: CodeNode[] = [];
    const add = (family: keyof typeof families, name: string, description?: string) => {
      const map = families[family];
      const node = map.get(name) ?? {
        guid: nameGuid(`dossier:code:${family}:${name}`),
        name,
        ...(description ? { description } : {}),
      };
      map.set(name, node);
      out.push(node);
    };
    for (const t of e.tags) add('Tags', t);
    if (e.entity) add('Entities', e.entity.name, e.entity.type);
    if (e.issue) add('Issues', e.issue.title);
    return out;
  };
  const codings = new Map(placed.map((e) => [e.id, codesOf(e)]));

  const x = new XmlWriter();
  x.open('Project', {
    xmlns: QDA_NAMESPACE,
    name: meta.title,
    origin: `Dossier ${meta.version}`,
    creatingUserGUID: user,
    creationDateTime: meta.generated,
  });
  x.open('Users').empty('User', { guid: user, name: 'Dossier' }).close();
  x.open('CodeBook').open('Codes');
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
  x.close().close();

  x.open('Sources');
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
      name: path,
      plainTextPath: `internal://${guid}.txt`,
      creatingUser: user,
      creationDateTime: meta.generated,
    });
    x.text('Description', `${first.source.outlet} · ${first.source.title} · sha256 ${first.contentHash}`);
    for (const e of list) {
      x.open('PlainTextSelection', {
        guid: nameGuid(`dossier:selection:${e.id}`),
        name: clip(e.quote, 60),
        startPosition: codePointOffset(text, e.start),
        endPosition: codePointOffset(text, e.end),
        creatingUser: user,
        creationDateTime: e.created ?? meta.generated,
      });
      const description = [
        e.note ?? '',
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
  x.close();
  x.close();
  return x.toString();
}

/** The .qdpx: a zip of `project.qde` and `sources/<guid>.txt` (UTF-8) for every source. */
export function writeQdpx(excerpts: readonly Excerpt[], meta: ExportMeta, texts: SourceTexts): Uint8Array {
  const qde = writeQde(excerpts, meta, texts);
  const files: Record<string, Uint8Array> = { 'project.qde': strToU8(qde) };
  const paths = new Set(excerpts.filter((e) => e.state !== 'orphan').map((e) => e.source.path));
  for (const path of paths) {
    const text = texts.get(path);
    if (text !== undefined) files[`sources/${sourceGuid(path)}.txt`] = strToU8(text);
  }
  // A fixed timestamp keeps the archive byte-stable for the same input.
  return zipSync(files, { level: 6, mtime: new Date(Date.UTC(2020, 0, 1)) });
}

/** The GUID of the TextSource for a file path. */
export function sourceGuid(path: string): string {
  return nameGuid(`dossier:source:${path}`);
}

function clip(s: string, n: number): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > n ? `${flat.slice(0, n - 1)}…` : flat;
}
