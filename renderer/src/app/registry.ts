import type { ComponentType } from 'react';
import type { Decoration } from '../features/reader/decorations';
import type { WorkbenchState, WorkbenchStore } from '../store/create-store';

/**
 * Extension points of the workbench. Each domain adds entries in its own module's registration line in
 * registrations.ts; the layout renders whatever is registered. Nothing here knows any domain.
 */

/** A tab of the left sidebar (Library, Search, Entities, Issues...). */
export interface SidebarPanel {
  id: string;
  label: string;
  /** Order in the tab strip (lower first). */
  order: number;
  Component: ComponentType;
}

/** A section of the right panel for the active document (Details, Annotations...). */
export interface RightPanel {
  id: string;
  label: string;
  order: number;
  Component: ComponentType<{ docId: string | null }>;
}

/** Marks a domain wants drawn over a document's text. Must be pure and cheap; memoised per state. */
export type DecorationSource = (state: WorkbenchState, docId: string) => Decoration[];

/** Context a command runs with. */
export interface CommandContext {
  store: WorkbenchStore;
}

/** An action reachable by name from the command palette (and, with a shortcut, from the keyboard). */
export interface AppCommand {
  id: string;
  title: string;
  /** Display form, e.g. "Ctrl+\\"; derived from `keys` when absent. */
  shortcut?: string;
  /**
   * Keys that run this command, dispatched by the one key handler in features/shortcuts (no domain adds
   * its own listener). Chord syntax: a single key as typed (`j`, `N`, `?`, `1`), named keys (`Escape`),
   * and `mod+` for Ctrl (Cmd on macOS), e.g. `mod+k`, `mod+\\`. Single keys are ignored while typing.
   */
  keys?: string[];
  /** Palette grouping, e.g. "Reader", "Library" (optional). */
  group?: string;
  /** Hidden from the palette when this returns false. */
  enabled?: (state: WorkbenchState) => boolean;
  run(context: CommandContext): void | Promise<void>;
}

/** A component shown in every reader pane's toolbar area (find bar, hit navigation...). */
export type PaneSlot = ComponentType<{ paneIndex: number }>;

/** What a selection toolbar receives: the pane, the document and the selected canonical-text range. */
export interface SelectionToolProps {
  paneIndex: number;
  docId: string;
  start: number;
  end: number;
  /** Closes the toolbar (after an action). */
  done(): void;
}

/** The registries, filled by registrations.ts at start-up. */
export const registry = {
  sidebarPanels: [] as SidebarPanel[],
  rightPanels: [] as RightPanel[],
  decorationSources: [] as DecorationSource[],
  commands: [] as AppCommand[],
  paneSlots: [] as PaneSlot[],
  selectionTools: [] as ComponentType<SelectionToolProps>[],
};
