import { createHash } from 'node:crypto';
import type { Boilerplate } from '../../../../../shared/model/document';
import type { ParsedFile } from '../../../../../electron/services/ingest/types';
import { FieldProviderRegistry } from '../../../../../electron/services/search/field-providers';
import { SearchService } from '../../../../../electron/services/search/service';
import { CacheWrites } from '../../../../../electron/services/cache-writes';
import type { FilesChange, Workspace } from '../../../../../electron/services/workspace/workspace';

/** A story spec for {@link parsedFile}: text plus metadata; furniture given as substrings of the text. */
export interface StorySpec {
  text: string;
  title?: string;
  date?: string | null;
  outlet?: string;
  furniture?: string[];
}

/** A ParsedFile built by hand (one or more stories joined by a blank line), furniture ranges exact. */
export function parsedFile(relPath: string, stories: StorySpec[]): ParsedFile {
  let text = '';
  const parsed = stories.map((s) => {
    if (text) text += '\n\n';
    const start = text.length;
    text += s.text;
    const boilerplate: Boilerplate[] = (s.furniture ?? []).map((f) => {
      const at = text.indexOf(f, start);
      if (at < 0) throw new Error(`furniture "${f}" not in text`);
      return { start: at, end: at + f.length, kind: 'related-links' };
    });
    return {
      start,
      end: text.length,
      title: s.title ?? s.text.split('\n')[0]!.slice(0, 80),
      date: s.date ?? null,
      dateSource: s.date ? ('meta' as const) : ('none' as const),
      outlet: s.outlet ?? 'Test Wire',
      dateline: null,
      boilerplate,
      entries: [],
      splitReason: null,
    };
  });
  return {
    relPath,
    format: 'txt',
    encoding: { name: 'utf-8', confidence: 1, source: 'utf8', flagged: false },
    contentHash: createHash('sha256').update(text).digest('hex'),
    text,
    stories: parsed,
    size: text.length,
    mtimeMs: 0,
  };
}

/** A minimal Workspace stand-in whose files can be changed and announced like the watcher does. */
export class FakeWorkspace {
  readonly files = new Map<string, ParsedFile>();
  /** The cache writes a real workspace waits for on close; tests drain it before removing the cache. */
  readonly writes = new CacheWrites();
  private readonly listeners = new Set<(c: FilesChange) => void>();
  constructor(readonly root: string) {}
  onFilesChanged(l: (c: FilesChange) => void): () => void {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  }
  /** Sets/removes files and notifies. */
  change(set: ParsedFile[], remove: string[] = []): void {
    const change: FilesChange = { added: [], changed: [], removed: [] };
    for (const f of set) {
      (this.files.has(f.relPath) ? change.changed : change.added).push(f.relPath);
      this.files.set(f.relPath, f);
    }
    for (const p of remove) if (this.files.delete(p)) change.removed.push(p);
    for (const l of this.listeners) l(change);
  }
  asWorkspace(): Workspace {
    return this as unknown as Workspace;
  }
}

/** A started search service over `files` (cache in `cacheDir`, or none). */
export async function serviceOver(
  files: ParsedFile[],
  cacheDir: string | null = null,
  providers = new FieldProviderRegistry(),
): Promise<{ ws: FakeWorkspace; service: SearchService }> {
  const ws = new FakeWorkspace('/fake/root');
  for (const f of files) ws.files.set(f.relPath, f);
  const service = new SearchService(ws.asWorkspace(), { cacheDir, providers });
  await service.start();
  return { ws, service };
}

/** Ids of every match of `query` (all pages). */
export async function ids(service: SearchService, query: string, filters: string[] = []): Promise<string[]> {
  return (await service.query({ query, filters, limit: 1000 })).hits.map((h) => h.id).sort();
}
