import { useState } from 'react';
import { createPortal } from 'react-dom';
import { useWorkbench } from '../../store/context';
import { Dialog } from '../../ui';
import { plural } from './hit-actions';

/**
 * Tags every passage of the checked hits: it counts them first (the whole index, not the loaded page)
 * and states the number on the button, so nobody tags thousands of passages by accident.
 */
export function TagHitsDialog() {
  const state = useWorkbench((s) => s.tagHits);
  const cancel = useWorkbench((s) => s.cancelTagHits);
  return createPortal(
    <Dialog open={state !== null} title="Tag the checked hits" onClose={cancel} className="search-tag-dialog">
      {state && <TagForm />}
    </Dialog>,
    document.body,
  );
}

function TagForm() {
  const state = useWorkbench((s) => s.tagHits);
  const used = useWorkbench((s) => s.annotationTags.used);
  const confirm = useWorkbench((s) => s.confirmTagHits);
  const cancel = useWorkbench((s) => s.cancelTagHits);
  const [tag, setTag] = useState('');
  if (!state) return null;
  if (state.stage === 'counting') return <p role="status">Counting the passages of the checked hits…</p>;
  if (state.stage === 'error')
    return (
      <>
        <p className="search-error" role="alert">
          {state.message}
        </p>
        <div className="search-dialog-actions">
          <button type="button" onClick={cancel}>
            Close
          </button>
        </div>
      </>
    );
  const { ranges, documents } = state.gathered;
  const count = plural(ranges.length, 'passage');
  return (
    <form
      className="search-save-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (tag.trim() && state.stage === 'ready') void confirm(tag.trim());
      }}
    >
      <p role="status">
        {count} in {plural(documents, 'document')}: each becomes an annotation with this tag, in one undoable
        step. Passages that already carry the tag are left as they are.
      </p>
      <label>
        Tag
        <input
          value={tag}
          maxLength={100}
          list="search-tag-suggestions"
          data-autofocus
          aria-label="Tag for every hit"
          onChange={(e) => setTag(e.target.value)}
        />
      </label>
      <datalist id="search-tag-suggestions">
        {used.map((t) => (
          <option key={t.tag} value={t.tag} />
        ))}
      </datalist>
      <div className="search-dialog-actions">
        <button type="button" onClick={cancel}>
          Cancel
        </button>
        <button
          type="submit"
          className="primary"
          disabled={!tag.trim() || ranges.length === 0 || state.stage === 'tagging'}
        >
          {state.stage === 'tagging' ? 'Tagging…' : `Tag ${count}`}
        </button>
      </div>
    </form>
  );
}
