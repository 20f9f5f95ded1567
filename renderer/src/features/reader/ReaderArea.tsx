import { useWorkbench } from '../../store/context';
import { ReaderPaneView } from './ReaderPaneView';

/** The centre: one or more reader panes side by side. */
export function ReaderArea() {
  const panes = useWorkbench((s) => s.panes);
  return (
    <div className="panes">
      {panes.map((pane, i) => (
        <ReaderPaneView key={pane.key} pane={pane} index={i} closable={panes.length > 1} />
      ))}
    </div>
  );
}
