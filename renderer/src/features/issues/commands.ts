import type { AppCommand } from '../../app/registry';

/** Palette commands of the issues domain. */
export const issueCommands: AppCommand[] = [
  {
    id: 'issues.board',
    title: 'Issues: open the board',
    run: ({ store }) => store.getState().showIssues({ kind: 'board' }),
  },
  {
    id: 'issues.matrix',
    title: 'Issues: actor × issue matrix',
    run: ({ store }) => store.getState().showIssues({ kind: 'matrix' }),
  },
  {
    id: 'issues.timeline',
    title: 'Issues: evidence timeline',
    run: ({ store }) => store.getState().showIssues({ kind: 'timeline' }),
  },
  {
    id: 'issues.refresh',
    title: 'Issues: refresh suggestions',
    run: ({ store }) => store.getState().loadIssues(),
  },
];
