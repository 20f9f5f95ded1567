import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCue } from '../../../../../electron/services/issues/detect/cues';
import { detectInStory } from '../../../../../electron/services/issues/detect/detect';
import { seedTopics } from '../../../../../electron/services/issues/detect/topics';
import {
  groupSuggestions,
  mergePhraseKeys,
  suggestionKey,
  type PlacedDetection,
} from '../../../../../electron/services/issues/suggest';
import { REPO_ROOT } from '../../../../support/temp';

const detect = (text: string) => detectInStory(text, { start: 0, end: text.length }, []);
const fixture = (name: string) =>
  readFileSync(path.join(REPO_ROOT, 'tests', 'fixtures', 'issues', name), 'utf8');

describe('cue phrases in their inflected forms', () => {
  it.each([
    ['The question has not yet been decided.', 'not yet decided'],
    ['The borders have yet to be agreed.', 'not yet decided'],
    ['Sanctions remained unresolved.', 'remain unresolved'],
    ['The status of Crimea is still unresolved.', 'remain unresolved'],
    ['Disputes over territory continue.', 'disputes over'],
    ['There was no agreement on sanctions.', 'no agreement'],
    ['The sides failed to agree on elections.', 'no agreement'],
    ['Territory is the main sticking point.', 'sticking point'],
    ['Security guarantees are a stumbling block.', 'sticking point'],
    ['Key issues, including sanctions, remain.', 'key issues'],
    ['Russia demanded that Ukraine withdraw.', 'demands that'],
    ['Kyiv rejects any ceasefire.', 'rejected'],
    ['Territorial concessions are a red line.', 'red line'],
    ['The talks are deadlocked.', 'deadlock'],
    ['The allies are at odds over sanctions.', 'at odds over'],
    ['Ministers were divided over the assets.', 'at odds over'],
    ['The details are still to be agreed.', 'still to be agreed'],
    ['Elections remain an open question.', 'open question'],
    ['Kyiv has yet to agree on a date for elections.', 'not yet decided'],
    ['It remains unclear whether the sanctions would be lifted.', 'unclear whether'],
    ['It is not yet clear who would monitor the truce.', 'unclear whether'],
    ['There is no clarity on the sequencing.', 'unclear whether'],
    ['The details are still being negotiated.', 'unclear whether'],
    ['The status of the church has barely been discussed.', 'unclear whether'],
    ['Talks broke down over the fees.', 'talks broke down'],
    ['The negotiations have collapsed.', 'talks broke down'],
    ['The process stalled over inspections.', 'talks broke down'],
    ['The sides remain divided on the exchange of prisoners.', 'at odds over'],
    ['There is no consensus on the assets.', 'no agreement'],
    ['Fishing quotas are non-negotiable.', 'red line'],
    ['Russia said a ceasefire was a non-starter.', 'red line'],
    ['The right to enrich is not up for discussion.', 'red line'],
    ['Moscow will not accept European troops.', 'will not accept'],
    ['The tax is the thorniest file on the table.', 'sticking point'],
    ['Kyiv insists on guarantees.', 'demands that'],
    ['Kyiv wants guarantees.', 'demands that'],
    ['President Zelensky ruled out elections.', 'rejected'],
    ['Germany declined to commit troops.', 'rejected'],
    ['Hungary threatened to veto the package.', 'rejected'],
  ])('%s → %s', (sentence, label) => {
    expect(findCue(sentence)?.cue.label).toBe(label);
  });

  it('skips negated resolutions ("have not agreed" is not "agreed")', () => {
    expect(findCue('The sides have not agreed on the border.')?.cue.stance).not.toBe('resolves');
  });
});

describe('negatives: cue words in other senses', () => {
  it('finds nothing in the sport, court and manners fixture', () => {
    expect(detect(fixture('negatives.txt'))).toEqual([]);
  });

  it('finds nothing in the negatives of the recall-pass set (the new cue forms in other senses)', () => {
    expect(detect(fixture('held-out-3/negatives.txt'))).toEqual([]);
  });

  it.each([
    'The chef insists that the sauce must rest overnight.',
    'Traffic stalled on the ring road for three hours after a lorry overturned.',
    'It is unclear whether the rain will ease before Saturday.',
    'He refused to comment on his transfer to the Spanish club.',
    'Residents rejected the council plan for a parking levy after talks with the mayor.',
    'Officials said Russia demands that Ukraine withdraw, and Kyiv refuses.',
    'Moscow rejected Geneva as a venue for the talks.',
  ])('no question in: %s', (sentence) => {
    expect(
      detect(`Talks on a peace plan.\n\n${sentence}\n`).filter((d) => d.topic.startsWith('phrase:')),
    ).toEqual([]);
  });

  it('skips headlines: the story sentence that says the same is the passage to cite', () => {
    expect(detect('Kyiv rejects ceding land as envoys prepare new round\n')).toEqual([]);
    expect(detect('Kyiv rejects ceding land, officials said.\n').length).toBeGreaterThan(0);
  });

  it.each([
    'The court rejected the appeal of the former minister.',
    'The unacceptable behaviour of a player was reported to the league.',
    'The title race remains unresolved after the derby.',
    'The cause of the outage remains unresolved.',
  ])('%s', (sentence) => {
    expect(detect(sentence)).toEqual([]);
  });

  it('keeps a court sentence when it names a negotiation topic', () => {
    const found = detect('The court rejected Russia’s claim to the frozen assets held in Brussels.');
    expect(found.map((d) => d.topic)).toEqual(['frozen-assets']);
  });
});

