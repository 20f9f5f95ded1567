import path from 'node:path';
import type {
  DocumentDetail,
  DocumentSummary,
  IngestReport,
  SkippedFile,
} from '../../../shared/model/document';
import { documentId, parseDocumentId } from '../../../shared/model/ids';
import type { Progress, SidecarInfo, WorkspaceInfo } from '../../../shared/model/workspace';
import { DossierError } from '../errors';
import { DEFAULT_MAX_BYTES, ingestFile } from '../ingest/ingest-file';
import type { ParsedFile, ParsedStory } from '../ingest/types';
import { scanFolder } from './scan';

/** Parallel file reads during a scan: enough to hide I/O latency, far below any fd limit. */
const PARSE_CONCURRENCY = 8;

/** Files whose parse changed, by NFC relative path (what search, anchoring and entities react to). */
export interface FilesChange {
  added: string[];
  changed: string[];
  removed: string[];
}

/** An open folder: its parsed files and what the scan reported. */
export class Workspace {
  private readonly changeListeners = new Set<(change: FilesChange) => void>();

  private constructor(
    readonly root: string,
    readonly sidecar: SidecarInfo,
    readonly files: Map<string, ParsedFile>,
    private skipped: SkippedFile[],
    private ms: number,
  ) {}

  /** Scans and parses `root`, reporting progress as it goes. */
  static async open(
    root: string,
    sidecar: SidecarInfo,
    onProgress: (p: Progress) => void,
  ): Promise<Workspace> {
    const started = performance.now();
    onProgress({ phase: 'scan', done: 0, total: 0, current: null });
    const scan = await scanFolder(root);
    const files = new Map<string, ParsedFile>();
    const skipped = [...scan.skipped];
    let done = 0;
    let next = 0;
    const worker = async () => {
      while (next < scan.files.length) {
        const found = scan.files[next++];
        if (!found) break;
        const outcome = await ingestFile(found.absPath, found.relPath, { maxBytes: DEFAULT_MAX_BYTES });
        if (outcome.kind === 'parsed') files.set(found.relPath, outcome.file);
        else skipped.push(outcome.skipped);
        done++;
        onProgress({ phase: 'parse', done, total: scan.files.length, current: found.relPath });
      }
    };
    await Promise.all(Array.from({ length: PARSE_CONCURRENCY }, worker));
    const sorted = new Map([...files.entries()].sort(([a], [b]) => (a < b ? -1 : 1)));
    skipped.sort((a, b) => (a.path < b.path ? -1 : 1));
    onProgress({ phase: 'done', done, total: scan.files.length, current: null });
    return new Workspace(root, sidecar, sorted, skipped, performance.now() - started);
  }

  /** The UI's view of this folder. */
  info(): WorkspaceInfo {
    return {
      root: this.root,
      name: path.basename(this.root),
      sidecar: this.sidecar,
      documents: this.countDocuments(),
      files: { indexed: this.files.size, skipped: this.skipped.length },
      state: 'ready',
    };
  }

  /** What the scan indexed and skipped (the CLI's `index --json`). */
  report(): IngestReport {
    return {
      documents: this.countDocuments(),
      files: { indexed: this.files.size, skipped: this.skipped },
      ms: Math.round(this.ms),
    };
  }

  /** Every story as a library row, in path order. */
  list(): DocumentSummary[] {
    const rows: DocumentSummary[] = [];
    for (const file of this.files.values()) {
      file.stories.forEach((story, i) => rows.push(summary(file, story, i + 1)));
    }
    return rows;
  }

  /** One story with its text; a clear not_found error for an unknown id. */
  get(id: string): DocumentDetail {
    const { path: relPath, story } = parseDocumentId(id);
    const file = this.files.get(relPath);
    const parsed = file?.stories[story - 1];
    if (!file || !parsed)
      throw new DossierError(
        'not_found',
        `documents: no document "${id}" in ${path.basename(this.root)}; it may have been moved or deleted — re-open the folder to refresh the library.`,
      );
    return {
      ...summary(file, parsed, story),
      encoding: file.encoding,
      contentHash: file.contentHash,
      start: parsed.start,
      end: parsed.end,
      text: file.text.slice(parsed.start, parsed.end),
      boilerplate: parsed.boilerplate,
      entries: parsed.entries,
      splitReason: parsed.splitReason,
    };
  }

  /**
   * Subscribes to re-parsed files (watcher, encoding override). Domain services that derive data from
   * the text — the search index, annotation anchors, entity mentions — refresh themselves from here.
   */
  onFilesChanged(listener: (change: FilesChange) => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  /** Tells every subscriber which files changed; a failing subscriber never stops the others. */
  protected notifyFilesChanged(change: FilesChange): void {
    for (const listener of this.changeListeners) {
      try {
        listener(change);
      } catch (e) {
        console.error('workspace: a files-changed listener failed:', e);
      }
    }
  }

  private countDocuments(): number {
    let n = 0;
    for (const f of this.files.values()) n += f.stories.length;
    return n;
  }
}

function summary(file: ParsedFile, story: ParsedStory, n: number): DocumentSummary {
  return {
    id: documentId(file.relPath, n),
    path: file.relPath,
    story: n,
    title: story.title,
    date: story.date,
    dateSource: story.dateSource,
    outlet: story.outlet,
    dateline: story.dateline,
    format: file.format,
    annotationCount: 0,
    duplicateGroup: null,
    copies: 1,
  };
}
