import { useWorkbench } from '../../store/context';
import { Dialog } from '../../ui';
import { OpenFolderForm } from './OpenFolderForm';

/** "Open folder…" when a folder is already open (the path form in a dialog). */
export function OpenFolderDialog() {
  const open = useWorkbench((s) => s.openFolderOpen);
  const setOpen = useWorkbench((s) => s.setOpenFolderOpen);
  return (
    <Dialog open={open} title="Open folder" onClose={() => setOpen(false)}>
      <OpenFolderForm autoFocus />
    </Dialog>
  );
}
