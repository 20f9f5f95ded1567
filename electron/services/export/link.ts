/**
 * `dossier://open?…` links that re-open a passage in the app (ADR 073).
 *
 * Portable form (written since ADR 073): `dossier://open?v=2&project=<id>&name=<folder name>&doc=<doc id>
 * &start=<n>&end=<n>&sha256=<16 hex>&q=<quote>` — the folder is named by the sidecar's project id and its
 * name, never by its absolute path, so a brief can travel to another machine without revealing where the
 * analyst keeps the folder. `doc` holds the file's relative path (plus `#n` for story n > 1), offsets are
 * UTF-16 into the file's canonical text, and `sha256` is the start of the file's content hash at export,
 * which tells the opener whether the offsets still hold. `q` is the exact quote (its first
 * {@link LINK_QUOTE_CHARS} characters), so a passage whose file was edited since is found again by the
 * anchoring service's re-anchoring (ADR 077) instead of being shown at offsets that moved.
 *
 * Legacy form (before ADR 073, still parsed): `dossier://open?folder=<absolute path>&doc=…&start=…&end=…`.
 */

const PREFIX = 'dossier://open?';
/** Hex digits of the content hash a portable link carries (64 bits: enough to tell files apart). */
export const LINK_HASH_CHARS = 16;
/**
 * Most characters of the quote a link carries: enough to find a passage again (re-anchoring scores the
 * quote, and 200 characters are a sentence or two), short enough for a link pasted into a footnote.
 */
export const LINK_QUOTE_CHARS = 200;
/** Longest `q` accepted when parsing (a link may come from any document; ours never exceed 200). */
const MAX_PARSED_QUOTE = 1000;

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
  /** The exact quote [start, end); only its first {@link LINK_QUOTE_CHARS} characters are kept. */
  quote?: string | null;
}

/** The first `max` UTF-16 units of `s`, without splitting a surrogate pair. */
export function quoteHead(s: string, max = LINK_QUOTE_CHARS): string {
  if (s.length <= max) return s;
  const cut = /[\uD800-\uDBFF]/.test(s.charAt(max - 1)) ? max - 1 : max;
  return s.slice(0, cut);
}

/** The portable link to a passage (ADR 073). */
export function passageLink(ref: PassageRef): string {
  const parts = ['v=2'];
  if (ref.project) parts.push(`project=${enc(ref.project)}`);
  parts.push(`name=${enc(ref.name)}`, `doc=${enc(ref.docId)}`, `start=${ref.start}`, `end=${ref.end}`);
  const hash = ref.contentHash?.toLowerCase().slice(0, LINK_HASH_CHARS);
  if (hash && /^[0-9a-f]+$/.test(hash)) parts.push(`sha256=${hash}`);
  // Last, as the longest part: a reader that cuts a long link still gets the place.
  if (ref.quote) parts.push(`q=${enc(quoteHead(ref.quote))}`);
  return `${PREFIX}${parts.join('&')}`;
}

/** The document-level part of a link (no offsets, hash or quote): the `target.source` of a Web Annotation. */
export function documentLink(link: string): string {
  if (!link.startsWith(PREFIX)) return link;
  const params = new URLSearchParams(link.slice(PREFIX.length));
  const kept = [...params].filter(([k]) => !['start', 'end', 'sha256', 'q'].includes(k));
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
  /**
   * The quote the link carries (`q`, its first {@link LINK_QUOTE_CHARS} characters); null in links
   * written before it (ADR 077) and when absent, empty or implausibly long.
   */
  quote: string | null;
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
  const quote = params.get('q');
  return {
    version,
    folder: version === 1 ? folder : '',
    project: project && /^[\w-]{1,100}$/.test(project) ? project : null,
    name: params.get('name') ?? lastSegment(folder),
    doc,
    start: num('start'),
    end: num('end'),
    sha256: sha && /^[0-9a-f]{1,64}$/.test(sha) ? sha : null,
    quote: quote && quote.length <= MAX_PARSED_QUOTE ? quote : null,
  };
}

function lastSegment(folder: string): string {
  const parts = folder.split(/[\\/]/).filter(Boolean);
  return parts[parts.length - 1] ?? '';
}
