import { useEffect, useState, useSyncExternalStore } from 'react';

export type OfflineReadiness = 'unsupported' | 'preparing' | 'ready';

let updateReady: (() => void) | null = null;
const listeners = new Set<() => void>();

/**
 * Registers the service worker that vite-plugin-pwa generates, in the built app only: in
 * development it would cache modules Vite is still changing. A new version waits until the
 * user chooses to reload (or closes every tab), so no open document is reloaded under them.
 */
export async function registerServiceWorker(): Promise<void> {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const { registerSW } = await import('virtual:pwa-register');
  const update = registerSW({
    immediate: true,
    onNeedRefresh() {
      updateReady = () => void update(true);
      for (const listener of listeners) listener();
    },
  });
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** A function that reloads into the new version, once one is installed and waiting. */
export function useUpdateReady(): (() => void) | null {
  return useSyncExternalStore(subscribe, () => updateReady);
}

/** Ready once an active service worker controls the scope: it precaches everything before it activates. */
export function useOfflineReadiness(): OfflineReadiness {
  const supported = import.meta.env.PROD && typeof navigator !== 'undefined' && 'serviceWorker' in navigator;
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (!supported) return;
    let live = true;
    void navigator.serviceWorker.ready.then(() => live && setReady(true));
    return () => {
      live = false;
    };
  }, [supported]);
  return !supported ? 'unsupported' : ready ? 'ready' : 'preparing';
}

function subscribeOnline(onChange: () => void): () => void {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}

export function useOnline(): boolean {
  return useSyncExternalStore(subscribeOnline, () => navigator.onLine);
}
