import { openDB, type IDBPDatabase } from 'idb';
import { migrations, DB_VERSION } from './migrations.ts';
import type { TawsimDB } from './tawsimSchema.ts';

export type TawsimDatabase = IDBPDatabase<TawsimDB>;

export const DEFAULT_DB_NAME = 'tawsim';

export interface OpenOptions {
  name?: string;
  /** Open at an older version: only tests use this, to write data as an old release did. */
  version?: number;
  /** Another tab holds an older version open and must reload before we can upgrade. */
  onBlocked?: () => void;
  /** A newer version wants to open: this connection closes and the page should reload. */
  onVersionChange?: () => void;
}

export async function openTawsimDb(options: OpenOptions = {}): Promise<TawsimDatabase> {
  const version = options.version ?? DB_VERSION;
  const db = await openDB<TawsimDB>(options.name ?? DEFAULT_DB_NAME, version, {
    upgrade(database, oldVersion, newVersion, tx) {
      // Steps run in order, each after the records the one before rewrote; a step that fails
      // aborts the upgrade, so the database stays at its old version, untouched.
      const target = newVersion ?? version;
      const runFrom = (v: number): void | Promise<void> => {
        if (v >= target) return;
        const step = migrations[v]!(database, tx);
        return step ? step.then(() => runFrom(v + 1)) : runFrom(v + 1);
      };
      runFrom(oldVersion)?.catch(() => {
        try {
          tx.abort();
        } catch {
          // A failed request has aborted it already.
        }
      });
    },
    blocked: () => options.onBlocked?.(),
    blocking: () => {
      db.close();
      options.onVersionChange?.();
    },
  });
  return db;
}
