import { describe, expect, it } from 'vitest';
import { runMigrationKills } from '../../reliability/migration';
import { tempDir } from '../../support/temp';

// Fault matrix row 2. The bench (`npm run bench:reliability`) runs ≥ 50 kills; the suite runs 8.
describe('kill -9 during a sidecar schema migration', () => {
  it('leaves the old file intact or wholly migrated with a backup, and the next open migrates', async () => {
    const t = await tempDir('dossier-migrate-kill-');
    try {
      const s = await runMigrationKills({ base: t.dir, trials: 8, records: 1000, seed: 11 });
      expect(s.failures).toEqual([]);
      expect(s).toMatchObject({ trials: 8, half: 0, noBackup: 0, reopenFailed: 0, lost: 0 });
      expect(s.oldIntact + s.migrated).toBe(8);
    } finally {
      await t.cleanup();
    }
  }, 60_000);
});
