import { realpath } from 'node:fs/promises';
import path from 'node:path';

/**
 * The file under `rendererRoot` that an app-scheme URL names, or null when it names none: another host,
 * a path that leaves the root (`..`, encoded or not, or a link pointing out), or no such file. The check
 * is `path.relative` on real paths, never `startsWith` (which lets `<root>-x` through).
 */
export async function appFileFor(rendererRoot: string, requestUrl: string): Promise<string | null> {
  const url = new URL(requestUrl);
  if (url.host !== 'app') return null;
  try {
    const rel = decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname);
    const root = await realpath(rendererRoot);
    const file = await realpath(path.join(root, path.normalize(rel)));
    const inside = path.relative(root, file);
    return inside.startsWith('..') || path.isAbsolute(inside) ? null : file;
  } catch {
    return null;
  }
}

/** Content types of what the renderer build holds; anything else is served as opaque bytes. */
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** The Content-Type to serve `file` with (module scripts are refused by the browser without one). */
export function contentTypeOf(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}
