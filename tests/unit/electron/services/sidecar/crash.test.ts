import { describe, expect, it } from 'vitest';
import { runCrashTrials } from '../../../../support/crash-harness';
import { tempDir } from '../../../../support/temp';

describe('sidecar under SIGKILL (crash harness; the bench runs ≥ 200 trials)', () => {
  it('always parses and holds every acknowledged annotation; quit right after an edit keeps it', async () => {
    const t = await tempDir('dossier-crash-');
    try {
      const s = await runCrashTrials({ dir: t.dir, trials: 20, quitTrials: 3, maxKillMs: 300, seed: 7 });
      expect(s.failures).toEqual([]);
      expect(s).toMatchObject({ trials: 20, intact: 20, corrupt: 0, lost: 0, quitKept: 3 });
      expect(s.acknowledged).toBeGreaterThan(20);
    } finally {
      await t.cleanup();
    }
  }, 120_000);
});
