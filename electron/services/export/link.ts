/** `dossier://open?folder=…&doc=…&start=…&end=…` links that re-open a passage in the app. */

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

/** The link to a passage: folder path, document id and UTF-16 offsets into the file's canonical text. */
export function dossierLink(folder: string, docId: string, start: number, end: number): string {
  return `dossier://open?folder=${enc(folder)}&doc=${enc(docId)}&start=${start}&end=${end}`;
}

/** A parsed passage link, or null when `url` is not one. */
export function parseDossierLink(
  url: string,
): { folder: string; doc: string; start: number | null; end: number | null } | null {
  if (!url.startsWith('dossier://open?')) return null;
  const params = new URLSearchParams(url.slice('dossier://open?'.length));
  const doc = params.get('doc');
  if (!doc) return null;
  const num = (k: string) => {
    const v = params.get(k);
    return v !== null && /^\d+$/.test(v) ? Number(v) : null;
  };
  return { folder: params.get('folder') ?? '', doc, start: num('start'), end: num('end') };
}
