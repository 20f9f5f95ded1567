import { Group, Panel } from 'react-resizable-panels';
import { ReaderArea } from '../../features/reader/ReaderArea';
import { useWorkbench } from '../../store/context';
import { Splitter } from '../../ui';
import { RightPanel } from './RightPanel';
import { Sidebar } from './Sidebar';

/** Sidebar | reader panes | right panel, every divider resizable by mouse and keyboard. */
export function Workbench() {
  const rightOpen = useWorkbench((s) => s.rightPanelOpen);
  const sidebarOpen = useWorkbench((s) => s.sidebarOpen);
  const layouts = useWorkbench((s) => s.layouts);
  const setGroupLayout = useWorkbench((s) => s.setGroupLayout);
  const groupId = `workbench-${sidebarOpen ? 's' : ''}${rightOpen ? 'r' : ''}`;
  return (
    <Group
      key={groupId}
      id={groupId}
      orientation="horizontal"
      className="workbench"
      defaultLayout={layouts[groupId]}
      onLayoutChanged={(layout, meta) => {
        if (meta.isUserInteraction) setGroupLayout(groupId, meta.requestedLayout ?? layout);
      }}
    >
      {sidebarOpen && (
        <>
          <Panel id="sidebar" defaultSize="24" minSize="14" maxSize="50" className="panel-sidebar">
            <Sidebar />
          </Panel>
          <Splitter label="Resize sidebar" />
        </>
      )}
      <Panel id="reader" minSize="30" className="panel-reader">
        <main className="reader-area" aria-label="Reader">
          <ReaderArea />
        </main>
      </Panel>
      {rightOpen && (
        <>
          <Splitter label="Resize details panel" />
          <Panel id="right" defaultSize="22" minSize="12" maxSize="45" className="panel-right">
            <RightPanel />
          </Panel>
        </>
      )}
    </Group>
  );
}
