import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { codePointOffset, utf16Offset } from '../../../../../electron/services/export/guid';
import { writeQde, writeQdpx } from '../../../../../electron/services/export/qdpx';
import { fixtureExcerpts, fixtureMeta, fixtureTexts } from '../../../../fixtures/export/excerpts';
import { checkQde, checkQdpx } from './refi-qda-checker';

describe('REFI-QDA .qdpx export', () => {
  const excerpts = fixtureExcerpts();
  const bytes = writeQdpx(excerpts, fixtureMeta(), fixtureTexts());

  it('validates against the REFI-QDA schema constraints', () => {
    expect(checkQdpx(bytes)).toEqual([]);
  });

  it('the checker catches what the schema forbids', () => {
    const qde = writeQde(excerpts, fixtureMeta(), fixtureTexts());
    expect(checkQde(qde.replace('<Users>', '<Users><Bogus/>'))).toContain(
      '/Project/Users: <Bogus> not allowed here (or out of order)',
    );
    expect(checkQde(qde.replace(/isCodable="true"/, 'isCodable="yes"')).join()).toMatch(/isCodable/);
    expect(
      checkQde(qde.replace(/targetGUID="[^"]+"/, 'targetGUID="00000000-0000-0000-0000-000000000000"')).join(),
    ).toMatch(/unknown code/);
    expect(checkQde(qde.replace(/<CodeBook>/, '<Sources/><CodeBook>')).join()).toMatch(
      /out of order|too many/,
    );
  });

  it('selections point at exactly the quoted text, counted in code points', () => {
    const files = unzipSync(bytes);
    const qde = strFromU8(files['project.qde'] as Uint8Array);
    const texts = fixtureTexts();
    for (const e of excerpts) {
      const text = texts.get(e.source.path) ?? '';
      const s = codePointOffset(text, e.start);
      const end = codePointOffset(text, e.end);
      expect(qde).toContain(`startPosition="${s}" endPosition="${end}"`);
      const sourceFile = Object.entries(files).find(
        ([name, data]) => name.startsWith('sources/') && strFromU8(data) === text,
      );
      expect(sourceFile).toBeDefined();
      expect(text.slice(utf16Offset(text, s) ?? -1, utf16Offset(text, end) ?? -1)).toBe(e.quote);
    }
  });

  it('codebook has families for tags, entities and issues', () => {
    const qde = writeQde(excerpts, fixtureMeta(), fixtureTexts());
    for (const name of [
      'Tags',
      'Entities',
      'Issues',
      'open question',
      'Maria Kovalenko',
      'Security guarantees',
    ])
      expect(qde).toContain(`name="${name}"`);
  });

  it('leaves out orphans and excerpts whose file text is missing, and still validates', () => {
    const some = excerpts.map((e, i) => (i === 0 ? { ...e, state: 'orphan' as const } : e));
    const partial = new Map([...fixtureTexts()].filter(([p]) => p !== 'hostile-notes.md'));
    const out = writeQdpx(some, fixtureMeta(), partial);
    expect(checkQdpx(out)).toEqual([]);
    const qde = strFromU8(unzipSync(out)['project.qde'] as Uint8Array);
    expect(qde.match(/<PlainTextSelection /g)).toHaveLength(3);
  });

  it('is byte-stable for the same input', () => {
    expect(writeQdpx(excerpts, fixtureMeta(), fixtureTexts())).toEqual(bytes);
  });
});
