/**
 * Palette matching: every query character must appear in order in the title (case-insensitive).
 * Score favours matches at word starts and contiguous runs, so "ts" finds "Toggle split" first.
 * Returns null when the query does not match.
 */
export function matchScore(query: string, title: string): number | null {
  const q = query.trim().toLowerCase();
  if (!q) return 0;
  const t = title.toLowerCase();
  let score = 0;
  let at = 0;
  let prev = -2;
  for (const ch of q) {
    if (ch === ' ') continue;
    const i = t.indexOf(ch, at);
    if (i < 0) return null;
    const wordStart = i === 0 || /[\s\-–—/.(]/.test(t[i - 1] ?? '');
    score += (wordStart ? 8 : 1) + (i === prev + 1 ? 5 : 0) - Math.min(3, (i - at) / 10);
    prev = i;
    at = i + 1;
  }
  return score;
}
