import type { StateCreator } from 'zustand';
import type {
  Decision,
  DocMention,
  EntityDetail,
  EntityGraph,
  EntitySummary,
  EntityType,
  Suggestion,
} from '../../../../shared/model/entity';
import type { DossierClient } from '../../client';
import type { WorkbenchState } from '../create-store';
import { errorMessage } from '../errors';

/** How the Entities tab sorts its list. */
export type EntitySort = 'mentions' | 'documents' | 'name';

/** Which big entity view is open: one entity's page, the network, or none. */
export type EntityView = { kind: 'none' } | { kind: 'entity'; id: string } | { kind: 'network' };

/** Entities of the open folder, pending merge suggestions, the reader's mentions and the open page. */
export interface EntitiesSlice {
  entityList: EntitySummary[];
  entitySuggestions: Suggestion[];
  entitiesLoading: boolean;
  entitiesLoaded: boolean;
  entitiesError: string | null;
  entityTypeFilter: EntityType | null;
  entitySort: EntitySort;
  entityQuery: string;
  entityView: EntityView;
  entityDetail: EntityDetail | null;
  entityGraph: EntityGraph | null;
  /** Mentions per document id, loaded when a reader pane shows the document. */
  entityMentions: Record<string, DocMention[]>;
  /** Bumped on every change so views refetch. */
  entitiesVersion: number;
  loadEntities(): Promise<void>;
  setEntityFilter(patch: { type?: EntityType | null; sort?: EntitySort; query?: string }): void;
  showEntity(view: EntityView): Promise<void>;
  loadEntityGraph(type: EntityType | null, minWeight: number): Promise<void>;
  loadDocMentions(docId: string, force?: boolean): Promise<void>;
  decideEntity(decision: Decision): Promise<boolean>;
  undoEntityDecision(redo?: boolean): Promise<void>;
  /** The gazetteer as CSV (name,type,alias). */
  exportEntityGazetteer(): Promise<{ csv: string; rows: number }>;
  /** Imports a gazetteer CSV as alias decisions; answers what was added and skipped. */
  importEntityGazetteer(csv: string): Promise<{ added: number; skipped: string[] }>;
}

/** The entities slice; subscribes to `entities.changed` so every view follows the services. */
export const createEntitiesSlice =
  (client: DossierClient): StateCreator<WorkbenchState, [], [], EntitiesSlice> =>
  (set, get) => {
    const guard = async <T>(body: () => Promise<T>, fallback: T): Promise<T> => {
      try {
        set({ entitiesError: null });
        return await body();
      } catch (e) {
        set({ entitiesError: errorMessage(e) });
        return fallback;
      }
    };
    const refresh = async () => {
      const s = get();
      set({ entitiesVersion: s.entitiesVersion + 1, entityMentions: {} });
      if (s.entitiesLoaded) await s.loadEntities();
      const view = get().entityView;
      if (view.kind !== 'none') await get().showEntity(view);
      const docs = new Set(
        get()
          .panes.map((p) => p.docId)
          .filter((d): d is string => d !== null),
      );
      await Promise.all([...docs].map((d) => get().loadDocMentions(d, true)));
    };
    client.on('entities.changed', () => void refresh());
    client.on('workspace.opened', () => {
      set({
        entityList: [],
        entitySuggestions: [],
        entitiesLoaded: false,
        entityMentions: {},
        entityView: { kind: 'none' },
      });
    });
    return {
      entityList: [],
      entitySuggestions: [],
      entitiesLoading: false,
      entitiesLoaded: false,
      entitiesError: null,
      entityTypeFilter: null,
      entitySort: 'mentions',
      entityQuery: '',
      entityView: { kind: 'none' },
      entityDetail: null,
      entityGraph: null,
      entityMentions: {},
      entitiesVersion: 0,
      loadEntities: () =>
        guard(async () => {
          set({ entitiesLoading: true });
          try {
            const { entities, suggestions } = await client.call('entities.list', {});
            set({ entityList: entities, entitySuggestions: suggestions, entitiesLoaded: true });
          } finally {
            set({ entitiesLoading: false });
          }
        }, undefined),
      setEntityFilter: ({ type, sort, query }) =>
        set((s) => ({
          entityTypeFilter: type === undefined ? s.entityTypeFilter : type,
          entitySort: sort ?? s.entitySort,
          entityQuery: query ?? s.entityQuery,
        })),
      showEntity: (view) =>
        guard(async () => {
          set({ entityView: view });
          if (view.kind === 'entity') {
            const detail = await client.call('entities.get', { id: view.id });
            // A merged entity answers under its new id: follow it so the page stays open.
            if (get().entityView.kind === 'entity')
              set({ entityDetail: detail, entityView: { kind: 'entity', id: detail.id } });
          }
        }, undefined),
      loadEntityGraph: (type, minWeight) =>
        guard(async () => {
          const graph = await client.call('entities.graph', {
            ...(type ? { type } : {}),
            limit: 40,
            minWeight,
          });
          set({ entityGraph: graph });
        }, undefined),
      loadDocMentions: (docId, force = false) =>
        guard(async () => {
          if (!force && get().entityMentions[docId]) return;
          const mentions = await client.call('entities.forDocument', { docId });
          set((s) => ({ entityMentions: { ...s.entityMentions, [docId]: mentions } }));
        }, undefined),
      decideEntity: (decision) =>
        guard(async () => {
          await client.call('entities.decide', { decision });
          await refresh();
          return true;
        }, false),
      exportEntityGazetteer: () => client.call('entities.exportGazetteer', {}),
      importEntityGazetteer: async (csv) => {
        const result = await client.call('entities.importGazetteer', { csv });
        await refresh();
        return result;
      },
      undoEntityDecision: (redo = false) =>
        guard(async () => {
          await client.call('entities.undo', { redo });
          await refresh();
        }, undefined),
    };
  };
