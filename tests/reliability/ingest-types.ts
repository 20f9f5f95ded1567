import type { SkippedFile } from '../../shared/model/document';

/** What the ingest child is asked to open. */
export interface IngestChildArgs {
  root: string;
  workers?: number;
  maxBytes?: number;
  fileTimeoutMs?: number;
  /** Relative paths whose parsed text (first 2,000 chars) and length are reported. */
  textOf?: string[];
}

/** What the ingest child reports (one JSON line). */
export interface IngestChildResult {
  indexed: number;
  texts: Record<string, string | null>;
  textLengths: Record<string, number>;
  skipped: SkippedFile[];
  ms: number;
  baselineRss: number;
  peakRss: number;
  peakRssBeforeScan: number;
  eldMaxMs: number;
  eldP99Ms: number;
  fdBaseline: number;
  fdMax: number;
  /** True if any script from an input ran in this process. */
  pwned: boolean;
}
