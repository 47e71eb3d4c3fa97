import { historyUsesTag, renameTagInHistory, type EditHistory } from '../core/annotate/editHistory.ts';
import type { EntitySpan } from '../core/model/annotation.ts';
import type { ProjectSchema } from '../core/schema/projectSchema.ts';
import { defaultSchema } from '../core/schema/defaultSchema.ts';
import { validateSchema } from '../core/schema/validateSchema.ts';
import { InvalidSchemaError } from '../core/schema/invalidSchemaError.ts';
import { removeEntityLabel, renameEntityTag, updateEntityLabel, type EntityLabelPatch } from '../core/schema/schemaEdits.ts';
import type { TawsimDatabase } from './openTawsimDb.ts';
import { committed } from './committedTransaction.ts';
import { namesUnder } from './keyRanges.ts';
import { fromStoredAnnotation, toStoredAnnotation } from './storedAnnotation.ts';

/** How many spans carry each entity tag, and in how many annotators' sets (gold counts as one). Unused tags are absent. */
export type EntityLabelUse = Record<string, { spans: number; annotators: number }>;

/** A schema change that also rewrote annotations: the new schema and the documents whose annotations changed. */
export interface SchemaRewrite {
  schema: ProjectSchema;
  docIds: string[];
}

/** The project's schema; a project nobody has edited the schema of uses the default one. */
export async function getProjectSchema(db: TawsimDatabase, projectId: string): Promise<ProjectSchema> {
  const project = await db.get('projects', projectId);
  if (!project) throw new Error(`No project ${projectId}`);
  return project.schema ?? defaultSchema();
}

/**
 * Applies `edit` to the stored schema inside one transaction, so two tabs editing at once do not
 * undo each other's changes. Throws InvalidSchemaError, saving nothing, if the result has problems.
 * Renaming or removing an entity tag must go through the *Everywhere functions, which fix the spans too.
 */
export function editProjectSchema(
  db: TawsimDatabase,
  projectId: string,
  edit: (schema: ProjectSchema) => ProjectSchema,
): Promise<ProjectSchema> {
  const tx = db.transaction('projects', 'readwrite');
  return committed(tx, async () => {
    const project = await tx.store.get(projectId);
    if (!project) throw new Error(`No project ${projectId}`);
    const schema = edit(project.schema ?? defaultSchema());
    const problems = validateSchema(schema);
    if (problems.length > 0) throw new InvalidSchemaError(problems);
    await tx.store.put({ ...project, schema });
    return schema;
  });
}

export async function saveProjectSchema(db: TawsimDatabase, projectId: string, schema: ProjectSchema): Promise<void> {
  await editProjectSchema(db, projectId, () => schema);
}

export async function countEntityLabelUse(db: TawsimDatabase, projectId: string): Promise<EntityLabelUse> {
  const spans = new Map<string, number>();
  const annotators = new Map<string, Set<string>>();
  const index = db.transaction('annotations').store.index('by-project-annotator');
  // A cursor rather than getAll: a large project's annotations need not all sit in memory at once.
  let cursor = await index.openCursor(namesUnder(projectId));
  while (cursor) {
    const { annotator, spans: packed } = cursor.value;
    for (const index of packed.labelOf) {
      const label = packed.labels[index]!;
      spans.set(label, (spans.get(label) ?? 0) + 1);
      const who = annotators.get(label) ?? new Set<string>();
      who.add(annotator);
      annotators.set(label, who);
    }
    cursor = await cursor.continue();
  }
  return Object.fromEntries([...spans].map(([tag, n]) => [tag, { spans: n, annotators: annotators.get(tag)!.size }]));
}

/**
 * Changes the schema and every annotation set of the project in one transaction, so spans never
 * carry a tag the schema lacks. `editSpans` returns null when a set needs no change;
 * `editHistory` returns the undo history that fits the new spans (the same one when it needs no
 * change), or undefined to drop it.
 */
function rewriteEntities(
  db: TawsimDatabase,
  projectId: string,
  editSchema: (schema: ProjectSchema) => ProjectSchema,
  editSpans: (spans: EntitySpan[]) => EntitySpan[] | null,
  editHistory: (history: EditHistory, spansChanged: boolean) => EditHistory | undefined,
): Promise<SchemaRewrite> {
  const tx = db.transaction(['projects', 'annotations'], 'readwrite');
  return committed(tx, async () => {
    const projects = tx.objectStore('projects');
    const project = await projects.get(projectId);
    if (!project) throw new Error(`No project ${projectId}`);
    const schema = editSchema(project.schema ?? defaultSchema());
    const problems = validateSchema(schema);
    if (problems.length > 0) throw new InvalidSchemaError(problems);
    await projects.put({ ...project, schema });

    const docIds = new Set<string>();
    const now = Date.now();
    let cursor = await tx.objectStore('annotations').index('by-project-annotator').openCursor(namesUnder(projectId));
    while (cursor) {
      const { history, ...record } = fromStoredAnnotation(cursor.value);
      const entities = editSpans(record.entities);
      const newHistory = history && editHistory(history, entities !== null);
      if (entities || newHistory !== history) {
        // A new rev tells a tab holding this set open that its copy is stale.
        await cursor.update(
          toStoredAnnotation({ ...record, ...(newHistory ? { history: newHistory } : {}), entities: entities ?? record.entities, rev: record.rev + 1, updatedAt: now }),
        );
        docIds.add(record.docId);
      }
      cursor = await cursor.continue();
    }
    return { schema, docIds: [...docIds] };
  });
}

/**
 * Renames an entity tag in the schema and on every span of the project (spans keep their ids),
 * and applies `patch` to the renamed label in the same transaction when given.
 */
export function renameEntityTagEverywhere(
  db: TawsimDatabase,
  projectId: string,
  from: string,
  to: string,
  patch?: EntityLabelPatch,
): Promise<SchemaRewrite> {
  return rewriteEntities(
    db,
    projectId,
    (schema) => (patch ? updateEntityLabel(renameEntityTag(schema, from, to), to, patch) : renameEntityTag(schema, from, to)),
    (spans) =>
      from !== to && spans.some((s) => s.label === from) ? spans.map((s) => (s.label === from ? { ...s, label: to } : s)) : null,
    (history) => renameTagInHistory(history, from, to),
  );
}

/**
 * Removes an entity label and deletes its spans from every annotation set of the project. Event
 * arguments and stance targets that pointed at a deleted span are kept, dangling: the events and
 * stance layers flag them for the annotator rather than losing the rest of the event silently.
 */
export function removeEntityLabelEverywhere(db: TawsimDatabase, projectId: string, tag: string): Promise<SchemaRewrite> {
  return rewriteEntities(
    db,
    projectId,
    (schema) => removeEntityLabel(schema, tag),
    (spans) => (spans.some((s) => s.label === tag) ? spans.filter((s) => s.label !== tag) : null),
    // A history no longer fits when the set lost spans its steps may point at, or when a step would
    // bring back the removed label: it goes then; other sets keep theirs.
    (history, spansChanged) => (spansChanged || historyUsesTag(history, tag) ? undefined : history),
  );
}
