import { useEffect } from 'react';
import { registry } from '../../app/registry';
import type { UiCommand } from '../../../../shared/model/workspace';
import type { WorkbenchStore } from '../../store/create-store';
import { chordOf, commandForChord, isMacPlatform, isPlainKey } from './keymap';
import { isEnabled, runCommand, runCommandById } from './run-command';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  );
}

/** Which registered commands a desktop-menu entry tries, first enabled wins. */
const MENU_TO_COMMANDS: Record<UiCommand, string[]> = {
  'open-folder': ['workbench.openFolder'],
  find: ['search.findInDocument', 'find.open', 'workbench.focusSearch'],
  'find-in-corpus': ['search.focus', 'workbench.focusSearch'],
  export: ['export.open', 'export.excerpts'],
  'toggle-split': ['reader.toggleSplit'],
  'command-palette': ['workbench.commandPalette'],
  shortcuts: ['workbench.shortcuts'],
};

/**
 * The one keyboard dispatcher of the workbench: maps a key chord to a registered command (see
 * `AppCommand.keys`) and runs it. Domains register commands, never their own window listeners, so two
 * features cannot fight over a key. Also runs the commands the desktop menu sends (`ui.command`).
 */
export function useKeyDispatcher(store: WorkbenchStore): void {
  useEffect(() => {
    const mac = isMacPlatform(navigator.platform);
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing) return;
      const chord = chordOf(e, mac);
      if (!chord) return;
      const typing = isTyping(e.target);
      if (typing && isPlainKey(chord)) return;
      const state = store.getState();
      const command = commandForChord(registry.commands, chord, state, isEnabled);
      if (!command) {
        // Esc in a text field with nothing else to close: leave the field so j/k work again.
        if (chord === 'Escape' && typing && e.target instanceof HTMLElement) e.target.blur();
        return;
      }
      e.preventDefault();
      void runCommand(command, store);
    };
    window.addEventListener('keydown', onKey);
    let lastSeq = store.getState().menuCommand?.seq ?? 0;
    const unsubscribe = store.subscribe((s) => {
      const m = s.menuCommand;
      if (!m || m.seq === lastSeq) return;
      lastSeq = m.seq;
      if (!MENU_TO_COMMANDS[m.command].some((id) => runCommandById(id, store)))
        s.setNotice(`Nothing handles “${m.command}” yet.`);
    });
    return () => {
      window.removeEventListener('keydown', onKey);
      unsubscribe();
    };
  }, [store]);
}
