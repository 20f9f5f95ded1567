import type { StateCreator } from 'zustand';
import { scrollReaderTo } from '../../dom/scroll-to-offset';
import type { Annotation } from '../../../../shared/model/annotation';
import type { Params, Result } from '../../../../shared/contract';
import type {
  ActorCandidate,
  IssueStatus,
  IssueView,
  Stance,
  Suggestion,
} from '../../../../shared/model/issue';
import type { DossierClient } from '../../client';
import type { WorkbenchState } from '../create-store';
import { errorMessage } from '../errors';

/** Which big issue view is open (board, matrix, timeline, one issue's page), or none. */
export type IssuesView =
  | { kind: 'none' }
  | { kind: 'board' }
  | { kind: 'matrix' }
  | { kind: 'timeline' }
  | { kind: 'issue'; id: string }
  /** A reader selection being cited for an issue (offsets into the file's canonical text). */
  | { kind: 'cite'; docId: string; start: number; end: number; quote: string };

/** Suggestions listed at first, and added by each "show more". */
export const SUGGESTIONS_PAGE = 100;

/** Tracked issues, suggestions from the text, and the open issue view. */
export interface IssuesSlice {
  issues: IssueView[];
  /** The most widely raised suggestions, at most `suggestionsLimit` (a 20k folder has thousands). */
  suggestions: Suggestion[];
  suggestionsLimit: number;
  /** True when the folder has more suggestions than are listed. */
  moreSuggestions: boolean;
  /** Lists {@link SUGGESTIONS_PAGE} more suggestions. */
  showMoreSuggestions(): Promise<void>;
  issuesLoading: boolean;
  issuesError: string | null;
  issuesView: IssuesView;
  loadIssues(): Promise<void>;
  showIssues(view: IssuesView): void;
  acceptSuggestion(topic: string, title?: string): Promise<void>;
  rejectSuggestion(topic: string, keys?: string[]): Promise<void>;
  /** Records a status change citing evidence, an annotation or a passage; resolves to an error or null. */
  setIssueStatus(
    id: string,
    status: IssueStatus,
    cites: Params<'issues.setStatus'>['cites'],
    note: string,
    at?: string,
  ): Promise<string | null>;
  /** The issue deleted last in this session (the undo banner), or null. */
  issueRemoval: (Result<'issues.remove'> & { id: string; title: string }) | null;
  /** Edits an issue; resolves to the service's refusal (a loop, a missing parent) or null. */
  updateIssue(patch: Params<'issues.update'>): Promise<string | null>;
  removeIssue(id: string): Promise<void>;
  restoreIssue(id: string): Promise<void>;
  dismissIssueRemoval(): void;
  /** Changes a piece of evidence's stance or actor; resolves to an error or null. */
  updateEvidence(patch: Params<'issues.updateEvidence'>): Promise<string | null>;
  unlinkEvidence(id: string): Promise<void>;
  /** Entities an actor name may stand for (empty on failure). */
  actorCandidates(query: string): Promise<ActorCandidate[]>;
  /**
   * One suggestion with all its passages (the list holds only the first few of each), or null when it
   * is gone; a failure is shown in the panel's banner.
   */
  suggestionPassages(topic: string): Promise<Suggestion | null>;
  /** Every annotation of the folder, to cite in a status change (empty on failure). */
  citableAnnotations(): Promise<Annotation[]>;
  createIssue(title: string): Promise<string | null>;
  linkPassage(input: {
    issueId: string;
    docId: string;
    start: number;
    end: number;
    stance: Stance;
    actor: string | null;
  }): Promise<boolean>;
  /** Opens a document and scrolls its pane to the passage (after the reader has drawn it). */
  openPassage(docId: string, start: number): Promise<void>;
}

