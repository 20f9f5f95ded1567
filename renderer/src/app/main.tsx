import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createClient } from '../client';
import { createWorkbenchStore } from '../store/create-store';
import { StoreProvider } from '../store/context';
import { App } from './App';
import { StoreHandleProvider } from './store-handle';
import './registrations';
import './styles.css';

const store = createWorkbenchStore(createClient());
document.documentElement.dataset.dossierReady = 'false';
void store.getState().loadAppInfo();
void store
  .getState()
  .refreshWorkspace()
  .catch(() => undefined);

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <StoreProvider store={store}>
      <StoreHandleProvider store={store}>
        <App />
      </StoreHandleProvider>
    </StoreProvider>
  </StrictMode>,
);
