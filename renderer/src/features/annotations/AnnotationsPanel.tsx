import { useEffect, useState } from 'react';
import type { Annotation, AnnotationColor, AnchorState } from '../../../../shared/model/annotation';
import { ANCHOR_STATES, ANNOTATION_COLORS } from '../../../../shared/model/values';
import { useWorkbench } from '../../store/context';
import { AnnotationRow } from './AnnotationRow';
import { scrollReaderTo } from '../../dom/scroll-to-offset';
import { OrphanActions } from './OrphanActions';
import { COLOR_LABEL, STATE_LABEL } from './palette';
import { TagKeys } from './TagKeys';
import './annotations.css';
import { SearchField } from '../../ui/SearchField';

const NONE: Annotation[] = [];

/**
 * Sidebar tab "Annotations": the orphans queue (annotations that lost their place, with their old quote
 * and context: re-attach or keep detached) and every annotation of the folder, filterable by text, tag,
 * colour, entity, issue, state and document. A row jumps to its passage.
 */
export function AnnotationsPanel() {
  const rows = useWorkbench((s) => s.annotationsAll ?? NONE);
  const loaded = useWorkbench((s) => s.annotationsAll !== null);
  const load = useWorkbench((s) => s.loadAllAnnotations);
  const filter = useWorkbench((s) => s.annotationFilter);
  const setFilter = useWorkbench((s) => s.setAnnotationFilter);
  const tags = useWorkbench((s) => s.annotationTags.used);
  const selected = useWorkbench((s) => s.selectedAnnotation);
  const select = useWorkbench((s) => s.selectAnnotation);
  const open = useWorkbench((s) => s.openDocument);
  const [text, setText] = useState(filter.text ?? '');
  useEffect(() => {
    if (!loaded) void load();
  }, [loaded, load]);
  const orphans = rows.filter((a) => (a.state === 'orphan' || a.state === 'ambiguous') && !a.detached);
  const docs = [...new Set(rows.map((a) => a.docId))].sort();
  const entities = [...new Set(rows.map((a) => a.entity?.name).filter((n): n is string => !!n))].sort();
  const issues = [...new Set(rows.map((a) => a.issue?.title).filter((n): n is string => !!n))].sort();
  const jump = (a: Annotation) => {
    select(a.id);
    if (!a.current) return;
    const start = a.current.start;
    void open(a.docId).then(() => scrollReaderTo(start));
  };
  const choose = <K extends keyof typeof filter>(key: K, value: string) =>
    setFilter({ [key]: value === '' ? undefined : value } as Partial<typeof filter>);
  return (
    <div className="annotations-panel">
      {orphans.length > 0 && (
        <section aria-labelledby="orphans-title" className="orphans-queue">
          <h3 id="orphans-title">Orphans queue ({orphans.length})</h3>
          <ul aria-label="Orphans">
            {orphans.map((a) => (
              <li key={a.id}>
                <AnnotationRow a={a} selected={false} showDoc onOpen={() => select(a.id)} />
                <OrphanActions a={a} />
              </li>
            ))}
          </ul>
        </section>
      )}
      <form
        className="annotation-filters"
        aria-label="Filter annotations"
        onSubmit={(e) => {
          e.preventDefault();
          choose('text', text.trim());
        }}
      >
        <SearchField
          label="Search annotations"
          placeholder="Search quotes, notes, tags…"
          value={text}
          onValueChange={setText}
        />
        <select aria-label="Tag" value={filter.tag ?? ''} onChange={(e) => choose('tag', e.target.value)}>
          <option value="">Any tag</option>
          {tags.map((t) => (
            <option key={t.tag} value={t.tag}>
              #{t.tag} ({t.count})
            </option>
          ))}
        </select>
        <select
          aria-label="Colour"
          value={filter.color ?? ''}
          onChange={(e) => choose('color', e.target.value as AnnotationColor)}
        >
          <option value="">Any colour</option>
          {ANNOTATION_COLORS.map((c) => (
            <option key={c} value={c}>
              {COLOR_LABEL[c]}
            </option>
          ))}
        </select>
        <select
          aria-label="State"
          value={filter.state ?? ''}
          onChange={(e) => choose('state', e.target.value as AnchorState)}
        >
          <option value="">Any state</option>
          {ANCHOR_STATES.map((s) => (
            <option key={s} value={s}>
              {STATE_LABEL[s]}
            </option>
          ))}
        </select>
        <select
          aria-label="Entity"
          value={filter.entity ?? ''}
          onChange={(e) => choose('entity', e.target.value)}
        >
          <option value="">Any entity</option>
          {entities.map((n) => (
            <option key={n}>{n}</option>
          ))}
        </select>
        <select
          aria-label="Issue"
          value={filter.issue ?? ''}
          onChange={(e) => choose('issue', e.target.value)}
        >
          <option value="">Any issue</option>
          {issues.map((n) => (
            <option key={n}>{n}</option>
          ))}
        </select>
        <select
          aria-label="Document"
          value={filter.docId ?? ''}
          onChange={(e) => choose('docId', e.target.value)}
        >
          <option value="">Any document</option>
          {docs.map((d) => (
            <option key={d}>{d}</option>
          ))}
        </select>
        <button type="submit">Filter</button>
        <button
          type="button"
          onClick={() => {
            setText('');
            setFilter({}, true);
          }}
        >
          Clear
        </button>
      </form>
      <TagKeys />
      <h3>All annotations ({rows.length})</h3>
      {rows.length === 0 ? (
        <p className="muted">{loaded ? 'No annotations match.' : 'Loading…'}</p>
      ) : (
        <ul className="annotation-list" aria-label="All annotations">
          {rows.map((a) => (
            <li key={a.id}>
              <AnnotationRow a={a} selected={a.id === selected} showDoc onOpen={() => jump(a)} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
