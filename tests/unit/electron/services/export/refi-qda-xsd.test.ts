import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { writeQde, writeQdpx } from '../../../../../electron/services/export/qdpx';
import { parseXml, type XmlNode } from '../../../../../electron/services/export/xml-read';
import { fixtureExcerpts, fixtureMeta, fixtureTexts } from '../../../../fixtures/export/excerpts';
import { evidenceExcerpt } from '../../../../fixtures/export/evidence-excerpts';
import { qdeOf, xsdErrors } from './refi-qda-xsd';

const all = (n: XmlNode, name: string): XmlNode[] => [
  ...(n.name === name ? [n] : []),
  ...n.children.flatMap((c) => all(c, name)),
];

describe('REFI-QDA project.qde against the official Project.xsd (libxml2, WebAssembly)', () => {
  const excerpts = [...fixtureExcerpts(), evidenceExcerpt()];

  it('the fixture export is valid', async () => {
    expect(await xsdErrors(qdeOf(writeQdpx(excerpts, fixtureMeta(), fixtureTexts())))).toEqual([]);
  });

  it('an export with orphans left out and a missing file is valid', async () => {
    const some = excerpts.map((e, i) => (i === 0 ? { ...e, state: 'orphan' as const } : e));
    const partial = new Map([...fixtureTexts()].filter(([p]) => p !== 'hostile-notes.md'));
    expect(await xsdErrors(writeQde(some, fixtureMeta(), partial))).toEqual([]);
  });

  it('an empty export is valid', async () => {
    expect(await xsdErrors(writeQde([], fixtureMeta(), fixtureTexts()))).toEqual([]);
  });

  it('the schema really is enforced: broken documents are rejected', async () => {
    const qde = writeQde(excerpts, fixtureMeta(), fixtureTexts());
    const broken = [
      qde.replace('<Users>', '<Users><Bogus/>'),
      qde.replace(/isCodable="true"/, 'isCodable="yes"'),
      qde.replace(/guid="[^"]+"/, 'guid="not-a-guid"'),
      qde.replace(/startPosition="\d+"/, 'startPosition="x"'),
      qde.replace(/<CodeBook>/, '<Sources/><CodeBook>'),
      qde.replace(/ name="[^"]*"/, ''),
    ];
    for (const doc of broken) expect((await xsdErrors(doc)).length).toBeGreaterThan(0);
  });
});

describe('what QualCoder reads from a Dossier .qdpx (its importer, src/qualcoder/refi.py)', () => {
  const excerpts = [...fixtureExcerpts(), evidenceExcerpt()];
  const files = unzipSync(writeQdpx(excerpts, fixtureMeta(), fixtureTexts()));
  const root = parseXml(qdeOf(writeQdpx(excerpts, fixtureMeta(), fixtureTexts())));

  it('finds every source at sources/ + the part of plainTextPath after "internal:/"', () => {
    for (const ts of all(root, 'TextSource')) {
      const rel = (ts.attrs.plainTextPath ?? '').split('internal:/')[1] ?? '';
      expect(files[`sources${rel}`]).toBeDefined();
      // QualCoder copies the source to documents/<name>.txt: a name with a directory part fails.
      expect(ts.attrs.name).not.toMatch(/[/\\]/);
    }
  });

  it('has a sources/ folder even when nothing is exported (QualCoder lists it)', () => {
    const empty = unzipSync(writeQdpx([], fixtureMeta(), fixtureTexts()));
    expect(Object.keys(empty).sort()).toEqual(['project.qde', 'sources/']);
  });

  it('slices each selection as Python does (code points) and gets the quote; no \\r\\n shifts positions', () => {
    const quotes = new Set(excerpts.map((e) => e.quote));
    for (const ts of all(root, 'TextSource')) {
      const rel = (ts.attrs.plainTextPath ?? '').split('internal:/')[1] ?? '';
      const text = strFromU8(files[`sources${rel}`] as Uint8Array);
      expect(text).not.toMatch(/\r/);
      const points = [...text];
      for (const sel of all(ts, 'PlainTextSelection')) {
        const s = Number(sel.attrs.startPosition);
        const e = Number(sel.attrs.endPosition);
        expect(quotes.has(points.slice(s, e).join(''))).toBe(true);
        expect(sel.attrs.creationDateTime).toBeTruthy();
      }
    }
  });

  it('resolves every Coding through its first child, a CodeRef to a code of the codebook', () => {
    const guids = new Set(all(root, 'Code').map((c) => c.attrs.guid));
    for (const coding of all(root, 'Coding')) {
      const [first] = coding.children;
      expect(first?.name).toBe('CodeRef');
      expect(guids.has(first?.attrs.targetGUID)).toBe(true);
    }
  });

  it('gives every codable code a name unique in the codebook, even when a tag and an entity share it', () => {
    const clash = fixtureExcerpts().map((e, i) =>
      i === 0 ? { ...e, tags: ['Maria Kovalenko', 'Security guarantees'] } : e,
    );
    const doc = parseXml(writeQde(clash, fixtureMeta(), fixtureTexts()));
    const names = all(doc, 'Code')
      .filter((c) => c.attrs.isCodable === 'true')
      .map((c) => c.attrs.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toContain('Maria Kovalenko (entity)');
    expect(names).toContain('Security guarantees (issue)');
  });
});
