import { useState } from 'react';
import { createPortal } from 'react-dom';
import { useWorkbench } from '../../store/context';
import { Dialog } from '../../ui';

/** Names a new saved search, or renames one (a native prompt does not exist in Electron). */
export function SaveSearchDialog() {
  const state = useWorkbench((s) => s.saveDialog);
  const setState = useWorkbench((s) => s.setSaveDialog);
  const title = state?.mode === 'rename' ? `Rename “${state.name}”` : 'Save search';
  return createPortal(
    <Dialog open={state !== null} title={title} onClose={() => setState(null)} className="search-save-dialog">
      {state && <SaveForm key={state.mode === 'rename' ? state.name : ''} />}
    </Dialog>,
    document.body,
  );
}

function SaveForm() {
  const state = useWorkbench((s) => s.saveDialog);
  const query = useWorkbench((s) => s.searchQuery);
  const filters = useWorkbench((s) => s.searchFilters);
  const submit = useWorkbench((s) => s.submitSaveDialog);
  const setState = useWorkbench((s) => s.setSaveDialog);
  const [name, setName] = useState(() => (state?.mode === 'rename' ? state.name : query.trim().slice(0, 60)));
  const [busy, setBusy] = useState(false);
  const rename = state?.mode === 'rename';
  return (
    <form
      className="search-save-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (!name.trim() || busy) return;
        setBusy(true);
        void submit(name).finally(() => setBusy(false));
      }}
    >
      <label>
        Name
        <input
          value={name}
          maxLength={200}
          data-autofocus
          aria-label="Saved search name"
          onChange={(e) => setName(e.target.value)}
        />
      </label>
      {!rename && (
        <p className="search-explain">
          Saves <code>{[query, ...filters].filter(Boolean).join(' ')}</code> in this folder’s sidecar. A
          search with the same name is replaced.
        </p>
      )}
      <div className="search-dialog-actions">
        <button type="button" onClick={() => setState(null)}>
          Cancel
        </button>
        <button type="submit" className="primary" disabled={!name.trim() || busy}>
          {rename ? 'Rename' : 'Save'}
        </button>
      </div>
    </form>
  );
}
