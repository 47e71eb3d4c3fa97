/**
 * Plain IndexedDB, no idb wrapper: what reference runs use, so they cost what the
 * browser's storage costs and nothing more.
 */

export function requestResult<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

export function transactionDone(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
    tx.onerror = () => reject(tx.error ?? new Error('transaction failed'));
  });
}

export function openRawDb(name: string, version?: number, upgrade?: (db: IDBDatabase) => void): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = version === undefined ? indexedDB.open(name) : indexedDB.open(name, version);
    request.onupgradeneeded = () => upgrade?.(request.result);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
    request.onblocked = () => reject(new Error(`opening ${name} is blocked by another connection`));
  });
}

/**
 * Deletes a database. A connection still open (the import worker closes its own just
 * after posting "done") delays the delete until it closes; one that never does fails it.
 */
export function deleteDb(name: string, timeoutMs = 30_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    let timer: ReturnType<typeof setTimeout> | undefined;
    request.onsuccess = () => {
      clearTimeout(timer);
      resolve();
    };
    request.onerror = () => {
      clearTimeout(timer);
      reject(request.error);
    };
    request.onblocked = () => {
      timer = setTimeout(() => reject(new Error(`deleting ${name} stayed blocked: a connection is still open`)), timeoutMs);
    };
  });
}

export interface StoreShape {
  name: string;
  keyPath: string | string[] | null;
  autoIncrement: boolean;
  indexes: { name: string; keyPath: string | string[]; unique: boolean; multiEntry: boolean }[];
}

/** The key paths and indexes of some stores, read from a live database. */
export function describeStores(db: IDBDatabase, names: readonly string[]): StoreShape[] {
  const tx = db.transaction([...names], 'readonly');
  return names.map((name) => {
    const store = tx.objectStore(name);
    return {
      name,
      keyPath: store.keyPath,
      autoIncrement: store.autoIncrement,
      indexes: Array.from(store.indexNames, (indexName) => {
        const index = store.index(indexName);
        return { name: indexName, keyPath: index.keyPath, unique: index.unique, multiEntry: index.multiEntry };
      }),
    };
  });
}

/** Creates stores of the given shapes; call from an upgrade. */
export function createStores(db: IDBDatabase, shapes: readonly StoreShape[]): void {
  for (const shape of shapes) {
    const store = db.createObjectStore(shape.name, { keyPath: shape.keyPath, autoIncrement: shape.autoIncrement });
    for (const index of shape.indexes) {
      store.createIndex(index.name, index.keyPath, { unique: index.unique, multiEntry: index.multiEntry });
    }
  }
}
