import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { WorkbenchState, WorkbenchStore } from './create-store';

const StoreContext = createContext<WorkbenchStore | null>(null);

/** Provides the workbench store to the tree (a factory-made store, never a module singleton). */
export function StoreProvider({ store, children }: { store: WorkbenchStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

/** Reads a slice of the workbench state; re-renders only when the selected value changes. */
export function useWorkbench<T>(selector: (s: WorkbenchState) => T): T {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useWorkbench must be used inside <StoreProvider>');
  return useStore(store, selector);
}
