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
import { LEXICON } from '../../../../../electron/services/issues/detect/lexicon';
import { seedTopics } from '../../../../../electron/services/issues/detect/topics';
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

/** seedTopics as it was before the anchors: every lexicon pattern scanned over the sentence. */
function seedTopicsReference(text: string) {
  const taken: { key: string; label: string; start: number; end: number; source: 'seed' }[] = [];
  for (const entry of LEXICON) {
    const re = new RegExp(entry.pattern.source, 'giu');
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const hit = { key: entry.key, label: entry.label, start: m.index, end: m.index + m[0].length };
      if (m[0].length === 0) re.lastIndex++;
      if (taken.some((h) => h.start < hit.end && hit.start < h.end)) continue;
      if (taken.some((h) => h.key === hit.key)) continue;
      taken.push({ ...hit, source: 'seed' });
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}

/**
 * A pattern without its word-boundary and look-around assertions: it matches a superset of what the
 * pattern matches (so an anchor every one of its matches contains holds for the pattern too), and
 * fast-check can generate strings from it.
 */
function relaxed(pattern: RegExp): RegExp {
  let source = pattern.source.replace(/\\b/g, '');
  // Drop every look-around group (balanced parentheses; the patterns escape no parenthesis inside one).
  for (let at = source.search(/\(\?<?[!=]/); at >= 0; at = source.search(/\(\?<?[!=]/)) {
    let depth = 0;
    let end = at;
    for (; end < source.length; end++) {
      if (source[end] === '\\') end++;
      else if (source[end] === '(') depth++;
      else if (source[end] === ')' && --depth === 0) break;
    }
    source = source.slice(0, at) + source.slice(end + 1);
  }
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

describe('anchors: a sentence without a cue or topic is skipped cheaply, never one with it', () => {
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

  it.each(LEXICON.map((e) => [e.key, e] as const))(
    'every match of topic "%s" contains its anchor',
    (_, entry) => {
      const text = fc
        .tuple(
          fc.string({ maxLength: 8 }),
          fc.stringMatching(relaxed(entry.pattern)),
          fc.string({ maxLength: 8 }),
        )
        .chain(([a, m, b]) => anyCase(`${a}${m}${b}`));
      fc.assert(
        fc.property(text, (s) => {
          expect(entry.anchor.test(foldForAnchors(s))).toBe(true);
        }),
        { numRuns: 300 },
      );
    },
  );

  it('finds the same seed topics as running every lexicon pattern, on every sentence of the fixtures and samples', () => {
    let named = 0;
    for (const s of [
      ...sentencesOf(path.join(REPO_ROOT, 'tests', 'fixtures', 'issues')),
      ...sentencesOf(path.join(REPO_ROOT, 'resources', 'sample-articles')),
    ]) {
      const want = seedTopicsReference(s);
      if (want.length) named++;
      expect({ s, got: seedTopics(s) }).toEqual({ s, got: want });
    }
    expect(named).toBeGreaterThan(50);
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
