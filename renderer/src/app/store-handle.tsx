import { createContext, useContext, type ReactNode } from 'react';
import type { WorkbenchStore } from '../store/create-store';

const HandleContext = createContext<WorkbenchStore | null>(null);

/** Gives commands (palette, keys, menus) the store handle they run with. */
export function StoreHandleProvider({ store, children }: { store: WorkbenchStore; children: ReactNode }) {
  return <HandleContext.Provider value={store}>{children}</HandleContext.Provider>;
}

/** The store handle, for running commands imperatively. */
export function useStoreHandle(): WorkbenchStore {
  const store = useContext(HandleContext);
  if (!store) throw new Error('useStoreHandle must be used inside <StoreHandleProvider>');
  return store;
}
