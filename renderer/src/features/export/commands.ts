import type { AppCommand } from '../../app/registry';
import { copyText } from './download';

/** A palette command copying the selected annotation's citation in one form. */
function citeCommand(form: 'markdown' | 'text'): AppCommand {
  const name = form === 'markdown' ? 'Markdown' : 'plain text';
  return {
    id: form === 'markdown' ? 'export.citeAnnotation' : 'export.citeAnnotationText',
    title: `Copy citation of the selected annotation (${name})`,
    group: 'Export',
    enabled: (s) => s.selectedAnnotation !== null,
    async run({ store }) {
      const id = store.getState().selectedAnnotation;
      if (!id) return;
      const c = await store.getState().cite({ annotationId: id });
      if (!c) return;
      const copied = await copyText(form === 'markdown' ? c.markdown : c.text);
      store
        .getState()
        .setNotice(copied ? `Citation copied as ${name}.` : 'The clipboard is not available here.');
    },
  };
}

/** Palette commands of the export domain. */
export const exportCommands: AppCommand[] = [
  {
    id: 'export.open',
    title: 'Export…',
    group: 'Export',
    enabled: (s) => s.workspace !== null,
    run: ({ store }) => store.getState().openExport(),
  },
  citeCommand('markdown'),
  citeCommand('text'),
];
