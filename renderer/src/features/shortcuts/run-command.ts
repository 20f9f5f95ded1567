import { registry, type AppCommand } from '../../app/registry';
import type { WorkbenchState, WorkbenchStore } from '../../store/create-store';
import { errorMessage } from '../../store/errors';

/** Whether a command can run now (commands without `enabled` always can). */
export function isEnabled(command: AppCommand, state: WorkbenchState): boolean {
  try {
    return command.enabled ? command.enabled(state) : true;
  } catch {
    return false;
  }
}

/** Runs a command; a failure becomes a status-bar notice instead of an unhandled rejection. */
export async function runCommand(command: AppCommand, store: WorkbenchStore): Promise<void> {
  try {
    await command.run({ store });
  } catch (e) {
    store.getState().setNotice(`${command.title} failed: ${errorMessage(e)}`);
  }
}

/** Runs a registered command by id; returns false when no enabled command has that id. */
export function runCommandById(id: string, store: WorkbenchStore): boolean {
  const command = registry.commands.find((c) => c.id === id);
  if (!command || !isEnabled(command, store.getState())) return false;
  void runCommand(command, store);
  return true;
}
