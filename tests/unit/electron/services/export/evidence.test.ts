import { describe, expect, it } from 'vitest';
import { writeCsv } from '../../../../../electron/services/export/csv';
import {
  evidenceOf,
  evidenceRows,
  evidenceToExcerpt,
} from '../../../../../electron/services/export/evidence';
import { writeHtml } from '../../../../../electron/services/export/html';
import { passageLink } from '../../../../../electron/services/export/link';
import type { SelectionContext } from '../../../../../electron/services/export/select';
import type { EvidenceView, IssueView } from '../../../../../shared/model/issue';
import { evidenceExcerpt } from '../../../../fixtures/export/evidence-excerpts';
import { fixtureMeta, fixtureText } from '../../../../fixtures/export/excerpts';

const QUOTE = 'the question of frozen assets was a sticking point';
const text = fixtureText('talks-wire.txt');
const start = text.indexOf(QUOTE);

function view(over: Partial<EvidenceView> = {}): EvidenceView {
  return {
    id: 'ev1',
    issueId: 'i1',
    annotationId: null,
    docId: 'talks-wire.txt',
    start,
    end: start + QUOTE.length,
    quote: QUOTE,
    stance: 'blocks',
    actor: 'EU official',
    entityId: null,
    cue: 'sticking point',
    suggestionKey: null,
    createdAt: '2026-11-21T08:30:00.000Z',
    docDate: '2025-12-02',
    docTitle: 'Envoys',
    outlet: 'Northwire',
    present: true,
    entityName: null,
    actorKey: null,
    ...over,
  };
}

function issue(evidence: EvidenceView[]): IssueView {
  return {
    id: 'i1',
    title: 'Frozen assets',
    description: '',
    colour: '#1f77b4',
    parentId: null,
    status: 'open',
    history: [],
    aliases: [],
    topicKey: null,
    createdAt: '2026-11-20T00:00:00.000Z',
    updatedAt: '2026-11-20T00:00:00.000Z',
    evidence,
  };
}

const ctx: SelectionContext = {
  link: (docId, s, e, hash, quote) =>
    passageLink({ project: null, name: 'geneva', docId, start: s, end: e, contentHash: hash, quote }),
  contentHash: () => 'ab'.repeat(32),
  document: () => null,
  fileText: () => text,
  hits: null,
};

describe('issue evidence as excerpts (ADR 075)', () => {
  it('keeps evidence that is not an exported annotation, once', () => {
    const rows = evidenceRows(
      [
        issue([
          view(),
          view({ id: 'ann:a1', annotationId: 'a1' }),
          view({ id: 'ev2', annotationId: 'a2' }),
          view({ id: 'ev3', annotationId: 'gone' }),
        ]),
        issue([view()]),
      ],
      new Set(['a1', 'a2']),
    );
    expect(rows.map((r) => r.view.id)).toEqual(['ev1', 'ev3']);
  });

  it('carries quote, issue, stance, actor (entity name first), cue, offsets and a portable link', () => {
    const e = evidenceToExcerpt(
      { view: view({ entityName: 'European Commission' }), issueTitle: 'Frozen assets' },
      10,
      ctx,
    );
    expect(e).toMatchObject({
      id: 'evidence:ev1',
      quote: QUOTE,
      issue: { title: 'Frozen assets', stance: 'blocks' },
      state: 'anchored',
      start,
      end: start + QUOTE.length,
      contentHash: 'ab'.repeat(32),
    });
    expect(evidenceOf(e)).toEqual({ id: 'ev1', actor: 'European Commission', cue: 'sticking point' });
    expect(e.context?.before).toBe(text.slice(start - 10, start));
    expect(e.selectors[0].prefix).toBe(text.slice(start - 32, start));
    expect(e.link).toMatch(
      /^dossier:\/\/open\?v=2&name=geneva&doc=talks-wire\.txt&start=\d+&end=\d+&sha256=/,
    );
  });

  it('exports evidence whose passage is gone as an orphan with its quote, never dropped', () => {
    const e = evidenceToExcerpt({ view: view({ present: false }), issueTitle: 'Frozen assets' }, 0, ctx);
    expect(e.state).toBe('orphan');
    expect(e.quote).toBe(QUOTE);
  });

  it('neutralises a hostile actor in CSV and escapes it in HTML', () => {
    const nasty = {
      ...evidenceExcerpt(),
      evidence: { id: 'x', actor: '=cmd|"/c calc"!A1 <img src=x onerror=alert(1)>', cue: null },
    };
    const csv = writeCsv([nasty], fixtureMeta());
    expect(csv).toContain(`"'=cmd|""/c calc""!A1 <img src=x onerror=alert(1)>"`);
    const html = writeHtml([nasty], fixtureMeta());
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});
