import { createReadStream } from 'node:fs';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';

/**
 * Per-file caches under the OS cache directory (entity recognitions, issue detections): a header line,
 * then one JSON line per file. Read and written a line at a time with `pause()` between lines, so a
 * 100k-file cache never holds the services thread, and a cache cut short still yields what it holds.
 */

/**
 * Reads a line cache: `acceptHeader` vets the first line (a foreign version is ignored whole), then
 * `onLine` gets each further line parsed. A missing, unreadable or cut-short file yields what was read.
 */
export async function readLineCache(
  file: string,
  acceptHeader: (header: unknown) => boolean,
  onLine: (line: unknown) => void,
  pause: () => Promise<void>,
): Promise<void> {
  const stream = createReadStream(file, 'utf8');
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  try {
    let header = true;
    for await (const line of lines) {
      if (header) {
        header = false;
        if (!acceptHeader(JSON.parse(line))) break;
        continue;
      }
      onLine(JSON.parse(line));
      await pause();
    }
  } catch {
    // No cache yet, unreadable, or cut short: what was read is used; the rest is computed again.
  } finally {
    lines.close();
    stream.destroy();
  }
}

let tempCounter = 0;
/** Bytes gathered before one write. */
const CHUNK = 1 << 20;

/**
 * Writes a line cache atomically (temp file, then rename): the header, then every line `lines` yields
 * (`undefined` entries are skipped: stale files). On failure the temp file is removed and the old cache
 * stays as it was.
 */
export async function writeLineCache(
  file: string,
  header: unknown,
  lines: Iterable<unknown>,
  pause: () => Promise<void>,
): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.${++tempCounter}.tmp`;
  const handle = await open(temp, 'w');
  try {
    let chunk = [JSON.stringify(header)];
    let size = 0;
    for (const value of lines) {
      if (value === undefined) continue;
      const line = JSON.stringify(value);
      chunk.push(line);
      size += line.length;
      if (size > CHUNK) {
        await handle.write(`${chunk.join('\n')}\n`);
        chunk = [];
        size = 0;
      }
      await pause();
    }
    await handle.write(chunk.length ? `${chunk.join('\n')}\n` : '');
    await handle.close();
    await rename(temp, file);
  } catch (e) {
    await handle.close().catch(() => undefined);
    await rm(temp, { force: true });
    throw e;
  }
}
