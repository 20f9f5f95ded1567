import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recogniseFile, type RawMention } from '../../../../../electron/services/entities/recognise';

const story = (
  text: string,
  boilerplate: Array<{ start: number; end: number }> = [],
  outlet = 'Harbor Wire',
) => [{ start: 0, end: text.length, boilerplate, outlet }];
const found = (text: string, outlet?: string): RawMention[] =>
  recogniseFile(text, story(text, [], outlet)).stories[0]?.mentions ?? [];
const names = (ms: RawMention[], type?: string) =>
  ms.filter((m) => !type || m.type === type).map((m) => m.name);

describe('recognition in news prose', () => {
  it('strips titles and roles from people and keeps the organisation or place before them', () => {
    const ms = found(
      'In Moscow, Kremlin spokesperson Dmitry Peskov spoke. US special envoy Steven Kessler arrived. Mr Umarov said no. President Zelensky agreed.',
    );
    expect(names(ms, 'person')).toEqual(['Dmitry Peskov', 'Steven Kessler', 'Umarov', 'Zelensky']);
    expect(names(ms, 'organisation')).toContain('Kremlin');
    expect(names(ms, 'place')).toEqual(expect.arrayContaining(['Moscow', 'US']));
    expect(ms.find((m) => m.name === 'Umarov')?.titled).toBe(true);
  });

  it('drops the possessive from a name', () => {
    const ms = found("Ukraine's army and the Kremlin's spokesman met NATO's chief.");
    expect(names(ms)).toEqual(['Ukraine', 'Kremlin', 'NATO']);
  });

  it('takes the place of an all-caps dateline but not the dateline or its agency', () => {
    const text = 'KYIV, Dec 3 (Harbor Wire) - Talks resumed.\nRIYADH/MOSCOW, Dec 18 (Reuters) - More talks.';
    const ms = found(text);
    expect(ms.map((m) => [m.name, m.type, m.source])).toEqual([
      ['Kyiv', 'place', 'dateline'],
      ['Riyadh', 'place', 'dateline'],
      ['Moscow', 'place', 'dateline'],
    ]);
  });

  it('ignores credits, agencies and the outlet', () => {
    const text =
      'Talks went on in Geneva, the Harbor Wire reported.\nPhoto: Anna Kowal / AFP\n(Reporting by Marta Kowal; Editing by Joanna Hale)';
    expect(names(found(text))).toEqual(['Geneva']);
  });

  it('finds organisations by their last word and acronyms defined in the text', () => {
    const ms = found(
      'Rustem Umarov, the secretary of the National Security and Defence Council, met the Multilateral Investment Guarantee Agency (MIGA) in Kyiv.',
    );
    expect(names(ms, 'organisation')).toEqual([
      'National Security and Defence Council',
      'Multilateral Investment Guarantee Agency',
      'MIGA',
    ]);
    expect(names(ms, 'person')).toEqual(['Rustem Umarov']);
  });

  it('does not take names from words that only look like names', () => {
    const ms = found(
      'Officials said the US-led plan was new. Diplomats said the talks would go on, and diplomats agreed. Moscow-based bloggers wrote on Monday. Ukrainian and Russian troops clashed before Christmas.',
    );
    // Known names inside hyphenated adjectives are mentions; the adjectives are not.
    expect(names(ms)).toEqual(['US', 'Moscow']);
    expect(ms.map((m) => m.text)).toEqual(['US', 'Moscow']);
  });

  it('splits "X and Y" into two names', () => {
    const ms = found(
      'German Chancellor Friedrich Merz and French President Emmanuel Macron spoke to Zelenskiy by phone.',
    );
    expect(names(ms)).toEqual(['Friedrich Merz', 'Emmanuel Macron', 'Zelenskiy']);
  });

  it('records rename statements and both names as places', () => {
    const r = recogniseFile(
      'Fighting near Bakhmut, which Russia calls Artemovsk, went on. In Dnipro (formerly Dnipropetrovsk), sirens sounded.',
      story(
        'Fighting near Bakhmut, which Russia calls Artemovsk, went on. In Dnipro (formerly Dnipropetrovsk), sirens sounded.',
      ),
    );
    expect(r.renames.map((x) => [x.first.text, x.second.text])).toEqual([
      ['Bakhmut', 'Artemovsk'],
      ['Dnipro', 'Dnipropetrovsk'],
    ]);
    expect(names(r.stories[0]?.mentions ?? [], 'place')).toEqual([
      'Bakhmut',
      'Russia',
      'Artemovsk',
      'Dnipro',
      'Dnipropetrovsk',
    ]);
  });

  it('never reports a mention inside furniture or outside its story, and offsets match the text', () => {
    const text =
      'US envoy Steven Kessler met President Volodymyr Zelensky in Kyiv.\nRead more: NATO ministers meet in Brussels\nKremlin spokesperson Dmitry Peskov said Moscow would wait. The IAEA reported from Zaporizhzhia.\n';
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(text.length), fc.nat(60)), { maxLength: 4 }),
        fc.nat(text.length),
        (spans, cut) => {
          const boilerplate = spans.map(([s, len]) => ({ start: s, end: Math.min(text.length, s + len) }));
          const stories = [
            { start: 0, end: cut, boilerplate, outlet: 'x' },
            { start: cut, end: text.length, boilerplate, outlet: 'x' },
          ];
          const r = recogniseFile(text, stories);
          r.stories.forEach((st, i) => {
            const bounds = stories[i] as { start: number; end: number };
            for (const m of st.mentions) {
              expect(text.slice(m.start, m.end)).toBe(m.text);
              expect(m.start >= bounds.start && m.end <= bounds.end).toBe(true);
              expect(boilerplate.some((b) => b.end > b.start && b.start < m.end && m.start < b.end)).toBe(
                false,
              );
              expect(m.confidence).toBeGreaterThan(0);
              expect(m.confidence).toBeLessThanOrEqual(1);
            }
          });
        },
      ),
      { numRuns: 400 },
    );
  });
});
