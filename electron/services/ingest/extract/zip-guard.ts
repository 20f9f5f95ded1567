import { unzipSync } from 'fflate';

/** Limits on a DOCX (zip) read from its central directory before anything is inflated. */
export const ZIP_LIMITS = {
  maxEntries: 5_000,
  /** Total declared uncompressed size. */
  maxTotalBytes: 256 * 1024 * 1024,
  maxEntryBytes: 128 * 1024 * 1024,
  /** Declared ratio above which an entry over 1 MB is treated as a bomb (64 MiB of XML packs to ~65 KB). */
  maxRatio: 200,
};

/** Why a zip was refused, or null when its directory looks sane. Reads the directory only. */
export function checkZipDirectory(bytes: Uint8Array, limits = ZIP_LIMITS): string | null {
  let entries = 0;
  let total = 0;
  let problem: string | null = null;
  try {
    unzipSync(bytes, {
      filter(file) {
        entries++;
        total += file.originalSize;
        if (problem) return false;
        if (entries > limits.maxEntries) problem = `more than ${limits.maxEntries} entries`;
        else if (file.originalSize > limits.maxEntryBytes)
          problem = `${file.name} declares ${mb(file.originalSize)} uncompressed`;
        else if (
          file.originalSize > 1024 * 1024 &&
          file.originalSize / Math.max(1, file.size) > limits.maxRatio
        )
          problem = `${file.name} declares a compression ratio of ${Math.round(file.originalSize / Math.max(1, file.size))}:1`;
        else if (total > limits.maxTotalBytes)
          problem = `the entries declare ${mb(total)} uncompressed in total`;
        return false; // never inflate here
      },
    });
  } catch (e) {
    return `the zip directory cannot be read (${e instanceof Error ? e.message : String(e)})`;
  }
  return problem;
}

/** Inflates one small entry (e.g. docProps/core.xml) after the directory check passed. */
export function readZipEntry(bytes: Uint8Array, name: string): Uint8Array | null {
  try {
    return unzipSync(bytes, { filter: (f) => f.name === name })[name] ?? null;
  } catch {
    return null;
  }
}

function mb(n: number): string {
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
