/**
 * `dossier://open?…` links that re-open a passage in the app (ADR 073).
 *
 * Portable form (written since ADR 073): `dossier://open?v=2&project=<id>&name=<folder name>&doc=<doc id>
 * &start=<n>&end=<n>&sha256=<16 hex>` — the folder is named by the sidecar's project id and its name,
 * never by its absolute path, so a brief can travel to another machine without revealing where the
 * analyst keeps the folder. `doc` holds the file's relative path (plus `#n` for story n > 1), offsets are
 * UTF-16 into the file's canonical text, and `sha256` is the start of the file's content hash at export,
 * which tells the opener whether the offsets still hold.
 *
 * Legacy form (before ADR 073, still parsed): `dossier://open?folder=<absolute path>&doc=…&start=…&end=…`.
 */

const PREFIX = 'dossier://open?';
/** Hex digits of the content hash a portable link carries (64 bits: enough to tell files apart). */
export const LINK_HASH_CHARS = 16;

/** Percent-encodes everything but unreserved characters (stricter than encodeURIComponent). */
function enc(s: string): string {
  // A lone surrogate (possible in a file name) would make encodeURIComponent throw.
  const wellFormed = s.replace(
    /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    '\uFFFD',
  );
  return encodeURIComponent(wellFormed).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** Legacy link naming the folder by its absolute path (kept for tests and tools that still write it). */
export function dossierLink(folder: string, docId: string, start: number, end: number): string {
  return `${PREFIX}folder=${enc(folder)}&doc=${enc(docId)}&start=${start}&end=${end}`;
}

/** What a portable link names. */
export interface PassageRef {
  /** The sidecar's project id; null when the folder has none (read-only sidecar). */
  project: string | null;
  /** The folder's name (its basename), shown to the user and used to find it among recent folders. */
  name: string;
  docId: string;
  start: number;
  end: number;
  /** The file's content hash (hex) at export; only its first {@link LINK_HASH_CHARS} characters are kept. */
  contentHash: string | null;
}

/** The portable link to a passage (ADR 073). */
export function passageLink(ref: PassageRef): string {
  const parts = ['v=2'];
  if (ref.project) parts.push(`project=${enc(ref.project)}`);
  parts.push(`name=${enc(ref.name)}`, `doc=${enc(ref.docId)}`, `start=${ref.start}`, `end=${ref.end}`);
  const hash = ref.contentHash?.toLowerCase().slice(0, LINK_HASH_CHARS);
  if (hash && /^[0-9a-f]+$/.test(hash)) parts.push(`sha256=${hash}`);
  return `${PREFIX}${parts.join('&')}`;
}

/** The document-level part of a link (no offsets, no hash): the `target.source` of a Web Annotation. */
export function documentLink(link: string): string {
  if (!link.startsWith(PREFIX)) return link;
  const params = new URLSearchParams(link.slice(PREFIX.length));
  const kept = [...params].filter(([k]) => !['start', 'end', 'sha256'].includes(k));
  return `${PREFIX}${kept.map(([k, v]) => `${k}=${enc(v)}`).join('&')}`;
}

/** A parsed passage link of either form. */
export interface ParsedLink {
  /** 1: legacy (absolute folder path); 2: portable. */
  version: 1 | 2;
  /** Legacy links: the absolute folder path; '' when absent. Portable links: ''. */
  folder: string;
  project: string | null;
  /** The folder's name: given by portable links, the path's last segment for legacy ones. */
  name: string;
  doc: string;
  start: number | null;
  end: number | null;
  /** Start of the file's content hash (portable links), lower-case hex. */
  sha256: string | null;
}

/** A parsed passage link, or null when `url` is not one. Strict: it may come from any document. */
export function parseDossierLink(url: string): ParsedLink | null {
  if (!url.startsWith(PREFIX)) return null;
  const params = new URLSearchParams(url.slice(PREFIX.length));
  const doc = params.get('doc');
  if (!doc) return null;
  const num = (k: string) => {
    const v = params.get(k);
    return v !== null && /^\d{1,15}$/.test(v) ? Number(v) : null;
  };
  const folder = params.get('folder') ?? '';
  const version = params.get('v') === '2' || !params.has('folder') ? 2 : 1;
  const project = params.get('project');
  const sha = params.get('sha256')?.toLowerCase() ?? null;
  return {
    version,
    folder: version === 1 ? folder : '',
    project: project && /^[\w-]{1,100}$/.test(project) ? project : null,
    name: params.get('name') ?? lastSegment(folder),
    doc,
    start: num('start'),
    end: num('end'),
    sha256: sha && /^[0-9a-f]{1,64}$/.test(sha) ? sha : null,
  };
}

function lastSegment(folder: string): string {
  const parts = folder.split(/[\\/]/).filter(Boolean);
  return parts[parts.length - 1] ?? '';
}
