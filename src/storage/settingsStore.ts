import type { TawsimDatabase } from './openTawsimDb.ts';

export async function getSetting<T>(db: TawsimDatabase, key: string): Promise<T | undefined> {
  return (await db.get('settings', key))?.value as T | undefined;
}

export async function setSetting(db: TawsimDatabase, key: string, value: unknown): Promise<void> {
  await db.put('settings', { key, value });
}
