import type { StateCreator } from 'zustand';
import { scrollReaderTo } from '../../dom/scroll-to-offset';
import type { IssueStatus, IssueView, Stance, Suggestion } from '../../../../shared/model/issue';
import type { DossierClient } from '../../client';
import type { WorkbenchState } from '../create-store';
import { errorMessage } from '../errors';

/** Which big issue view is open (board, matrix, timeline, one issue's page), or none. */
export type IssuesView =
  | { kind: 'none' }
  | { kind: 'board' }
  | { kind: 'matrix' }
  | { kind: 'timeline' }
  | { kind: 'issue'; id: string };

/** Tracked issues, suggestions from the text, and the open issue view. */
export interface IssuesSlice {
  issues: IssueView[];
  suggestions: Suggestion[];
  issuesLoading: boolean;
  issuesError: string | null;
  issuesView: IssuesView;
  loadIssues(): Promise<void>;
  showIssues(view: IssuesView): void;
  acceptSuggestion(topic: string, title?: string): Promise<void>;
  rejectSuggestion(topic: string, keys?: string[]): Promise<void>;
  setIssueStatus(
    id: string,
    status: IssueStatus,
    evidenceId: string,
    note: string,
    at?: string,
  ): Promise<void>;
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
      issuesLoading: false,
      issuesError: null,
      issuesView: { kind: 'none' },
      loadIssues: () =>
        guard(async () => {
          set({ issuesLoading: true });
          try {
            const [issues, suggestions] = await Promise.all([
              client.call('issues.list', {}),
              client.call('issues.suggestions', {}),
            ]);
            set({ issues, suggestions });
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
      setIssueStatus: (id, status, evidenceId, note, at) =>
        guard(async () => {
          await client.call('issues.setStatus', {
            id,
            status,
            note,
            cites: { evidenceId },
            ...(at ? { at } : {}),
          });
          await get().loadIssues();
        }),
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
