import type { StateCreator } from 'zustand';
import type { Params, Result } from '../../../../shared/contract';
import type { Annotation, AnnotationColor, AnchorState } from '../../../../shared/model/annotation';
import type { DossierClient } from '../../client';
import type { WorkbenchState } from '../create-store';
import { errorMessage } from '../errors';

/** Filters of the all-annotations view (all optional; they combine). */
export interface AnnotationFilter {
  tag?: string;
  color?: AnnotationColor;
  entity?: string;
  issue?: string;
  state?: AnchorState;
  docId?: string;
  text?: string;
}

/** The selection the toolbar is showing (so number keys can tag it). */
export interface AnnotationSelection {
  docId: string;
  start: number;
  end: number;
}

type UndoState = Result<'annotations.history'>;
type Tags = Result<'annotations.tags'>;

const NO_UNDO: UndoState = { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null };

/** Annotations of the open folder as the UI needs them; the sidecar in the services is the truth. */
export interface AnnotationsSlice {
  /** Annotations per document id, loaded when a reader pane shows the document. */
  annotationsByDoc: Record<string, Annotation[]>;
  /** The all-annotations view's rows (null until loaded). */
  annotationsAll: Annotation[] | null;
  annotationFilter: AnnotationFilter;
  /** The annotation opened in the right panel (click on a highlight or a list row). */
  selectedAnnotation: string | null;
  /** The orphan waiting for a new selection to be re-attached to. */
  reattaching: string | null;
  annotationSelection: AnnotationSelection | null;
  annotationUndo: UndoState;
  annotationTags: Tags;
  annotationStatus: Result<'annotations.status'> | null;
  annotationsError: string | null;
  loadDocAnnotations(docId: string): Promise<void>;
  loadAllAnnotations(): Promise<void>;
  setAnnotationFilter(patch: AnnotationFilter, replace?: boolean): void;
  createAnnotation(p: Params<'annotations.create'>): Promise<Annotation | null>;
  updateAnnotation(p: Params<'annotations.update'>): Promise<void>;
  deleteAnnotation(id: string): Promise<void>;
  reattachAnnotation(id: string, sel: AnnotationSelection): Promise<void>;
  detachAnnotation(id: string, detached: boolean): Promise<void>;
  undoAnnotation(redo?: boolean): Promise<void>;
  bindAnnotationTag(p: Params<'annotations.bindTag'>): Promise<void>;
  selectAnnotation(id: string | null): void;
  setReattaching(id: string | null): void;
  setAnnotationSelection(sel: AnnotationSelection | null): void;
  /** Moves the sidecar into the folder or to the app data folder (the services re-open the folder). */
  moveSidecar(to: 'folder' | 'app-data'): Promise<void>;
}

/** The annotations slice; follows `annotations.changed` so every view shows the services' state. */
export const createAnnotationsSlice =
  (client: DossierClient): StateCreator<WorkbenchState, [], [], AnnotationsSlice> =>
  (set, get) => {
    const guard = async <T>(body: () => Promise<T>, fallback: T): Promise<T> => {
      try {
        set({ annotationsError: null });
        return await body();
      } catch (e) {
        set({ annotationsError: errorMessage(e) });
        return fallback;
      }
    };
    const refreshMeta = async () => {
      const [annotationUndo, annotationTags, annotationStatus] = await Promise.all([
        client.call('annotations.history', {}),
        client.call('annotations.tags', {}),
        client.call('annotations.status', {}),
      ]);
      set({ annotationUndo, annotationTags, annotationStatus });
    };
    const refresh = async () => {
      const docs = new Set(
        get()
          .panes.map((p) => p.docId)
          .filter((d): d is string => d !== null),
      );
      for (const d of Object.keys(get().annotationsByDoc)) docs.add(d);
      await Promise.all([...docs].map((d) => get().loadDocAnnotations(d)));
      if (get().annotationsAll !== null) await get().loadAllAnnotations();
      await refreshMeta().catch(() => undefined);
    };
    client.on('annotations.changed', () => void refresh());
    client.on('workspace.opened', () => {
      set({
        annotationsByDoc: {},
        annotationsAll: null,
        selectedAnnotation: null,
        reattaching: null,
        annotationSelection: null,
        annotationUndo: NO_UNDO,
      });
      void refreshMeta().catch(() => undefined);
    });
    return {
      annotationsByDoc: {},
      annotationsAll: null,
      annotationFilter: {},
      selectedAnnotation: null,
      reattaching: null,
      annotationSelection: null,
      annotationUndo: NO_UNDO,
      annotationTags: { used: [], bound: [] },
      annotationStatus: null,
      annotationsError: null,
      loadDocAnnotations: (docId) =>
        guard(async () => {
          const list = await client.call('annotations.list', { docId });
          set({ annotationsByDoc: { ...get().annotationsByDoc, [docId]: list } });
        }, undefined),
      loadAllAnnotations: () =>
        guard(async () => {
          const f = get().annotationFilter;
          const params = Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined && v !== ''));
          set({ annotationsAll: await client.call('annotations.list', params) });
        }, undefined),
      setAnnotationFilter(patch, replace) {
        set({ annotationFilter: replace ? patch : { ...get().annotationFilter, ...patch } });
        void get().loadAllAnnotations();
      },
      createAnnotation: (p) =>
        guard(async () => {
          const a = await client.call('annotations.create', p);
          set({ selectedAnnotation: a.id });
          await refresh();
          return a;
        }, null),
      updateAnnotation: (p) =>
        guard(async () => {
          await client.call('annotations.update', p);
          await refresh();
        }, undefined),
      deleteAnnotation: (id) =>
        guard(async () => {
          await client.call('annotations.delete', { id });
          if (get().selectedAnnotation === id) set({ selectedAnnotation: null });
          await refresh();
        }, undefined),
      reattachAnnotation: (id, sel) =>
        guard(async () => {
          await client.call('annotations.reattach', { id, ...sel });
          set({ reattaching: null, selectedAnnotation: id });
          await refresh();
        }, undefined),
      detachAnnotation: (id, detached) =>
        guard(async () => {
          await client.call('annotations.detach', { id, detached });
          await refresh();
        }, undefined),
      undoAnnotation: (redo) =>
        guard(async () => {
          set({ annotationUndo: await client.call(redo ? 'annotations.redo' : 'annotations.undo', {}) });
          await refresh();
        }, undefined),
      bindAnnotationTag: (p) =>
        guard(async () => {
          await client.call('annotations.bindTag', p);
          await refreshMeta();
        }, undefined),
      selectAnnotation: (id) => set({ selectedAnnotation: id }),
      setReattaching: (id) => set({ reattaching: id }),
      setAnnotationSelection: (sel) => set({ annotationSelection: sel }),
      moveSidecar: (to) =>
        guard(async () => {
          const info = await client.call('sidecar.move', { to });
          get().setNotice(
            info.location === 'app-data'
              ? `Annotations are now kept in the app data folder (${info.path}); the article folder is not written to.`
              : `Annotations are now kept in the folder (${info.path}).`,
          );
        }, undefined),
    };
  };
