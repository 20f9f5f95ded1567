import { describe, expect, it } from 'vitest';
import { matchScore } from '../../../../../renderer/src/features/palette/match';

describe('matchScore', () => {
  it('matches subsequences case-insensitively and rejects others', () => {
    expect(matchScore('tsp', 'Toggle split view')).not.toBeNull();
    expect(matchScore('zzz', 'Toggle split view')).toBeNull();
    expect(matchScore('', 'anything')).toBe(0);
  });

  it('ranks word-start and contiguous matches higher', () => {
    const a = matchScore('split', 'Toggle split view') ?? 0;
    const b = matchScore('split', 'Show all policies in text') ?? 0;
    expect(a).toBeGreaterThan(b);
  });
});
