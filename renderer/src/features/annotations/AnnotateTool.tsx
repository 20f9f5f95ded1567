import { EntityTypeSelect, StanceSelect } from './ChoiceSelects';
import { useEffect, useState } from 'react';
import type { EntityType, IssueStance } from '../../../../shared/model/annotation';
import type { SelectionToolProps } from '../../app/registry';
import { useWorkbench } from '../../store/context';
import { COLORS, COLOR_LABEL, parseTags } from './palette';

type Form = 'none' | 'note' | 'tag' | 'entity' | 'issue';

/**
 * Selection toolbar entry: highlight in a palette colour, or open a small form to add a note (Markdown),
 * tags, an entity or an issue. Every control is a button or field, so Tab reaches all of them; number
 * keys 1–9 apply bound tags (commands.ts). While an orphan waits for re-attachment, offers that first.
 */
export function AnnotateTool({ docId, start, end, done }: SelectionToolProps) {
  const create = useWorkbench((s) => s.createAnnotation);
  const reattaching = useWorkbench((s) => s.reattaching);
  const reattach = useWorkbench((s) => s.reattachAnnotation);
  const setSelection = useWorkbench((s) => s.setAnnotationSelection);
  const [form, setForm] = useState<Form>('none');
  const [text, setText] = useState('');
  const [kind, setKind] = useState<EntityType>('person');
  const [stance, setStance] = useState<IssueStance>('raises');
  useEffect(() => {
    setSelection({ docId, start, end });
    return () => setSelection(null);
  }, [docId, start, end, setSelection]);
  const finish = async (fields: Parameters<typeof create>[0] | null) => {
    if (fields && (await create(fields))) done();
  };
  const base = { docId, start, end };
  if (form !== 'none') {
    const submit = () => {
      const v = text.trim();
      if (form === 'note') void finish({ ...base, note: text });
      else if (form === 'tag') void finish({ ...base, tags: parseTags(text) });
      else if (form === 'entity' && v) void finish({ ...base, entity: { id: null, name: v, type: kind } });
      else if (form === 'issue' && v) void finish({ ...base, issue: { id: null, title: v, stance } });
    };
    return (
      <form
        className="annotate-form"
        aria-label={`Add ${form}`}
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') setForm('none');
          // Ctrl/Cmd+Enter saves a multi-line note.
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) submit();
        }}
      >
        {form === 'note' ? (
          <textarea
            aria-label="Note (Markdown)"
            value={text}
            onChange={(e) => setText(e.target.value)}
            rows={3}
            autoFocus
          />
        ) : (
          <input
            aria-label={
              form === 'tag' ? 'Tags (comma-separated)' : form === 'entity' ? 'Entity name' : 'Issue title'
            }
            value={text}
            onChange={(e) => setText(e.target.value)}
            autoFocus
          />
        )}
        {form === 'entity' && <EntityTypeSelect value={kind} onChange={setKind} />}
        {form === 'issue' && <StanceSelect value={stance} onChange={setStance} />}
        <button type="submit">Save</button>
        <button type="button" onClick={() => setForm('none')}>
          Cancel
        </button>
      </form>
    );
  }
  const open = (f: Form, initial = '') => {
    setText(initial);
    setForm(f);
  };
  return (
    <div className="annotate-tool" role="group" aria-label="Annotate">
      {reattaching && (
        <button type="button" className="primary" onClick={() => void reattach(reattaching, base).then(done)}>
          Re-attach here
        </button>
      )}
      {COLORS.map((c) => (
        <button
          key={c}
          type="button"
          className={`anno-swatch annotation-${c}`}
          aria-label={`Highlight ${COLOR_LABEL[c].toLowerCase()}`}
          title={`Highlight (${COLOR_LABEL[c]})`}
          onClick={() => void finish({ ...base, color: c })}
        />
      ))}
      <button type="button" onClick={() => open('note')}>
        Note
      </button>
      <button type="button" onClick={() => open('tag')}>
        Tag
      </button>
      <button type="button" onClick={() => open('entity')}>
        Entity
      </button>
      <button type="button" onClick={() => open('issue')}>
        Issue
      </button>
    </div>
  );
}
