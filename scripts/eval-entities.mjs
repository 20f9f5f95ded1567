#!/usr/bin/env node
// Precision and recall of entity recognition.
//
//   node --import tsx scripts/eval-entities.mjs            # fixtures + sample corpus
//   node --import tsx scripts/eval-entities.mjs --json     # one JSON document
//
// 1. Mentions: tests/fixtures/entities/labels.json lists every mention (type + exact text) of the
//    hand-written articles in tests/fixtures/entities/articles/. A prediction counts when the same
//    (type, text) occurs in the same article (multiset match, so a repeated name must be found each time).
// 2. Documents: resources/sample-articles/EXPECTED.json lists the people, places and organisations of each
//    story (written by someone else, not for this recogniser). A predicted entity of a document counts when
//    its name or an alias folds (case, accents, transliteration) to an expected name of the same type.
//    Those lists name the notable actors only, so document precision is a lower bound.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { LocalClient } = await import(path.join(root, 'electron/hosts/local/local-client.ts'));
const { foldName, translitKey } = await import(path.join(root, 'electron/services/entities/fold.ts'));
const json = process.argv.includes('--json');

async function open(folder) {
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'dossier-eval-'));
  const client = await LocalClient.create({
    dataDir: path.join(tmp, 'data'),
    cacheDir: path.join(tmp, 'cache'),
    version: 'eval',
  });
  await client.call('workspace.open', { path: folder });
  return { client, done: () => rm(tmp, { recursive: true, force: true }) };
}

const score = (tp, fp, fn) => {
  const p = tp + fp ? tp / (tp + fp) : 1;
  const r = tp + fn ? tp / (tp + fn) : 1;
  return { tp, fp, fn, precision: p, recall: r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
};
const TYPES = ['person', 'organisation', 'place'];

async function mentionLevel(labelFile, folder) {
  const labels = JSON.parse(await readFile(path.join(root, 'tests/fixtures/entities', labelFile), 'utf8'));
  const { client, done } = await open(path.join(root, 'tests/fixtures/entities', folder));
  const counts = Object.fromEntries(TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
  const errors = [];
  for (const [docId, { mentions }] of Object.entries(labels.articles)) {
    const predicted = await client.call('entities.forDocument', { docId });
    const expected = new Map();
    for (const [type, text] of mentions)
      expected.set(`${type}\u0000${text}`, (expected.get(`${type}\u0000${text}`) ?? 0) + 1);
    for (const m of predicted) {
      const key = `${m.type}\u0000${m.text}`;
      const left = expected.get(key) ?? 0;
      if (left > 0) {
        expected.set(key, left - 1);
        counts[m.type].tp++;
      } else {
        counts[m.type].fp++;
        errors.push(`${docId}: false positive ${m.type} "${m.text}"`);
      }
    }
    for (const [key, left] of expected) {
      const [type, text] = key.split('\u0000');
      counts[type].fn += left;
      if (left) errors.push(`${docId}: missed ${type} "${text}"${left > 1 ? ` ×${left}` : ''}`);
    }
  }
  await done();
  const all = TYPES.reduce(
    (a, t) => ({ tp: a.tp + counts[t].tp, fp: a.fp + counts[t].fp, fn: a.fn + counts[t].fn }),
    { tp: 0, fp: 0, fn: 0 },
  );
  return {
    byType: Object.fromEntries(TYPES.map((t) => [t, score(counts[t].tp, counts[t].fp, counts[t].fn)])),
    all: score(all.tp, all.fp, all.fn),
    errors,
  };
}

async function documentLevel() {
  const folder = path.join(root, 'resources/sample-articles');
  const expectedAll = JSON.parse(await readFile(path.join(folder, 'EXPECTED.json'), 'utf8'));
  const { client, done } = await open(folder);
  const key = (s) => translitKey(foldName(s));
  const field = { person: 'people', organisation: 'organisations', place: 'places' };
  const counts = Object.fromEntries(TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
  const errors = [];
  for (const [file, entry] of Object.entries(expectedAll)) {
    const stories = entry.stories ?? [];
    for (let i = 0; i < stories.length; i++) {
      const docId = i === 0 ? file : `${file}#${i + 1}`;
      let predicted;
      try {
        predicted = await client.call('entities.forDocument', { docId });
      } catch {
        continue;
      }
      const entities = new Map();
      for (const m of predicted) {
        const e = entities.get(m.entityId) ?? { type: m.type, names: new Set([key(m.name)]), name: m.name };
        e.names.add(key(m.text));
        entities.set(m.entityId, e);
      }
      for (const type of TYPES) {
        const expected = (stories[i][field[type]] ?? []).map((n) => ({ n, k: key(n), hit: false }));
        for (const e of entities.values()) {
          if (e.type !== type) continue;
          const match = expected.find((x) => e.names.has(x.k));
          if (match) {
            if (!match.hit) counts[type].tp++;
            match.hit = true;
          } else {
            counts[type].fp++;
            errors.push(`${docId}: ${type} "${e.name}" not in the expected list`);
          }
        }
        for (const x of expected)
          if (!x.hit) {
            counts[type].fn++;
            errors.push(`${docId}: missed ${type} "${x.n}"`);
          }
      }
    }
  }
  await done();
  const all = TYPES.reduce(
    (a, t) => ({ tp: a.tp + counts[t].tp, fp: a.fp + counts[t].fp, fn: a.fn + counts[t].fn }),
    { tp: 0, fp: 0, fn: 0 },
  );
  return {
    byType: Object.fromEntries(TYPES.map((t) => [t, score(counts[t].tp, counts[t].fp, counts[t].fn)])),
    all: score(all.tp, all.fp, all.fn),
    errors,
  };
}

const pct = (x) => `${(100 * x).toFixed(1)}%`.padStart(6);
function table(title, r) {
  const lines = [title, '  type          precision  recall   F1      TP   FP   FN'];
  for (const [t, s] of [...Object.entries(r.byType), ['all', r.all]])
    lines.push(
      `  ${t.padEnd(13)} ${pct(s.precision)}    ${pct(s.recall)}  ${pct(s.f1)}  ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)}`,
    );
  return lines.join('\n');
}

const mentions = await mentionLevel('labels.json', 'articles');
const holdout = await mentionLevel('holdout-labels.json', 'holdout');
const documents = await documentLevel();
if (json) {
  process.stdout.write(`${JSON.stringify({ mentions, holdout, documents }, null, 2)}\n`);
} else {
  console.log(table('Mentions — hand-labelled fixtures (tests/fixtures/entities/articles)', mentions));
  console.log('');
  console.log(table('Mentions — held-out fixtures, labelled before the rules saw them (…/holdout)', holdout));
  console.log('');
  console.log(
    table('Entities per document — sample corpus (resources/sample-articles/EXPECTED.json)', documents),
  );
  const verbose = process.argv.includes('--errors');
  const errors = [...mentions.errors, ...holdout.errors, ...documents.errors];
  console.log(`\n${errors.length} disagreements${verbose ? ':' : ' (run with --errors to list them)'}`);
  if (verbose) for (const e of errors) console.log(`  ${e}`);
}
process.exit(0);
