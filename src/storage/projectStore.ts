import type { TawsimDatabase } from './openTawsimDb.ts';
import { namesUnder } from './keyRanges.ts';
import { projectRange } from './documentStore.ts';
import type { ProjectRecord } from './tawsimSchema.ts';
import { asStorageError } from './storageErrors.ts';

export function newProjectId(): string {
  return `p_${crypto.randomUUID().slice(0, 8)}`;
}

export async function listProjects(db: TawsimDatabase): Promise<ProjectRecord[]> {
  const all = await db.getAll('projects');
  return all.sort((a, b) => a.createdAt - b.createdAt);
}

export function getProject(db: TawsimDatabase, id: string): Promise<ProjectRecord | undefined> {
  return db.get('projects', id);
}

/** Creates a project; resolves to false if the id is taken (e.g. another tab seeded the demo first). */
export async function createProject(db: TawsimDatabase, id: string, name: string): Promise<boolean> {
  const record: ProjectRecord = { id, name, createdAt: Date.now(), nextSeq: 0, docCount: 0 };
  const tx = db.transaction('projects', 'readwrite');
  try {
    if (await tx.store.getKey(id)) {
      await tx.done;
      return false;
    }
    await tx.store.add(record);
    await tx.done;
    return true;
  } catch (error) {
    throw asStorageError(error);
  }
}

export async function renameProject(db: TawsimDatabase, id: string, name: string): Promise<void> {
  const tx = db.transaction('projects', 'readwrite');
  const project = await tx.store.get(id);
  if (!project) throw new Error(`No project ${id}`);
  await tx.store.put({ ...project, name });
  await tx.done.catch((error: unknown) => {
    throw asStorageError(error);
  });
}

/** Deletes a project with its documents, texts and annotations, all or nothing. */
export async function deleteProject(db: TawsimDatabase, id: string): Promise<void> {
  const tx = db.transaction(['projects', 'documents', 'texts', 'annotations'], 'readwrite');
  const docIds = await tx.objectStore('documents').index('by-project-seq').getAllKeys(projectRange(id));
  await Promise.all([
    tx.objectStore('projects').delete(id),
    ...docIds.flatMap((docId) => [
      tx.objectStore('documents').delete(docId),
      tx.objectStore('texts').delete(docId),
      tx.objectStore('annotations').delete(namesUnder(docId)),
    ]),
  ]);
  await tx.done;
}
