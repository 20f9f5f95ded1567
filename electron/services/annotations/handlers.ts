import type { Session } from '../session';
import { createManyAnnotations } from './bulk';
import { sidecarHandlers } from '../sidecar/handlers';
import {
  annotationCounts,
  createAnnotation,
  deleteAnnotation,
  detachAnnotation,
  getAnnotation,
  listAnnotations,
  reattachAnnotation,
  undoRedo,
  updateAnnotation,
} from './service';
import { stateFor, undoFor } from './state';
import { bindTag, listTags } from './tags';

export { annotationCounts };

/** Handlers of the `annotations.*` methods. */
export function annotationsHandlers(session: Session) {
  return {
    'annotations.list': (p: Parameters<typeof listAnnotations>[1]) => listAnnotations(session, p),
    'annotations.get': ({ id }: { id: string }) => getAnnotation(session, id),
    'annotations.create': (p: Parameters<typeof createAnnotation>[1]) => createAnnotation(session, p),
    'annotations.createMany': (p: Parameters<typeof createManyAnnotations>[1]) =>
      createManyAnnotations(session, p),
    'annotations.update': (p: Parameters<typeof updateAnnotation>[1]) => updateAnnotation(session, p),
    'annotations.delete': ({ id }: { id: string }) => deleteAnnotation(session, id),
    'annotations.reattach': (p: Parameters<typeof reattachAnnotation>[1]) => reattachAnnotation(session, p),
    'annotations.detach': (p: Parameters<typeof detachAnnotation>[1]) => detachAnnotation(session, p),
    'annotations.undo': () => undoRedo(session, 'undo'),
    'annotations.redo': () => undoRedo(session, 'redo'),
    'annotations.history': async () => {
      await stateFor(session);
      return undoFor(session).state();
    },
    'annotations.status': async () => {
      const st = await stateFor(session);
      const s = st.col.status();
      return { readOnly: s.readOnly, message: s.message, unsaved: s.unsaved, file: s.file };
    },
    'annotations.tags': () => listTags(session),
    'annotations.bindTag': (p: Parameters<typeof bindTag>[1]) => bindTag(session, p),
    ...sidecarHandlers(session),
  };
}
