import type { StateCreator } from 'zustand';
import type {
  Citation,
  ExportOutput,
  ExportPreview,
  ExportRequestInput,
  ImportReport,
} from '../../../../shared/model/export';
import type { DossierClient } from '../../client';
import type { WorkbenchState } from '../create-store';
import { errorMessage } from '../errors';

/** Values the export dialog's filters offer, gathered from the folder's annotations. */
export interface ExportFacets {
  tags: string[];
  colors: string[];
  entities: string[];
  issues: string[];
  documents: Array<{ id: string; title: string }>;
}

/** The request the dialog starts from: everything, as a Markdown brief grouped by issue. */
export const DEFAULT_EXPORT_REQUEST: ExportRequestInput = {
  format: 'md',
  filter: {},
  groupBy: 'issue',
  sortBy: 'date',
  context: 0,
  title: null,
};

const NO_FACETS: ExportFacets = { tags: [], colors: [], entities: [], issues: [], documents: [] };

/** The export dialog: its request, the preview of exactly what will be written, and imports. */
export interface ExportSlice {
  exportOpen: boolean;
  exportRequest: ExportRequestInput;
  exportFacets: ExportFacets;
  exportPreview: ExportPreview | null;
  exportBusy: boolean;
  exportError: string | null;
  /** The last import's report (shown until the dialog closes). */
  importReport: ImportReport | null;
  openExport(patch?: Partial<ExportRequestInput>): void;
  closeExport(): void;
  setExportRequest(patch: Partial<ExportRequestInput>): void;
  refreshExportPreview(): Promise<void>;
  /** Writes the export; the caller saves the returned file (download). Null after an error. */
  runExport(): Promise<ExportOutput | null>;
  importAnnotations(
    format: 'jsonld' | 'qdpx',
    encoding: 'utf8' | 'base64',
    content: string,
  ): Promise<ImportReport | null>;
  /** A citation of an annotation or a selected range; null after an error (shown as a notice). */
  cite(
    target: { annotationId: string } | { docId: string; start: number; end: number },
  ): Promise<Citation | null>;
}

/** The export slice. */
export const createExportSlice =
  (client: DossierClient): StateCreator<WorkbenchState, [], [], ExportSlice> =>
  (set, get) => {
    // Only the newest preview may land: typing in a filter fires several in a row.
    let previewSeq = 0;
    const loadFacets = async () => {
      try {
        const all = await client.call('annotations.list', {});
        const uniq = (xs: Array<string | null | undefined>) =>
          [...new Set(xs.filter((x): x is string => Boolean(x)))].sort((a, b) => a.localeCompare(b));
        const docs = new Map(all.map((a) => [a.docId, a.docId]));
        for (const d of get().documents) if (docs.has(d.id)) docs.set(d.id, d.title || d.id);
        set({
          exportFacets: {
            tags: uniq(all.flatMap((a) => a.tags)),
            colors: uniq(all.map((a) => a.color)),
            entities: uniq(all.map((a) => a.entity?.name)),
            issues: uniq([...all.map((a) => a.issue?.title), ...get().issues.map((i) => i.title)]),
            documents: [...docs]
              .map(([id, title]) => ({ id, title }))
              .sort((a, b) => a.title.localeCompare(b.title)),
          },
        });
      } catch (e) {
        set({ exportError: errorMessage(e) });
      }
    };
    return {
      exportOpen: false,
      exportRequest: DEFAULT_EXPORT_REQUEST,
      exportFacets: NO_FACETS,
      exportPreview: null,
      exportBusy: false,
      exportError: null,
      importReport: null,
      openExport(patch) {
        set((s) => ({
          exportOpen: true,
          exportError: null,
          importReport: null,
          exportRequest: { ...s.exportRequest, ...patch },
        }));
        void loadFacets();
        void get().refreshExportPreview();
      },
      closeExport: () => set({ exportOpen: false, importReport: null }),
      setExportRequest(patch) {
        set((s) => ({ exportRequest: { ...s.exportRequest, ...patch } }));
        void get().refreshExportPreview();
      },
      async refreshExportPreview() {
        const seq = ++previewSeq;
        try {
          const preview = await client.call('export.preview', get().exportRequest);
          if (seq === previewSeq) set({ exportPreview: preview, exportError: null });
        } catch (e) {
          if (seq === previewSeq) set({ exportPreview: null, exportError: errorMessage(e) });
        }
      },
      async runExport() {
        set({ exportBusy: true, exportError: null });
        try {
          return await client.call('export.run', get().exportRequest);
        } catch (e) {
          set({ exportError: errorMessage(e) });
          return null;
        } finally {
          set({ exportBusy: false });
        }
      },
      async importAnnotations(format, encoding, content) {
        set({ exportBusy: true, exportError: null, importReport: null });
        try {
          const report = await client.call('export.import', { format, encoding, content });
          set({ importReport: report });
          void loadFacets();
          void get().refreshExportPreview();
          return report;
        } catch (e) {
          set({ exportError: errorMessage(e) });
          return null;
        } finally {
          set({ exportBusy: false });
        }
      },
      async cite(target) {
        try {
          return await client.call('export.citation', target);
        } catch (e) {
          get().setNotice(errorMessage(e));
          return null;
        }
      },
    };
  };
