import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../../../electron/services/ingest/article/parse-article';
import { toCanonicalText } from '../../../../../shared/text/canonical';
import { isValidRange } from '../../../../../shared/text/ranges';

// Lines that exercise every rule: headlines, date lines, datelines, furniture, stamps, separators, prose.
const LINE_POOL = [
  ' date 2024-03-14',
  'Harbour authority approves second container terminal',
  'Updated 5 March 2024',
  'Published 12 March 2024, 18:40 GMT',
  'Mar 05, 2024 at 11:40 AM EST',
  '6 Mar 2024 · 18:00 GST',
  'Tuesday 12 March 2024',
  'OSLO (Nordline Press) — Ministers agreed early on Thursday to freeze quotas for a year, ending a long dispute.',
  '(NEW YORK) -- Officials met on Tuesday for a fourth round of talks on sharing water in drought years, again.',
  '1 / 3',
  'Protesters gather outside the offices. (Photo: Westcoast Images / Tom Reyes)',
  'Follow',
  'Share   Short Url',
  'Recommended For You',
  'The last ferry: how island services are shrinking 5 min read',
  'Most Read',
  '© The Coastal Record 2024. Reprints & Permissions',
  'By Mara Quinlan',
  'SPORT',
  'THE VALLEY ECHO',
  '* * *',
  '',
  '',
  'The council said the route had been chosen after six years of consultation and was the only real option.',
  'Докеры вернулись к работе в воскресенье после того, как профсоюз принял новое предложение по зарплате.',
  'Emoji 😀 and combining e\u0301 survive offsets.',
];

const article = fc
  .array(fc.oneof(fc.constantFrom(...LINE_POOL), fc.string({ maxLength: 40 })), { maxLength: 60 })
  .map((lines) => toCanonicalText(lines.join(fc.sample(fc.constantFrom('\n', '\r\n'), 1)[0] ?? '\n')));

describe('every range the article grammar produces', () => {
  it('is in bounds, ordered, inside its story, and slices to what it claims', () => {
    fc.assert(
      fc.property(article, (text) => {
        const stories = parseArticle(text, { mtimeMs: Date.UTC(2024, 0, 10) });
        expect(stories.length).toBeGreaterThanOrEqual(1);
        expect(stories[0]!.start).toBe(0);
        expect(stories[stories.length - 1]!.end).toBe(text.length);
        stories.forEach((s, i) => {
          expect(isValidRange(s, text.length)).toBe(true);
          if (i > 0) expect(s.start).toBe(stories[i - 1]!.end);
          let last = s.start;
          for (const b of s.boilerplate) {
            expect(isValidRange(b, text.length)).toBe(true);
            expect(b.start).toBeGreaterThanOrEqual(last);
            expect(b.end).toBeLessThanOrEqual(s.end);
            expect(b.end).toBeGreaterThan(b.start);
            // Furniture is whole lines: it starts at a line start and ends at a line end.
            expect(b.start === 0 || text[b.start - 1] === '\n').toBe(true);
            expect(b.end === text.length || text[b.end] === '\n').toBe(true);
            if (b.kind === 'headline-repeat')
              expect(text.slice(b.start, b.end).trim().toLowerCase()).toBe(s.title.toLowerCase());
            last = b.end;
          }
          let lastEntry = s.start;
          for (const e of s.entries) {
            expect(isValidRange(e, text.length)).toBe(true);
            expect(e.start).toBeGreaterThanOrEqual(lastEntry);
            expect(e.end).toBeLessThanOrEqual(s.end);
            // An entry starts with its own stamp line, whose day is the timestamp's day.
            expect(text.slice(e.start, e.end).length).toBeGreaterThan(0);
            expect(e.timestamp.slice(0, 4)).toMatch(/^\d{4}$/);
            lastEntry = e.end;
          }
          if (s.dateSource === 'meta' || s.dateSource === 'updated')
            expect(s.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        });
      }),
      { numRuns: 300 },
    );
  });
});
