import { useState } from 'react';
import { registry } from '../registry';
import { useWorkbench } from '../../store/context';

/** The right panel: the registered sections (Details, Annotations…) for the active pane's document. */
export function RightPanel() {
  const docId = useWorkbench((s) => s.panes[s.activePane]?.docId ?? null);
  const sections = [...registry.rightPanels].sort((a, b) => a.order - b.order);
  const [closed, setClosed] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setClosed((c) => {
      const next = new Set(c);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  return (
    <aside className="right-panel" aria-label="Document details">
      {sections.map(({ id, label, Component }) => {
        const open = !closed.has(id);
        return (
          <section key={id} className="right-section" aria-labelledby={`right-${id}`}>
            <h2 className="section-title">
              <button
                type="button"
                id={`right-${id}`}
                aria-expanded={open}
                aria-controls={`right-body-${id}`}
                onClick={() => toggle(id)}
              >
                <span aria-hidden="true" className="chevron">
                  {open ? '▾' : '▸'}
                </span>{' '}
                {label}
              </button>
            </h2>
            <div id={`right-body-${id}`} hidden={!open} className="section-body">
              <Component docId={docId} />
            </div>
          </section>
        );
      })}
    </aside>
  );
}
