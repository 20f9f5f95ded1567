import { readFile, writeFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { LocalClient } from '../../../../../electron/hosts/local/local-client';
import { detectionCacheFile } from '../../../../../electron/services/issues/detection-cache';
import { copyFolder, SAMPLE_FOLDER, tempDir } from '../../../../support/temp';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c().catch(() => undefined);
});

async function host(folder: string, cacheDir: string) {
  const data = await tempDir();
  cleanups.push(data.cleanup);
  const client = await LocalClient.create({ dataDir: data.dir, cacheDir, version: 'test' });
  await client.call('workspace.open', { path: folder });
  return client;
}

type Line = { path: string; key: string; detections: Array<{ topic: string; topicLabel: string }> };

async function readLines(file: string): Promise<{ header: string; lines: Line[] }> {
  const [header = '', ...rest] = (await readFile(file, 'utf8')).trim().split('\n');
  return { header, lines: rest.map((l) => JSON.parse(l) as Line) };
}

async function writeLines(file: string, header: string, lines: Line[]): Promise<void> {
  await writeFile(file, `${[header, ...lines.map((l) => JSON.stringify(l))].join('\n')}\n`);
}

describe('the detection cache on disk', () => {
  it('is written on the first pass and read by the next host on the same folder', async () => {
    const copy = await copyFolder(SAMPLE_FOLDER);
    const cache = await tempDir();
    cleanups.push(copy.cleanup, cache.cleanup);
    const first = await (await host(copy.dir, cache.dir)).call('issues.suggestions', { preview: 'all' });
    const file = detectionCacheFile(cache.dir, copy.dir);
    const { header, lines } = await readLines(file);
    expect(lines.length).toBeGreaterThan(5);

    // A label only the cache can know: the next host shows it, so it read the cache, not the text.
    const target = lines.find((l) => l.detections.some((d) => d.topic === 'territory'));
    expect(target).toBeDefined();
    for (const d of target?.detections ?? []) if (d.topic === 'territory') d.topicLabel = 'from the cache';
    await writeLines(file, header, lines);
    const second = await (await host(copy.dir, cache.dir)).call('issues.suggestions', { preview: 'all' });
    expect(second.find((s) => s.topic === 'territory')?.label).toBe('from the cache');
    expect(second.map((s) => [s.topic, s.evidenceCount])).toEqual(
      first.map((s) => [s.topic, s.evidenceCount]),
    );
  }, 90_000);

  it('is ignored when made under other rules, and per file when the text changed', async () => {
    const copy = await copyFolder(SAMPLE_FOLDER);
    const cache = await tempDir();
    cleanups.push(copy.cleanup, cache.cleanup);
    await (await host(copy.dir, cache.dir)).call('issues.suggestions', {});
    const file = detectionCacheFile(cache.dir, copy.dir);
    const { header, lines } = await readLines(file);
    for (const l of lines) for (const d of l.detections) d.topicLabel = 'stale';

    await writeLines(file, header.replace(/"rules":"[^"]*"/, '"rules":"other"'), lines);
    const otherRules = await (await host(copy.dir, cache.dir)).call('issues.suggestions', {});
    expect(otherRules.some((s) => s.label === 'stale')).toBe(false);

    for (const l of lines) l.key = `changed:${l.key}`;
    await writeLines(file, header, lines);
    const otherText = await (await host(copy.dir, cache.dir)).call('issues.suggestions', {});
    expect(otherText.some((s) => s.label === 'stale')).toBe(false);
    expect(otherText.length).toBe(otherRules.length);
  }, 90_000);
});
