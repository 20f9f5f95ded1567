import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';

const GOLDEN_DIR = path.resolve(__dirname, '../../../../fixtures/export/golden');

/**
 * Compares `actual` with tests/fixtures/export/golden/<name>. Run with UPDATE_GOLDEN=1 to (re)write the
 * file after a deliberate change — then read the diff before committing it.
 */
export function expectGolden(name: string, actual: string): void {
  const file = path.join(GOLDEN_DIR, name);
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) {
    mkdirSync(GOLDEN_DIR, { recursive: true });
    writeFileSync(file, actual);
  }
  expect(actual).toBe(readFileSync(file, 'utf8'));
}
