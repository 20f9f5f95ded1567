import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CUES,
  findCue,
  foldForAnchors,
  type CueMatch,
} from '../../../../../electron/services/issues/detect/cues';
import { splitUnits } from '../../../../../electron/services/issues/detect/units';
import { REPO_ROOT } from '../../../../support/temp';

/** findCue as it was before the anchors: every pattern on every sentence (the slow reference). */
function findCueReference(sentence: string): CueMatch | null {
  const negation = /\b(?:not|no|never|yet\s+to|failed\s+to|without|nor|n['’]t)\s+(?:\w+\s+){0,2}$/i;
  for (const c of CUES) {
    const m = c.pattern.exec(sentence);
    if (!m) continue;
    if ((c.stance === 'resolves' || c.stance === 'progress') && negation.test(sentence.slice(0, m.index)))
      continue;
    return { cue: c, start: m.index, end: m.index + m[0].length };
  }
  return null;
}

/**
 * A pattern without its word-boundary and look-behind assertions: it matches a superset of what the
 * pattern matches (so an anchor every one of its matches contains holds for the pattern too), and
 * fast-check can generate strings from it.
 */
function relaxed(pattern: RegExp): RegExp {
  const source = pattern.source.replace(/\\b/g, '').replace(/\(\?<!(?:[^()]|\((?:[^()])*\))*\)/g, '');
  return new RegExp(source);
}

/** Upper-cases some letters and writes some s and k as ſ and the Kelvin sign (equal under /iu). */
const anyCase = (s: string) =>
  fc.array(fc.integer({ min: 0, max: 3 }), { minLength: s.length, maxLength: s.length }).map((flips) =>
    [...s]
      .map((ch, i) => {
        const f = flips[i] ?? 0;
        if (f === 1) return ch.toUpperCase();
        if (f === 2 && ch === 's') return 'ſ';
        if (f === 2 && ch === 'k') return '\u212a';
        return ch;
      })
      .join(''),
  );

const sentencesOf = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sentencesOf(p);
    if (!/\.(?:txt|md)$/.test(e.name)) return [];
    const text = readFileSync(p, 'utf8').replace(/\r\n?/g, '\n');
    return splitUnits(text, { start: 0, end: text.length }, []).map((u) => u.text);
  });

describe('cue anchors: a sentence without a cue is skipped cheaply, never a sentence with one', () => {
  it.each(CUES.map((c) => [c.id, c] as const))('every match of "%s" contains its anchor', (_, cue) => {
    const text = fc
      .tuple(
        fc.string({ maxLength: 8 }),
        fc.stringMatching(relaxed(cue.pattern)),
        fc.string({ maxLength: 8 }),
      )
      .chain(([a, m, b]) => anyCase(`${a}${m}${b}`));
    fc.assert(
      fc.property(text, (s) => {
        expect(cue.anchor.test(foldForAnchors(s))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('finds the same cue as running every pattern, on every sentence of the fixtures and samples', () => {
    const sentences = [
      ...sentencesOf(path.join(REPO_ROOT, 'tests', 'fixtures', 'issues')),
      ...sentencesOf(path.join(REPO_ROOT, 'resources', 'sample-articles')),
    ];
    expect(sentences.length).toBeGreaterThan(500);
    let withCue = 0;
    for (const s of sentences) {
      const want = findCueReference(s);
      if (want) withCue++;
      expect({ s, got: findCue(s) }).toEqual({ s, got: want });
    }
    expect(withCue).toBeGreaterThan(50);
  });

  it('finds the same cue as running every pattern on sentences made of cue words', () => {
    const words = [
      ...new Set(CUES.flatMap((c) => c.pattern.source.match(/[a-z]{2,}/g) ?? [])),
      'the',
      'talks',
      'sanctions',
      'Kyiv',
      'said',
    ];
    const sentence = fc
      .array(fc.constantFrom(...words), { minLength: 1, maxLength: 12 })
      .chain((ws) => anyCase(ws.join(' ')));
    fc.assert(
      fc.property(sentence, (s) => {
        expect(findCue(s)).toEqual(findCueReference(s));
      }),
      { numRuns: 2000 },
    );
  });
});
