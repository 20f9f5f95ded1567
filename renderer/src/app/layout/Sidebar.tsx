import { useEffect, useRef, useState } from 'react';
import { registry } from '../registry';
import { useWorkbench } from '../../store/context';
import { EmptyState, Tabs, panelId, tabId } from '../../ui';

const PREFIX = 'sidebar';

/** The left sidebar: one tab per registered sidebar panel (Library, Search, Entities, Issues…). */
export function Sidebar() {
  const tab = useWorkbench((s) => s.sidebarTab);
  const setTab = useWorkbench((s) => s.setSidebarTab);
  const focusRequest = useWorkbench((s) => s.focusRequest);
  const setNotice = useWorkbench((s) => s.setNotice);
  const panels = [...registry.sidebarPanels].sort((a, b) => a.order - b.order);
  const selected = panels.some((p) => p.id === tab) ? tab : (panels[0]?.id ?? '');
  const ref = useRef<HTMLDivElement>(null);
  // A panel mounts the first time it is shown and then stays (hidden) so it keeps its state. Mounting
  // every panel at start rendered, for a 20k folder, the Issues panel's 2.6 MB of suggestions into a
  // hidden DOM (second-long tasks, and every DOM query in the page slowed down) and asked the services
  // for them before anyone looked.
  const [visited, setVisited] = useState<ReadonlySet<string>>(() => new Set([selected]));
  if (!visited.has(selected)) setVisited(new Set([...visited, selected]));

  useEffect(() => {
    if (!focusRequest) return;
    if (!registry.sidebarPanels.some((p) => p.id === focusRequest.tab)) {
      setNotice(`The ${focusRequest.tab} panel is not available in this build.`);
      return;
    }
    // After the tab is shown, focus its preferred field ([data-autofocus]) or its first control.
    requestAnimationFrame(() => {
      const panel = ref.current?.querySelector<HTMLElement>(
        `#${CSS.escape(panelId(PREFIX, focusRequest.tab))}`,
      );
      const target =
        panel?.querySelector<HTMLElement>('[data-autofocus]') ??
        panel?.querySelector<HTMLElement>('input, select, textarea, button, [tabindex="0"]');
      target?.focus();
    });
  }, [focusRequest, setNotice]);

  if (panels.length === 0) return <EmptyState title="No panels registered" />;
  return (
    <nav className="sidebar" aria-label="Sidebar" ref={ref}>
      <Tabs
        items={panels.map((p) => ({ id: p.id, label: p.label }))}
        selected={selected}
        onSelect={setTab}
        label="Sidebar panels"
        idPrefix={PREFIX}
      />
      {panels.map(({ id, Component }) => (
        <div
          key={id}
          id={panelId(PREFIX, id)}
          role="tabpanel"
          aria-labelledby={tabId(PREFIX, id)}
          hidden={id !== selected}
          className="sidebar-panel"
        >
          {visited.has(id) && <Component />}
        </div>
      ))}
    </nav>
  );
}
