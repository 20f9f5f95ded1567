import type { SavedSearch } from '../../../../shared/model/search';
import { registry, type AppCommand } from '../../app/registry';

const PREFIX = 'search.saved.run:';

/** A palette command that re-runs one saved search. */
function runCommand(s: SavedSearch): AppCommand {
  return {
    id: `${PREFIX}${s.name}`,
    title: `Run saved search “${s.name}”`,
    group: 'Search',
    enabled: (state) => state.workspace !== null,
    run: ({ store }) => store.getState().runSavedSearch(s.name),
  };
}

/**
 * Keeps one palette command per saved search, so "Run saved search “Talks”" is found by typing its name.
 * Called whenever the list changes; replaces only its own entries in the shared command registry.
 */
export function syncSavedSearchCommands(saved: readonly SavedSearch[]): void {
  for (let i = registry.commands.length - 1; i >= 0; i--)
    if (registry.commands[i]?.id.startsWith(PREFIX)) registry.commands.splice(i, 1);
  registry.commands.push(...saved.map(runCommand));
}
