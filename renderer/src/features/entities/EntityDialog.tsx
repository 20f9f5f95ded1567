import { Dialog } from '../../ui';
import { useWorkbench } from '../../store/context';
import { EntityPage } from './EntityPage';
import { NetworkView } from './NetworkView';

/** The entity page or the network, as a modal over the workbench (Esc closes). */
export function EntityDialog() {
  const view = useWorkbench((s) => s.entityView);
  const detail = useWorkbench((s) => s.entityDetail);
  const show = useWorkbench((s) => s.showEntity);
  const error = useWorkbench((s) => s.entitiesError);
  const undo = useWorkbench((s) => s.undoEntityDecision);
  const open = view.kind !== 'none';
  const title =
    view.kind === 'network'
      ? 'Entity network'
      : view.kind === 'entity'
        ? detail?.id === view.id
          ? detail.name
          : 'Entity'
        : '';
  return (
    <Dialog open={open} title={title} onClose={() => void show({ kind: 'none' })} className="entity-dialog">
      <div className="entity-dialog-bar">
        {view.kind === 'entity' && (
          <button type="button" onClick={() => void show({ kind: 'network' })}>
            Network
          </button>
        )}
        <button type="button" onClick={() => void undo()}>
          Undo last decision
        </button>
      </div>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {view.kind === 'network' && <NetworkView />}
      {view.kind === 'entity' && detail?.id === view.id && <EntityPage key={detail.id} entity={detail} />}
      {view.kind === 'entity' && detail?.id !== view.id && <p className="hint">Loading…</p>}
    </Dialog>
  );
}
