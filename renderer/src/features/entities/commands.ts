import type { AppCommand } from '../../app/registry';

/** Palette commands of the entities domain. */
export const entityCommands: AppCommand[] = [
  {
    id: 'entities.tab',
    title: 'Entities: show the Entities tab',
    group: 'Entities',
    enabled: (s) => s.workspace !== null,
    run: ({ store }) => store.getState().setSidebarTab('entities'),
  },
  {
    id: 'entities.network',
    title: 'Entities: open the co-occurrence network',
    group: 'Entities',
    enabled: (s) => s.workspace !== null,
    run: ({ store }) => store.getState().showEntity({ kind: 'network' }),
  },
  {
    id: 'entities.undo',
    title: 'Entities: undo the last entity decision',
    group: 'Entities',
    enabled: (s) => s.workspace !== null,
    run: ({ store }) => store.getState().undoEntityDecision(),
  },
  {
    id: 'entities.redo',
    title: 'Entities: redo the entity decision just undone',
    group: 'Entities',
    enabled: (s) => s.workspace !== null,
    run: ({ store }) => store.getState().undoEntityDecision(true),
  },
];