/** The issues slice. */
export const createIssuesSlice =
  (client: DossierClient): StateCreator<WorkbenchState, [], [], IssuesSlice> =>
  (set, get) => {
    const guard = async (body: () => Promise<void>) => {
      try {
        set({ issuesError: null });
        await body();
      } catch (e) {
        set({ issuesError: errorMessage(e) });
      }
    };
    // Forms show a refusal next to the field that caused it, not in the dialog's banner.
    const attempt = async (body: () => Promise<void>): Promise<string | null> => {
      try {
        await body();
        return null;
      } catch (e) {
        return errorMessage(e);
      }
    };
    // An annotation tagged with an issue is evidence of it: keep the tracked list in step.
    client.on('annotations.changed', () => {
      if (!get().workspace || get().issuesLoading) return;
      client
        .call('issues.list', {})
        .then((issues) => set({ issues }))
        .catch(() => undefined);
    });
    return {
      issues: [],
      suggestions: [],
      suggestionsLimit: SUGGESTIONS_PAGE,
      moreSuggestions: false,
      showMoreSuggestions: async () => {
        set({ suggestionsLimit: get().suggestionsLimit + SUGGESTIONS_PAGE });
        await get().loadIssues();
      },
      issuesLoading: false,
      issuesError: null,
      issuesView: { kind: 'none' },
      loadIssues: () =>
        guard(async () => {
          set({ issuesLoading: true });
          try {
            // One more than listed tells whether there are more.
            const limit = get().suggestionsLimit;
            const [issues, suggestions] = await Promise.all([
              client.call('issues.list', {}),
              client.call('issues.suggestions', { limit: limit + 1 }),
            ]);
            set({
              issues,
              suggestions: suggestions.slice(0, limit),
              moreSuggestions: suggestions.length > limit,
            });
          } finally {
            set({ issuesLoading: false });
          }
        }),
      showIssues: (issuesView) => set({ issuesView }),
      acceptSuggestion: (topic, title) =>
        guard(async () => {
          const issue = await client.call('issues.accept', { topic, ...(title ? { title } : {}) });
          await get().loadIssues();
          set({ issuesView: { kind: 'issue', id: issue.id } });
        }),
      rejectSuggestion: (topic, keys) =>
        guard(async () => {
          await client.call('issues.reject', { topic, ...(keys ? { keys } : {}) });
          await get().loadIssues();
        }),
      setIssueStatus: (id, status, cites, note, at) =>
        attempt(async () => {
          await client.call('issues.setStatus', { id, status, note, cites, ...(at ? { at } : {}) });
          set({ issues: await client.call('issues.list', {}) });
        }),
      issueRemoval: null,
      updateIssue: (patch) =>
        attempt(async () => {
          await client.call('issues.update', patch);
          set({ issues: await client.call('issues.list', {}) });
        }),
      removeIssue: (id) =>
        guard(async () => {
          const title = get().issues.find((i) => i.id === id)?.title ?? id;
          const result = await client.call('issues.remove', { id });
          set({ issueRemoval: { ...result, id, title }, issuesView: { kind: 'board' } });
          await get().loadIssues();
        }),
      restoreIssue: (id) =>
        guard(async () => {
          await client.call('issues.restore', { id });
          set({ issueRemoval: null, issuesView: { kind: 'issue', id } });
          await get().loadIssues();
        }),
      dismissIssueRemoval: () => set({ issueRemoval: null }),
      updateEvidence: (patch) =>
        attempt(async () => {
          await client.call('issues.updateEvidence', patch);
          set({ issues: await client.call('issues.list', {}) });
        }),
      unlinkEvidence: (id) =>
        guard(async () => {
          await client.call('issues.unlink', { id });
          await get().loadIssues();
        }),
      actorCandidates: (query) => client.call('issues.actorCandidates', { query }).catch(() => []),
      suggestionPassages: async (topic) => {
        let found: Suggestion | null = null;
        await guard(async () => {
          found = await client.call('issues.suggestion', { topic });
        });
        return found;
      },
      citableAnnotations: () => client.call('annotations.list', {}).catch(() => []),
      createIssue: async (title) => {
        let id: string | null = null;
        await guard(async () => {
          id = (await client.call('issues.create', { title })).id;
          await get().loadIssues();
        });
        return id;
      },
      linkPassage: async (input) => {
        let ok = false;
        await guard(async () => {
          await client.call('issues.link', input);
          await get().loadIssues();
          ok = true;
        });
        return ok;
      },
      openPassage: async (docId, start) => {
        set({ issuesView: { kind: 'none' } });
        await get().openDocument(docId);
        scrollReaderTo(start);
      },
    };
  };
