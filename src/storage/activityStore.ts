import type { TawsimDatabase } from './openTawsimDb.ts';

/** Gaps longer than this between two edits are a break, not work. */
export const ACTIVE_GAP_MS = 2 * 60_000;

/** Active editing time of one annotator on one document. */
export interface ActivityRecord {
  projectId: string;
  annotator: string;
  docId: string;
  activeMs: number;
  lastEditAt: number;
}

// Kept in the settings store under a prefix, so recording time needs no new object store
// (and so no database migration); the prefix sorts a project's records together for a range read.
const PREFIX = 'activity\u0000';
const key = (projectId: string, annotator: string, docId: string) => `${PREFIX}${projectId}\u0000${annotator}\u0000${docId}`;
// Up to the separator's successor, excluded: an annotator's name may start with U+FFFF.
const projectRange = (projectId: string) => IDBKeyRange.bound(`${PREFIX}${projectId}\u0000`, `${PREFIX}${projectId}\u0001`, false, true);

/** The record after an edit at `now`: the gap since the last edit counts when it is short and forward in time. */
export function afterEdit(previous: ActivityRecord | undefined, ids: Pick<ActivityRecord, 'projectId' | 'annotator' | 'docId'>, now: number): ActivityRecord {
  const gap = previous ? now - previous.lastEditAt : Infinity;
  const counted = gap > 0 && gap < ACTIVE_GAP_MS ? gap : 0;
  return { ...ids, activeMs: (previous?.activeMs ?? 0) + counted, lastEditAt: now };
}

export async function recordEdit(db: TawsimDatabase, projectId: string, annotator: string, docId: string, now = Date.now()): Promise<ActivityRecord> {
  const tx = db.transaction('settings', 'readwrite');
  const id = key(projectId, annotator, docId);
  const previous = (await tx.store.get(id))?.value as ActivityRecord | undefined;
  const next = afterEdit(previous, { projectId, annotator, docId }, now);
  await tx.store.put({ key: id, value: next });
  await tx.done;
  return next;
}

export async function projectActivity(db: TawsimDatabase, projectId: string): Promise<ActivityRecord[]> {
  const records = await db.getAll('settings', projectRange(projectId));
  return records.map((record) => record.value as ActivityRecord);
}
