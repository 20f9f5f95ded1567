import { EntityTypeSelect, StanceSelect } from './ChoiceSelects';
import { useEffect, useRef, useState } from 'react';
import type { Annotation, EntityType, IssueStance } from '../../../../shared/model/annotation';
import { useWorkbench } from '../../store/context';
import { NoteView } from './NoteView';
import { COLORS, COLOR_LABEL, parseTags } from './palette';

/** Edits one annotation: colour, note (Markdown with a sanitised preview), tags, entity, issue. */
export function AnnotationEditor({ a }: { a: Annotation }) {
  const update = useWorkbench((s) => s.updateAnnotation);
  const remove = useWorkbench((s) => s.deleteAnnotation);
  const [note, setNote] = useState(a.note);
  const [tags, setTags] = useState(a.tags.join(', '));
  const [entity, setEntity] = useState(a.entity?.name ?? '');
  const [entityType, setEntityType] = useState<EntityType>(a.entity?.type ?? 'person');
  const [issue, setIssue] = useState(a.issue?.title ?? '');
  const [stance, setStance] = useState<IssueStance>(a.issue?.stance ?? 'raises');
  const [editing, setEditing] = useState(false);
  // Follow changes from elsewhere (undo, another window) while not typing here.
  useEffect(() => {
    if (editing) return;
    setNote(a.note);
    setTags(a.tags.join(', '));
    setEntity(a.entity?.name ?? '');
    setEntityType(a.entity?.type ?? 'person');
    setIssue(a.issue?.title ?? '');
    setStance(a.issue?.stance ?? 'raises');
  }, [a, editing]);
  const save = () => {
    if (!editing) return;
    setEditing(false);
    const nextTags = parseTags(tags);
    const patch: Parameters<typeof update>[0] = { id: a.id };
    if (note !== a.note) patch.note = note;
    if (nextTags.join('\u0000') !== a.tags.join('\u0000')) patch.tags = nextTags;
    const e = entity.trim();
    if (e !== (a.entity?.name ?? '') || (e && entityType !== a.entity?.type))
      patch.entity = e ? { id: a.entity?.id ?? null, name: e, type: entityType } : null;
    const i = issue.trim();
    if (i !== (a.issue?.title ?? '') || (i && stance !== a.issue?.stance))
      patch.issue = i ? { id: a.issue?.id ?? null, title: i, stance } : null;
    if (Object.keys(patch).length > 1) void update(patch);
  };
  // No edit is lost to a quit, a reload or a window switch: typed changes are saved when focus leaves
  // the editor and when the page is hidden or unloaded (each save resolves once it is on disk).
  const saveRef = useRef(save);
  saveRef.current = save;
  useEffect(() => {
    const flush = () => saveRef.current();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', flush);
    window.addEventListener('beforeunload', flush);
    return () => {
      flush();
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('beforeunload', flush);
    };
  }, []);
  return (
    <form
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) save();
      }}
      className="annotation-editor"
      aria-label="Edit annotation"
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
      onChange={() => setEditing(true)}
    >
      <div className="swatches" role="group" aria-label="Colour">
        {COLORS.map((c) => (
          <button
            key={c}
            type="button"
            className={`anno-swatch annotation-${c}`}
            aria-label={`Colour ${COLOR_LABEL[c].toLowerCase()}`}
            aria-pressed={a.color === c}
            onClick={() => void update({ id: a.id, color: c })}
          />
        ))}
      </div>
      <label>
        Note (Markdown)
        <textarea value={note} rows={4} onChange={(e) => setNote(e.target.value)} />
      </label>
      {note.trim() && <NoteView markdown={note} label="Note preview" />}
      <label>
        Tags
        <input value={tags} onChange={(e) => setTags(e.target.value)} placeholder="comma, separated" />
      </label>
      <div className="row">
        <label>
          Entity
          <input value={entity} onChange={(e) => setEntity(e.target.value)} />
        </label>
        <EntityTypeSelect value={entityType} onChange={setEntityType} />
      </div>
      <div className="row">
        <label>
          Issue
          <input value={issue} onChange={(e) => setIssue(e.target.value)} />
        </label>
        <StanceSelect value={stance} onChange={setStance} />
      </div>
      <div className="row">
        <button type="submit" className="primary">
          Save
        </button>
        <button type="button" className="danger" onClick={() => void remove(a.id)}>
          Delete
        </button>
      </div>
    </form>
  );
}
