import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { reanchor } from '../../../../../electron/services/anchoring/reanchor';
import { describeRange } from '../../../../../electron/services/anchoring/selectors';
import { REPO_ROOT } from '../../../../support/temp';

/** Baselines (as hypothesis/client's html-baselines): article + annotations + edits → reviewed outcomes. */
const ROOT = path.join(REPO_ROOT, 'tests', 'fixtures', 'anchoring');

interface Spec {
  id: string;
  quote: string;
  occurrence?: number;
}
type Expected = Record<string, Record<string, { state: string; text: string | null }>>;

for (const name of readdirSync(ROOT)) {
  const dir = path.join(ROOT, name);
  const read = (f: string) => readFileSync(path.join(dir, f), 'utf8');
  const text = read('article.txt');
  const specs = JSON.parse(read('annotations.json')) as Spec[];
  const expected = JSON.parse(read('expected.json')) as Expected;
  describe(`anchoring baseline ${name}`, () => {
    for (const [edit, outcomes] of Object.entries(expected)) {
      it(`${edit}: every annotation lands as reviewed`, () => {
        const edited = read(`edited-${edit}.txt`);
        for (const spec of specs) {
          let start = -1;
          for (let i = 0; i < (spec.occurrence ?? 1); i++) start = text.indexOf(spec.quote, start + 1);
          expect(start, spec.id).toBeGreaterThanOrEqual(0);
          const sel = describeRange(text, start, start + spec.quote.length);
          const r = reanchor(edited, sel.quote, sel.position);
          const got = { state: r.state, text: r.start === null ? null : edited.slice(r.start, r.end ?? 0) };
          expect(got, `${edit}/${spec.id}`).toEqual(outcomes[spec.id]);
        }
      });
    }
  });
}
