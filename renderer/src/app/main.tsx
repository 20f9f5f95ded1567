import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createClient } from '../client';
import { createWorkbenchStore } from '../store/create-store';
import { StoreProvider } from '../store/context';
import { App } from './App';
import './registrations';
import './styles.css';

const store = createWorkbenchStore(createClient());
void store
  .getState()
  .refreshWorkspace()
  .catch(() => undefined);

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <StoreProvider store={store}>
      <App />
    </StoreProvider>
  </StrictMode>,
);
