import type { AppCommand } from '../../app/registry';

function typingInField(): boolean {
  const el = document.activeElement;
  return (
    el instanceof HTMLInputElement ||
    el instanceof HTMLTextAreaElement ||
    (el instanceof HTMLElement && el.isContentEditable)
  );
}

/** Tags bound to keys 1–9: on a selection, highlight with that tag; on the open annotation, toggle it. */
const tagKeys: AppCommand[] = Array.from({ length: 9 }, (_, i) => {
  const key = i + 1;
  return {
    id: `annotations.tagKey${key}`,
    title: `Apply tag bound to ${key}`,
    keys: [String(key)],
    group: 'Annotations',
    enabled: (s) =>
      s.annotationTags.bound.some((b) => b.key === key) &&
      (s.annotationSelection !== null || s.selectedAnnotation !== null),
    async run({ store }) {
      const s = store.getState();
      const bound = s.annotationTags.bound.find((b) => b.key === key);
      if (!bound) return;
      if (s.annotationSelection) {
        await s.createAnnotation({
          ...s.annotationSelection,
          tags: [bound.tag],
          ...(bound.color ? { color: bound.color } : {}),
        });
        document.getSelection()?.removeAllRanges();
        return;
      }
      const id = s.selectedAnnotation;
      const a = id
        ? Object.values(s.annotationsByDoc)
            .flat()
            .find((x) => x.id === id)
        : undefined;
      if (!a) return;
      const has = a.tags.some((t) => t.toLowerCase() === bound.tag.toLowerCase());
      await s.updateAnnotation({
        id: a.id,
        tags: has
          ? a.tags.filter((t) => t.toLowerCase() !== bound.tag.toLowerCase())
          : [...a.tags, bound.tag],
      });
    },
  };
});

/** Palette commands and shortcuts of the annotations domain. */
export const annotationCommands: AppCommand[] = [
  {
    id: 'annotations.undo',
    title: 'Undo annotation change',
    keys: ['mod+z'],
    group: 'Annotations',
    enabled: (s) => s.annotationUndo.canUndo,
    run({ store }) {
      // In a text field Ctrl/Cmd+Z belongs to the field's own undo.
      if (typingInField()) return void document.execCommand('undo');
      return store.getState().undoAnnotation();
    },
  },
  {
    id: 'annotations.redo',
    title: 'Redo annotation change',
    keys: ['mod+shift+z', 'mod+y'],
    group: 'Annotations',
    enabled: (s) => s.annotationUndo.canRedo,
    run({ store }) {
      if (typingInField()) return void document.execCommand('redo');
      return store.getState().undoAnnotation(true);
    },
  },
  {
    id: 'annotations.showAll',
    title: 'Show all annotations',
    group: 'Annotations',
    run({ store }) {
      store.getState().focusSidebar('annotations');
    },
  },
  {
    id: 'annotations.showOrphans',
    title: 'Show orphaned annotations',
    group: 'Annotations',
    run({ store }) {
      const s = store.getState();
      s.setAnnotationFilter({ state: 'orphan' }, true);
      s.focusSidebar('annotations');
    },
  },
  {
    id: 'annotations.highlight',
    title: 'Highlight the selection',
    keys: ['h'],
    group: 'Annotations',
    enabled: (s) => s.annotationSelection !== null,
    async run({ store }) {
      const s = store.getState();
      if (s.annotationSelection) await s.createAnnotation({ ...s.annotationSelection });
      document.getSelection()?.removeAllRanges();
    },
  },
  {
    id: 'annotations.sidecarToAppData',
    title: 'Keep annotations outside this folder (app data)',
    group: 'Annotations',
    enabled: (s) => s.workspace?.sidecar.location === 'folder',
    run: ({ store }) => store.getState().moveSidecar('app-data'),
  },
  {
    id: 'annotations.sidecarToFolder',
    title: 'Keep annotations in this folder (.dossier)',
    group: 'Annotations',
    enabled: (s) => s.workspace?.sidecar.location === 'app-data',
    run: ({ store }) => store.getState().moveSidecar('folder'),
  },
  ...tagKeys,
];
