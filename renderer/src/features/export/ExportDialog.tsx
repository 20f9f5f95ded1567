import { createPortal } from 'react-dom';
import type { ExportFilter, ExportFormat, GroupBy, SortBy } from '../../../../shared/model/export';
import { EXPORT_FORMATS, isOneOf } from '../../../../shared/model/values';
import { useWorkbench } from '../../store/context';
import { Dialog } from '../../ui/Dialog';
import { downloadExport } from './download';
import { FilterPicker } from './FilterPicker';
import { ImportButton } from './ImportButton';
import { ImportReportView } from './ImportReportView';
import './export.css';

const FORMAT_LABELS: Record<ExportFormat, string> = {
  md: 'Markdown brief',
  csv: 'CSV (spreadsheet)',
  html: 'HTML report',
  docx: 'Word (DOCX)',
  jsonld: 'W3C Web Annotation (JSON-LD)',
  qdpx: 'REFI-QDA project (.qdpx)',
};
const GROUPS: Array<[GroupBy, string]> = [
  ['none', 'No grouping'],
  ['issue', 'Issue'],
  ['entity', 'Entity'],
  ['document', 'Document'],
  ['date', 'Date'],
];
const STANCES = ['raises', 'progress', 'blocks', 'resolves', 'other'] as const;
const STATES = ['anchored', 'moved', 'fuzzy', 'ambiguous', 'orphan'] as const;

/** The export dialog: filters, grouping, sort, format, and a preview of exactly what will be written. */
export function ExportDialog() {
  const open = useWorkbench((s) => s.exportOpen);
  const close = useWorkbench((s) => s.closeExport);
  const request = useWorkbench((s) => s.exportRequest);
  const setRequest = useWorkbench((s) => s.setExportRequest);
  const facets = useWorkbench((s) => s.exportFacets);
  const preview = useWorkbench((s) => s.exportPreview);
  const busy = useWorkbench((s) => s.exportBusy);
  const error = useWorkbench((s) => s.exportError);
  const report = useWorkbench((s) => s.importReport);
  const run = useWorkbench((s) => s.runExport);
  const filter = request.filter ?? {};
  const setFilter = (patch: Partial<ExportFilter>) => setRequest({ filter: { ...filter, ...patch } });
  const save = async () => {
    const out = await run();
    if (out) downloadExport(out);
  };
  return createPortal(
    <Dialog open={open} title="Export annotated excerpts" onClose={close} className="export-dialog">
      <div className="export-layout">
        <form className="export-form" aria-label="Export settings" onSubmit={(e) => e.preventDefault()}>
          <label>
            Format
            <select
              value={request.format}
              onChange={(e) => {
                const format = e.target.value;
                if (isOneOf(EXPORT_FORMATS, format)) setRequest({ format });
              }}
            >
              {EXPORT_FORMATS.map((f) => (
                <option key={f} value={f}>
                  {FORMAT_LABELS[f]}
                </option>
              ))}
            </select>
          </label>
          <label>
            Title
            <input
              type="text"
              value={request.title ?? ''}
              placeholder="Folder name — annotated excerpts"
              onChange={(e) => setRequest({ title: e.target.value || null })}
            />
          </label>
          <fieldset>
            <legend>Select</legend>
            <FilterPicker
              label="Issue"
              options={facets.issues}
              value={filter.issues ?? []}
              onChange={(issues) => setFilter({ issues })}
            />
            <FilterPicker
              label="Stance"
              options={[...STANCES]}
              value={filter.stances ?? []}
              onChange={(stances) => setFilter({ stances: stances as ExportFilter['stances'] })}
            />
            <FilterPicker
              label="Entity"
              options={facets.entities}
              value={filter.entities ?? []}
              onChange={(entities) => setFilter({ entities })}
            />
            <FilterPicker
              label="Tag"
              options={facets.tags}
              value={filter.tags ?? []}
              onChange={(tags) => setFilter({ tags })}
            />
            <FilterPicker
              label="Colour"
              options={facets.colors}
              value={filter.colors ?? []}
              onChange={(colors) => setFilter({ colors })}
            />
            <FilterPicker
              label="Document"
              options={facets.documents.map((d) => d.id)}
              labels={Object.fromEntries(facets.documents.map((d) => [d.id, d.title]))}
              value={filter.documents ?? []}
              onChange={(documents) => setFilter({ documents })}
            />
            <FilterPicker
              label="State"
              options={[...STATES]}
              value={filter.states ?? []}
              onChange={(states) => setFilter({ states: states as ExportFilter['states'] })}
            />
            <div className="export-dates">
              <label>
                From
                <input
                  type="date"
                  value={filter.dateFrom ?? ''}
                  onChange={(e) => setFilter({ dateFrom: e.target.value || null })}
                />
              </label>
              <label>
                To
                <input
                  type="date"
                  value={filter.dateTo ?? ''}
                  onChange={(e) => setFilter({ dateTo: e.target.value || null })}
                />
              </label>
            </div>
            <label>
              Search query
              <input
                type="search"
                value={filter.query ?? ''}
                placeholder="only passages matching…"
                onChange={(e) => setFilter({ query: e.target.value || null })}
              />
            </label>
          </fieldset>
          <label>
            Group by
            <select
              value={request.groupBy ?? 'none'}
              onChange={(e) => setRequest({ groupBy: e.target.value as GroupBy })}
            >
              {GROUPS.map(([g, label]) => (
                <option key={g} value={g}>
                  {label}
                </option>
              ))}
            </select>
          </label>
          <label>
            Sort by
            <select
              value={request.sortBy ?? 'date'}
              onChange={(e) => setRequest({ sortBy: e.target.value as SortBy })}
            >
              <option value="date">Document date</option>
              <option value="position">Position in document</option>
            </select>
          </label>
          <label>
            Context (characters either side)
            <input
              type="number"
              min={0}
              max={2000}
              step={20}
              value={request.context ?? 0}
              onChange={(e) =>
                setRequest({ context: Math.max(0, Math.min(2000, Number(e.target.value) || 0)) })
              }
            />
          </label>
          <div className="export-actions">
            <button type="button" className="primary" disabled={busy || !preview} onClick={() => void save()}>
              {preview ? `Export ${preview.count} excerpt${preview.count === 1 ? '' : 's'}` : 'Export'}
            </button>
            <ImportButton />
          </div>
          {error && (
            <p role="alert" className="error">
              {error}
            </p>
          )}
          {report && <ImportReportView report={report} />}
        </form>
        <section className="export-preview" aria-label="Export preview">
          <header>
            <strong>{preview?.filename ?? 'Preview'}</strong>
            {preview && <span>{previewCaption(preview.kind, preview.format)}</span>}
          </header>
          <pre tabIndex={0} aria-label="Preview of the file">
            {preview?.content ?? ''}
          </pre>
          {preview?.truncated && <p className="muted">The preview stops here; the file has everything.</p>}
        </section>
      </div>
    </Dialog>,
    document.body,
  );
}

function previewCaption(kind: 'text' | 'html' | 'outline', format: ExportFormat): string {
  if (kind === 'html') return 'the HTML source, exactly as written';
  if (kind === 'outline')
    return format === 'docx'
      ? 'the Word document’s content, as Markdown'
      : 'the project.qde inside the archive';
  return 'exactly as written';
}
