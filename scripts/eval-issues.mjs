// Precision and recall of the issue detector against the hand-labelled fixtures in tests/fixtures/issues
// (labels.json), and topic recall against the `unresolved` lists of the sample corpus's EXPECTED.json.
// Run: node --import tsx scripts/eval-issues.mjs   (add --verbose to list misses and false alarms)
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { detectInStory } from '../electron/services/issues/detect/detect.ts';
import { ingestFile } from '../electron/services/ingest/ingest-file.ts';
import { detectInFile } from '../electron/services/issues/suggest.ts';

const root = path.resolve(import.meta.dirname, '..');
const verbose = process.argv.includes('--verbose');
const fixtures = path.join(root, 'tests', 'fixtures', 'issues');
const labels = JSON.parse(readFileSync(path.join(fixtures, 'labels.json'), 'utf8')).files;

let tp = 0,
  fp = 0,
  fn = 0,
  passTp = 0,
  passFp = 0,
  passFn = 0,
  actorOk = 0,
  actorTotal = 0;
for (const [file, gold] of Object.entries(labels)) {
  const text = readFileSync(path.join(fixtures, file), 'utf8').replace(/\r\n?/g, '\n');
  const found = detectInStory(text, { start: 0, end: text.length }, []);
  const unitOf = (quote) => found.find((d) => d.quote.includes(quote));
  const matched = new Set();
  for (const g of gold) {
    const hit = found.find((d) => d.quote.includes(g.quote) && d.topic === g.topic);
    if (hit) {
      tp++;
      matched.add(hit);
      if (g.actor !== undefined) {
        actorTotal++;
        if ((hit.actor ?? null) === g.actor || (hit.actor && g.actor && hit.actor.endsWith(g.actor)))
          actorOk++;
        else if (verbose) console.log(`  actor ${file}: expected ${g.actor}, got ${hit.actor} — ${g.quote}`);
      }
    } else {
      fn++;
      if (verbose)
        console.log(
          `  MISS ${file}: [${g.topic}] ${g.quote}  (found: ${unitOf(g.quote)?.topic ?? 'nothing'})`,
        );
    }
  }
  for (const d of found) {
    if (matched.has(d)) continue;
    fp++;
    if (verbose) console.log(`  FALSE ${file}: [${d.topic}] (${d.cue}) ${d.quote.slice(0, 100)}`);
  }
  // Passage level: was the sentence flagged at all, whatever the topic?
  const goldQuotes = gold.map((g) => g.quote);
  const units = new Set(found.map((d) => d.quote));
  for (const u of units) goldQuotes.some((q) => u.includes(q)) ? passTp++ : passFp++;
  for (const q of new Set(goldQuotes)) if (![...units].some((u) => u.includes(q))) passFn++;
}
const pct = (n, d) => (d ? `${((100 * n) / d).toFixed(1)}%` : 'n/a');
console.log('Issue detector on hand-labelled fixtures (tests/fixtures/issues)');
console.log(
  `  passage+topic: precision ${pct(tp, tp + fp)}  recall ${pct(tp, tp + fn)}  (tp ${tp}, fp ${fp}, fn ${fn})`,
);
console.log(
  `  passage only : precision ${pct(passTp, passTp + passFp)}  recall ${pct(passTp, passTp + passFn)}`,
);
console.log(`  actor        : ${pct(actorOk, actorTotal)} of matched labels (${actorOk}/${actorTotal})`);

// Sample corpus: which of each story's hand-listed unresolved topics does the detector propose?
const samples = path.join(root, 'resources', 'sample-articles');
const expected = JSON.parse(readFileSync(path.join(samples, 'EXPECTED.json'), 'utf8'));
const ALIAS = {
  'sanctions relief': 'sanctions',
  sanctions: 'sanctions',
  territory: 'territory',
  'security guarantees': 'security-guarantees',
  'nato membership': 'nato-membership',
  'frozen assets': 'frozen-assets',
  'zaporizhzhia nuclear plant': 'nuclear-plant',
  elections: 'elections',
  reconstruction: 'reconstruction',
  'prisoner exchange': 'prisoner-exchange',
  'ceasefire monitoring': 'ceasefire-monitoring',
  sovereignty: 'sovereignty',
  ceasefire: 'ceasefire',
};
let topicHit = 0,
  topicTotal = 0,
  extra = 0,
  predicted = 0;
for (const [rel, want] of Object.entries(expected)) {
  if (!want || !Array.isArray(want.stories)) continue;
  const outcome = await ingestFile(path.join(samples, rel), rel, { maxBytes: 50 * 1024 * 1024 });
  if (outcome.kind !== 'parsed') continue;
  const dets = detectInFile(outcome.file);
  want.stories.forEach((story, i) => {
    const docId = i === 0 ? rel : `${rel}#${i + 1}`;
    const got = new Set(dets.filter((d) => d.docId === docId).map((d) => d.topic));
    const gold = new Set((story.unresolved ?? []).map((u) => ALIAS[u.toLowerCase()] ?? u.toLowerCase()));
    for (const g of gold) {
      topicTotal++;
      if (got.has(g)) topicHit++;
      else if (verbose) console.log(`  sample miss ${docId}: ${g}`);
    }
    predicted += got.size;
    for (const g of got) if (!gold.has(g)) extra++;
  });
}
console.log('Sample corpus (EXPECTED.json "unresolved" per story, topic level)');
console.log(
  `  topic recall ${pct(topicHit, topicTotal)} (${topicHit}/${topicTotal}); topics proposed beyond the list: ${extra} of ${predicted}`,
);
