import type {
  Boilerplate,
  DocumentFormat,
  EncodingInfo,
  LiveEntry,
  SkippedFile,
  DateSource,
} from '../../../shared/model/document';

/** One story found in a file; every offset is into the file's canonical text. */
export interface ParsedStory {
  start: number;
  end: number;
  title: string;
  date: string | null;
  dateSource: DateSource;
  outlet: string;
  dateline: string | null;
  boilerplate: Boilerplate[];
  entries: LiveEntry[];
  /** Why this story starts a new document (null for the first story of a file). */
  splitReason: string | null;
  /** MinHash signature of the story's prose (see minhash.ts); null when it is too short to compare. */
  signature?: number[] | null;
}

/** A file turned into canonical text and stories. */
export interface ParsedFile {
  relPath: string;
  format: DocumentFormat;
  encoding: EncodingInfo;
  /** sha256 of the canonical text, hex. */
  contentHash: string;
  text: string;
  stories: ParsedStory[];
  size: number;
  mtimeMs: number;
}

/** What happened to one file of the scan. */
export type FileOutcome =
  | { kind: 'parsed'; file: ParsedFile }
  | { kind: 'skipped'; skipped: SkippedFile }
  /** The file changed while it was being read: read it again. */
  | { kind: 'retry'; path: string }
  /** The file was deleted after the walk listed it. */
  | { kind: 'gone'; path: string };
