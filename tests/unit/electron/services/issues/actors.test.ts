import { describe, expect, it } from 'vitest';
import { findActor } from '../../../../../electron/services/issues/detect/actors';
import { splitUnits } from '../../../../../electron/services/issues/detect/units';

describe('actors: who holds the position', () => {
  it.each([
    [
      'Kremlin spokesperson Dmitry Peskov said any deployment of European troops was unacceptable.',
      'Dmitry Peskov',
    ],
    ['Russia demands Ukraine withdraw from the rest of the Donetsk region; Kyiv refuses.', 'Russia'],
    ['There was no agreement on the assets, according to two officials familiar with the talks.', null],
    [
      'The return of civilians has not been discussed, according to the Ukrainian ombudsman, Dmytro Lubinets.',
      'Dmytro Lubinets',
    ],
    ['"No consensus yet," the foreign minister, Hossein Karimi, said in an interview.', 'Hossein Karimi'],
    [
      'Diplomats trying to revive the agreement said the sequencing remained the biggest obstacle.',
      'Diplomats',
    ],
    ['President Olena Marchenko on Friday rejected any withdrawal from the Donbas.', 'Olena Marchenko'],
    ['The Kremlin has repeatedly demanded the recognition of its annexation.', 'Kremlin'],
    ['The framework, which was seen by Meridian Wire, calls for a ceasefire.', null],
  ])('%s → %s', (sentence, actor) => {
    expect(findActor(sentence)).toBe(actor);
  });
});

describe('units', () => {
  it('splits sentences without breaking on abbreviations, and cites list items without their bullet', () => {
    const text =
      'U.S. envoy Steven Kessler met Mr. Umarov on Nov. 20 in Geneva. Talks went on.\n\nOpen questions:\n- Territory: undecided.\n2) Sanctions: open.';
    const units = splitUnits(text, { start: 0, end: text.length }, []);
    expect(units.map((u) => u.text)).toEqual([
      'U.S. envoy Steven Kessler met Mr. Umarov on Nov. 20 in Geneva.',
      'Talks went on.',
      'Open questions:',
      'Territory: undecided.',
      'Sanctions: open.',
    ]);
    expect(units[3]?.intro?.text).toBe('Open questions:');
    for (const u of units) expect(text.slice(u.start, u.end)).toBe(u.text);
  });
});
