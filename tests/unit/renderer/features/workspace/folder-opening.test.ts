import { describe, expect, it } from 'vitest';
import type { Progress, WorkspaceInfo } from '../../../../../shared/model/workspace';
import { progressLabel } from '../../../../../renderer/src/features/ingest/IngestProgress';
import { isFolderOpening } from '../../../../../renderer/src/features/workspace/use-folder-opening';

const progress = (phase: Progress['phase'], done = 0, total = 0): Progress => ({
  phase,
  done,
  total,
  current: null,
});
// Only its presence matters to the rule; the shape is checked by the contract tests.
const workspace = { name: 'wires' } as unknown as WorkspaceInfo;

describe('a folder being opened', () => {
  it('is shown as opening while the host reads it before the page has a folder', () => {
    expect(isFolderOpening({ workspace: null, opening: false, progress: progress('scan') })).toBe(true);
    expect(isFolderOpening({ workspace: null, opening: false, progress: progress('parse', 10, 900) })).toBe(
      true,
    );
    expect(isFolderOpening({ workspace: null, opening: true, progress: null })).toBe(true);
  });

  it('is not opening once a folder is shown, when idle, or when the host finished', () => {
    expect(isFolderOpening({ workspace, opening: false, progress: progress('index', 3, 64) })).toBe(false);
    expect(isFolderOpening({ workspace: null, opening: false, progress: null })).toBe(false);
    expect(isFolderOpening({ workspace: null, opening: false, progress: progress('done') })).toBe(false);
  });

  it('names each phase once, in words an analyst reads', () => {
    expect(progressLabel(progress('scan'))).toBe('Looking for files…');
    expect(progressLabel(progress('parse', 120, 20_000))).toBe('Reading 120 of 20000 files');
    expect(progressLabel(progress('index', 3, 64))).toBe('Building the search index: 3 of 64 parts');
  });
});
