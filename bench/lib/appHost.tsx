import { StrictMode, useEffect, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
// The app's styles, as src/app/main.tsx loads them: bundled fonts, theme, app layout.
import '@fontsource/noto-naskh-arabic/arabic-400.css';
import '@fontsource/noto-naskh-arabic/arabic-700.css';
import '@fontsource-variable/noto-sans-arabic/index.css';
import '../../src/ui/theme.css';
import '../../src/app/app.css';
import { createQueryClient } from '../../src/app/queryClient.ts';
import { DatabaseProvider, useDatabase } from '../../src/ui/DatabaseProvider.tsx';
import { LocaleProvider } from '../../src/ui/i18n/LocaleProvider.tsx';
import type { TawsimDatabase } from '../../src/storage/openTawsimDb.ts';

/**
 * The app's providers (as src/app/main.tsx nests them: StrictMode, LocaleProvider,
 * QueryClientProvider, DatabaseProvider over a named database) mounted in a
 * full-window element, with `main.app-main` around the content as AppShell has it.
 * The database opens once; `render` swaps the content (and, for a cold cache, the
 * QueryClient) while the providers and the open database stay, as when the user
 * navigates inside the app.
 */
export class AppHost {
  private constructor(
    readonly element: HTMLElement,
    private readonly root: Root,
    readonly dbName: string,
    /** The connection DatabaseProvider opened: the one the app's code writes through. */
    readonly db: TawsimDatabase,
    private client: QueryClient,
  ) {}

  static async open(dbName: string): Promise<AppHost> {
    const element = document.createElement('div');
    element.className = 'bench-app-host';
    element.style.cssText = 'position:fixed;inset:0;overflow:auto;background:var(--bg);z-index:1';
    document.body.append(element);
    const root = createRoot(element);
    const client = createQueryClient();
    const db = await new Promise<TawsimDatabase>((resolve) => {
      root.render(tree(dbName, client, <DatabaseReady onReady={resolve} />));
    });
    await appFontsLoaded();
    return new AppHost(element, root, dbName, db, client);
  }

  /** Renders `content` inside the providers; a new `client` gives a cold query cache. */
  render(content: ReactNode, client: QueryClient = this.client): void {
    this.client = client;
    this.root.render(tree(this.dbName, client, content));
  }

  /** Unmounts everything; the database connection closes with DatabaseProvider. */
  close(): void {
    this.root.unmount();
    this.element.remove();
  }
}

function tree(dbName: string, client: QueryClient, content: ReactNode) {
  return (
    <StrictMode>
      <LocaleProvider>
        <QueryClientProvider client={client}>
          <DatabaseProvider name={dbName}>
            <main id="main" className="app-main">
              {content}
            </main>
          </DatabaseProvider>
        </QueryClientProvider>
      </LocaleProvider>
    </StrictMode>
  );
}

function DatabaseReady({ onReady }: { onReady(db: TawsimDatabase): void }) {
  const { db } = useDatabase();
  useEffect(() => onReady(db), [db, onReady]);
  return null;
}

/** Loads the faces the document view and the interface use, so no timing waits for a font. */
export async function appFontsLoaded(): Promise<void> {
  const sample = 'العاصمة الرباط ١٢٣';
  const faces = await Promise.all([
    document.fonts.load('400 20px "Noto Naskh Arabic"', sample),
    document.fonts.load('700 20px "Noto Naskh Arabic"', sample),
    document.fonts.load('400 16px "Noto Sans Arabic Variable"', sample),
  ]);
  await document.fonts.ready;
  if (faces.some((loaded) => loaded.length === 0)) throw new Error('the app fonts did not load');
}
