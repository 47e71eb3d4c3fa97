/**
 * Tells every tab (and the import worker's opener) that stored data changed, so their
 * caches refetch. BroadcastChannel does not echo to the sender, so the writer also
 * calls its own listeners.
 */
export type StorageChange =
  | { type: 'projects' }
  | { type: 'documents'; projectId: string }
  | { type: 'annotations'; projectId: string; docId: string };

const CHANNEL = 'tawsim-changes';

type Listener = (change: StorageChange) => void;
const localListeners = new Set<Listener>();
let channel: BroadcastChannel | null | undefined;

function getChannel(): BroadcastChannel | null {
  if (channel === undefined) {
    channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);
    channel?.addEventListener('message', (event: MessageEvent<StorageChange>) => {
      for (const listener of localListeners) listener(event.data);
    });
  }
  return channel;
}

export function announceChange(change: StorageChange): void {
  getChannel()?.postMessage(change);
  for (const listener of localListeners) listener(change);
}

export function onStorageChange(listener: Listener): () => void {
  getChannel();
  localListeners.add(listener);
  return () => localListeners.delete(listener);
}
