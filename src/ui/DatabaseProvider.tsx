import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { DEFAULT_DB_NAME, openTawsimDb, type TawsimDatabase } from '../storage/openTawsimDb.ts';
import { useT } from './i18n/useT.ts';

interface DatabaseContextValue {
  db: TawsimDatabase;
  name: string;
}

const DatabaseContext = createContext<DatabaseContextValue | null>(null);

type State =
  | { status: 'opening' }
  | { status: 'open'; db: TawsimDatabase }
  | { status: 'blocked' }
  | { status: 'outdated' }
  | { status: 'failed'; message: string };

/** Opens the database once for the app; a newer version in another tab makes this one ask for a reload. */
export function DatabaseProvider({ name = DEFAULT_DB_NAME, children }: { name?: string; children: ReactNode }) {
  const t = useT();
  const [state, setState] = useState<State>({ status: 'opening' });

  useEffect(() => {
    let db: TawsimDatabase | undefined;
    let cancelled = false;
    openTawsimDb({
      name,
      onBlocked: () => setState({ status: 'blocked' }),
      onVersionChange: () => setState({ status: 'outdated' }),
    }).then(
      (opened) => {
        db = opened;
        if (cancelled) opened.close();
        else setState({ status: 'open', db: opened });
      },
      (error: unknown) => setState({ status: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
    if (typeof navigator !== 'undefined' && navigator.storage?.persist) {
      // Ask the browser not to evict annotators' work under storage pressure.
      void navigator.storage.persist().catch(() => undefined);
    }
    return () => {
      cancelled = true;
      db?.close();
    };
  }, [name]);

  if (state.status === 'open') {
    return <DatabaseContext.Provider value={{ db: state.db, name }}>{children}</DatabaseContext.Provider>;
  }
  const message =
    state.status === 'opening'
      ? t('db.opening')
      : state.status === 'blocked'
        ? t('db.blocked')
        : state.status === 'outdated'
          ? t('db.outdated')
          : `${t('db.failed')} ${state.message}`;
  return (
    <div className="centered-message" role={state.status === 'opening' ? 'status' : 'alert'}>
      <p>{message}</p>
      {state.status === 'outdated' || state.status === 'blocked' ? (
        <button className="button" onClick={() => location.reload()}>
          {t('db.reload')}
        </button>
      ) : null}
    </div>
  );
}

export function useDatabase(): DatabaseContextValue {
  const value = useContext(DatabaseContext);
  if (!value) throw new Error('useDatabase outside DatabaseProvider');
  return value;
}