describe('list items under a cue intro', () => {
  it('makes each item its own evidence with the label as topic', () => {
    const text =
      'What has not yet been decided:\n\n- Territory: Russia demands more land.\n- Sanctions relief: Moscow wants them lifted.\n- Water rights: no view yet.\n\nThe talks went on.';
    const found = detect(text);
    expect(found.map((d) => d.topic)).toEqual(['territory', 'sanctions', 'phrase:water-right']);
    expect(found.every((d) => d.cue === 'not yet decided')).toBe(true);
    expect(found[0]?.actor).toBe('Russia');
    for (const d of found) expect(text.slice(d.start, d.end)).toBe(d.quote);
  });

  it('excludes furniture ranges', () => {
    const text = 'Talks stalled.\nRecommended: Disputes over sanctions deepen in talks.\nThe end.';
    const start = text.indexOf('Recommended');
    expect(detect(text).length).toBe(1);
    expect(
      detectInStory(text, { start: 0, end: text.length }, [{ start, end: text.indexOf('\nThe end') }]),
    ).toEqual([]);
  });
});

describe('positions on questions outside the lexicon', () => {
  it.each([
    ['British ministers have refused to extend the transition for electricity trading.', 'electricity'],
    ['The UK government insists that the European Court of Justice must play no role.', 'court'],
    ['The European Union and Britain remain at odds over access to British fishing waters.', 'fishing'],
    ['Talks broke down last week over the level of fees exporters would pay.', 'fee'],
    ['Whether students would pay home fees at British universities is unclear, a diplomat said.', 'student'],
    ['An official described the carbon border tax as "the thorniest file on the table".', 'carbon'],
    ['London wants guarantees on steel safeguard quotas before it signs the pact.', 'steel'],
  ])('%s → a phrase with "%s"', (sentence, word) => {
    const found = detect(`Trade negotiators met in Brussels.\n\n${sentence}\n`);
    expect(found.map((d) => d.topic).join(' ')).toContain(word);
    expect(found.map((d) => d.topic)).not.toContain('security-guarantees');
  });

  it('a position binds to its object, not its condition', () => {
    const found = detect(
      'President Volodymyr Zelensky ruled out holding elections before a ceasefire is in place.',
    );
    expect(found.map((d) => [d.topic, d.actor])).toEqual([['elections', 'Volodymyr Zelensky']]);
  });
});

describe('topics', () => {
  it('normalises many surface forms to one seed key', () => {
    const keys = [
      'security guarantees',
      'Article 5-style commitments',
      'European troops',
      'occupied lands',
      'territorial concessions',
      'frozen Russian assets',
      'immobilised central bank assets',
      'NATO membership',
      'joining NATO',
      'the Zaporizhzhia nuclear power plant',
      'prisoners of war',
    ].map((s) => seedTopics(s)[0]?.key);
    expect(keys).toEqual([
      'security-guarantees',
      'security-guarantees',
      'security-guarantees',
      'territory',
      'territory',
      'frozen-assets',
      'frozen-assets',
      'nato-membership',
      'nato-membership',
      'nuclear-plant',
      'prisoner-exchange',
    ]);
  });

  it('groups an unseen topic across documents by its normalised phrase', () => {
    const a = detect(
      'The two governments remain divided over fishing rights in the estuary, officials said.',
    );
    const b = detect('Negotiators said the fishing right remains a sticking point in the talks.');
    expect(a[0]?.topic).toBe('phrase:fishing-right');
    expect(b[0]?.topic).toBe('phrase:fishing-right');
  });

  it('groups detections by topic across documents and hides rejected keys', () => {
    const place = (docId: string, sentence: string): PlacedDetection[] =>
      detect(sentence).map((d) => ({ ...d, docId }));
    const dets = [
      ...place('a.txt', 'Disputes over sanctions continue, diplomats said.'),
      ...place('b.txt', 'Sanctions relief remains unresolved.'),
      ...place('c.txt', 'There was no agreement on security guarantees.'),
    ];
    const hidden = new Set([suggestionKey('security-guarantees', 'c.txt', dets[2]?.quote ?? '')]);
    const groups = groupSuggestions(dets, { docs: new Map(), hidden, issueByTopic: new Map() });
    expect(groups.map((g) => [g.topic, g.evidence.length])).toEqual([['sanctions', 2]]);
  });

  it('keeps the rejection key stable across whitespace changes of re-ingest', () => {
    expect(suggestionKey('t', 'd', 'a  b\nc')).toBe(suggestionKey('t', 'd', 'a b c'));
  });
});

describe('phrase topics in different words group together', () => {
  it('merges longer phrases into the shortest shared one', () => {
    const merged = mergePhraseKeys([
      { topic: 'phrase:state-aid', topicLabel: 'state aid' },
      { topic: 'phrase:state-aid-rule', topicLabel: 'state aid rule' },
      { topic: 'phrase:enforcement-state-aid-rule', topicLabel: 'enforcement state aid rule' },
      { topic: 'phrase:access', topicLabel: 'access' },
      { topic: 'phrase:inspector-access', topicLabel: 'inspector access' },
    ]);
    expect(merged.get('phrase:state-aid-rule')?.topic).toBe('phrase:state-aid');
    expect(merged.get('phrase:enforcement-state-aid-rule')?.topic).toBe('phrase:state-aid');
    expect(merged.has('phrase:inspector-access')).toBe(false);
  });

  it('follows a coordination to a second unseen topic', () => {
    const found = detect('Fishing quotas and state aid rules are still dividing the two sides in the talks.');
    expect(found.map((d) => d.topic).sort()).toEqual(['phrase:fishing-quota', 'phrase:state-aid-rule']);
  });
});
