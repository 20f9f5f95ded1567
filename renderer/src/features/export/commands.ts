import type { AppCommand } from '../../app/registry';
import { copyText } from './download';

/** Palette commands of the export domain. */
export const exportCommands: AppCommand[] = [
  {
    id: 'export.open',
    title: 'Export…',
    group: 'Export',
    enabled: (s) => s.workspace !== null,
    run: ({ store }) => store.getState().openExport(),
  },
  {
    id: 'export.citeAnnotation',
    title: 'Copy citation of the selected annotation (Markdown)',
    group: 'Export',
    enabled: (s) => s.selectedAnnotation !== null,
    async run({ store }) {
      const id = store.getState().selectedAnnotation;
      if (!id) return;
      const c = await store.getState().cite({ annotationId: id });
      if (c)
        store
          .getState()
          .setNotice(
            (await copyText(c.markdown))
              ? 'Citation copied as Markdown.'
              : 'The clipboard is not available here.',
          );
    },
  },
  {
    id: 'export.citeAnnotationText',
    title: 'Copy citation of the selected annotation (plain text)',
    group: 'Export',
    enabled: (s) => s.selectedAnnotation !== null,
    async run({ store }) {
      const id = store.getState().selectedAnnotation;
      if (!id) return;
      const c = await store.getState().cite({ annotationId: id });
      if (c)
        store
          .getState()
          .setNotice(
            (await copyText(c.text))
              ? 'Citation copied as plain text.'
              : 'The clipboard is not available here.',
          );
    },
  },
];
