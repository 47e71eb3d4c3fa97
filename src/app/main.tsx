import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import '@fontsource/noto-naskh-arabic/arabic-400.css';
import '@fontsource/noto-naskh-arabic/arabic-700.css';
import '@fontsource-variable/noto-sans-arabic/index.css';
import '../ui/theme.css';
import './app.css';
import { LocaleProvider } from '../ui/i18n/LocaleProvider.tsx';
import { DatabaseProvider } from '../ui/DatabaseProvider.tsx';
import { createQueryClient } from './queryClient.ts';
import { AppShell } from './AppShell.tsx';
import { registerServiceWorker } from './serviceWorkerState.ts';

const queryClient = createQueryClient();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <LocaleProvider>
      <QueryClientProvider client={queryClient}>
        <DatabaseProvider>
          <AppShell />
        </DatabaseProvider>
      </QueryClientProvider>
    </LocaleProvider>
  </StrictMode>,
);

void registerServiceWorker();
