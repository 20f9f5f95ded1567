import { Fragment } from 'react';
import { Group, Panel } from 'react-resizable-panels';
import { useWorkbench } from '../../store/context';
import { Splitter } from '../../ui';
import { CompareView } from '../compare/CompareView';
import { ReaderPaneView } from './ReaderPaneView';

/** The centre: one or more reader panes side by side with resizable dividers, or the compare view. */
export function ReaderArea() {
  const panes = useWorkbench((s) => s.panes);
  const compare = useWorkbench((s) => s.compare);
  const layouts = useWorkbench((s) => s.layouts);
  const setGroupLayout = useWorkbench((s) => s.setGroupLayout);
  const loaded = panes.filter((p) => p.doc !== null);
  const [left, right] = loaded;
  if (compare && left?.doc && right?.doc) return <CompareView left={left.doc} right={right.doc} />;
  const groupId = `panes-${panes.length}`;
  return (
    <Group
      key={groupId}
      id={groupId}
      orientation="horizontal"
      className="panes"
      defaultLayout={layouts[groupId]}
      onLayoutChanged={(layout, meta) => {
        if (meta.isUserInteraction) setGroupLayout(groupId, meta.requestedLayout ?? layout);
      }}
    >
      {panes.map((pane, i) => (
        <Fragment key={pane.key}>
          {i > 0 && <Splitter label={`Resize panes ${i} and ${i + 1}`} />}
          <Panel id={`pane-${i}`} minSize="15" className="pane-panel">
            <ReaderPaneView pane={pane} index={i} count={panes.length} />
          </Panel>
        </Fragment>
      ))}
    </Group>
  );
}
