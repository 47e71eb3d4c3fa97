import { describe, expect, it } from 'vitest';
import type { EntitySpan } from '../core/model/annotation.ts';
import { defaultSchema } from '../core/schema/defaultSchema.ts';
import { InvalidSchemaError } from '../core/schema/invalidSchemaError.ts';
import { addEntityLabel, updateEntityLabel } from '../core/schema/schemaEdits.ts';
import { openTestDb, putAnnotationRecord } from './testDb.ts';
import { getAnnotationRecord } from './annotationWrites.ts';
import { createProject, getProject } from './projectStore.ts';
import type { AnnotationRecord } from './tawsimSchema.ts';
import type { TawsimDatabase } from './openTawsimDb.ts';
import {
  countEntityLabelUse,
  editProjectSchema,
  getProjectSchema,
  removeEntityLabelEverywhere,
  renameEntityTagEverywhere,
  saveProjectSchema,
} from './schemaStore.ts';

const span = (id: string, label: string, start = 0): EntitySpan => ({ id, start, end: start + 3, label });

function annotationSet(projectId: string, docId: string, annotator: string, entities: EntitySpan[]): AnnotationRecord {
  return {
    projectId,
    docId,
    annotator,
    status: 'in_progress',
    entities,
    events: [],
    stance: [],
    updatedAt: 1,
    rev: 1,
  };
}

/** Two projects whose ids share a prefix, so a range that leaks across projects shows. */
async function seeded(): Promise<TawsimDatabase> {
  const db = await openTestDb();
  await createProject(db, 'p1', 'One');
  await createProject(db, 'p10', 'Neighbour');
  await putAnnotationRecord(db, annotationSet('p1', 'p1:a', 'salma', [span('s1', 'PERS'), span('s2', 'GPE', 5)]));
  await putAnnotationRecord(db, annotationSet('p1', 'p1:a', 'omar', [span('s3', 'PERS')]));
  await putAnnotationRecord(db, {
    ...annotationSet('p1', 'p1:b', 'salma', [span('s4', 'PERS'), span('s5', 'ORG', 9)]),
    events: [{ id: 'e1', type: 'Contact:Meet', trigger: null, arguments: [{ role: 'Entity', entity: 's4' }] }],
  });
  await putAnnotationRecord(db, annotationSet('p1', 'p1:c', 'omar', [span('s6', 'LOC')]));
  await putAnnotationRecord(db, annotationSet('p10', 'p10:a', 'salma', [span('s7', 'PERS')]));
  return db;
}

describe('getProjectSchema and saveProjectSchema', () => {
  it('falls back to the default schema until one is saved', async () => {
    const db = await openTestDb();
    await createProject(db, 'p1', 'One');
    expect(await getProjectSchema(db, 'p1')).toEqual(defaultSchema());
    expect((await getProject(db, 'p1'))?.schema).toBeUndefined();

    const schema = addEntityLabel(defaultSchema(), { tag: 'WEA', name: { en: 'Weapon', ar: 'سلاح' }, color: '#aabbcc', hotkey: 'KeyH' });
    await saveProjectSchema(db, 'p1', schema);
    expect(await getProjectSchema(db, 'p1')).toEqual(schema);
    expect((await getProject(db, 'p1'))?.name).toBe('One');
  });

  it('refuses a schema with problems and keeps the stored one', async () => {
    const db = await openTestDb();
    await createProject(db, 'p1', 'One');
    const clash = updateEntityLabel(defaultSchema(), 'GPE', { hotkey: 'KeyP' });
    const error = await saveProjectSchema(db, 'p1', clash).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidSchemaError);
    expect((error as InvalidSchemaError).problems.map((p) => p.kind)).toEqual(['duplicate-hotkey']);
    expect((await getProject(db, 'p1'))?.schema).toBeUndefined();
  });

  it('edits the stored schema, not a stale copy', async () => {
    const db = await openTestDb();
    await createProject(db, 'p1', 'One');
    await editProjectSchema(db, 'p1', (s) => ({ ...s, stanceTargets: ['الحكومة'] }));
    const after = await editProjectSchema(db, 'p1', (s) => updateEntityLabel(s, 'LOC', { color: '#123456' }));
    expect(after.stanceTargets).toEqual(['الحكومة']);
    expect(await getProjectSchema(db, 'p1')).toEqual(after);
  });

  it('fails on a missing project', async () => {
    const db = await openTestDb();
    await expect(getProjectSchema(db, 'nope')).rejects.toThrow('No project nope');
    await expect(saveProjectSchema(db, 'nope', defaultSchema())).rejects.toThrow('No project nope');
  });
});

describe('countEntityLabelUse', () => {
  it('counts spans and annotators per tag within the project only', async () => {
    const db = await seeded();
    expect(await countEntityLabelUse(db, 'p1')).toEqual({
      PERS: { spans: 3, annotators: 2 },
      GPE: { spans: 1, annotators: 1 },
      ORG: { spans: 1, annotators: 1 },
      LOC: { spans: 1, annotators: 1 },
    });
    expect(await countEntityLabelUse(db, 'p2')).toEqual({});
  });
});

describe('renameEntityTagEverywhere', () => {
  it('renames the tag in the schema and on every span of the project, keeping span ids', async () => {
    const db = await seeded();
    const result = await renameEntityTagEverywhere(db, 'p1', 'PERS', 'PER');
    expect(result.docIds.sort()).toEqual(['p1:a', 'p1:b']);
    expect(result.schema.entities[0]?.tag).toBe('PER');
    expect((await getProjectSchema(db, 'p1')).entities[0]?.tag).toBe('PER');

    const salma = await getAnnotationRecord(db, 'p1:a', 'salma');
    expect(salma?.entities).toEqual([span('s1', 'PER'), span('s2', 'GPE', 5)]);
    expect(salma?.rev).toBe(2);
    expect(salma?.updatedAt).toBeGreaterThan(1);
    // Sets without the tag are left alone, as is the neighbouring project.
    expect((await getAnnotationRecord(db, 'p1:c', 'omar'))?.rev).toBe(1);
    expect((await getAnnotationRecord(db, 'p10:a', 'salma'))?.entities[0]?.label).toBe('PERS');
    expect((await getProject(db, 'p10'))?.schema).toBeUndefined();
  });

  it('renames the tag in the undo history too, so undo still fits', async () => {
    const db = await seeded();
    const history = { undo: [{ op: 'relabel' as const, id: 's1', label: 'PERS' }], redo: [{ op: 'add' as const, span: span('s8', 'PERS', 20) }] };
    await putAnnotationRecord(db, { ...annotationSet('p1', 'p1:a', 'salma', [span('s1', 'GPE'), span('s2', 'GPE', 5)]), history });
    const untouched = { undo: [{ op: 'remove' as const, id: 's6' }], redo: [] };
    await putAnnotationRecord(db, { ...annotationSet('p1', 'p1:c', 'omar', [span('s6', 'LOC')]), history: untouched });
    await renameEntityTagEverywhere(db, 'p1', 'PERS', 'PER');
    expect((await getAnnotationRecord(db, 'p1:a', 'salma'))?.history).toEqual({
      undo: [{ op: 'relabel', id: 's1', label: 'PER' }],
      redo: [{ op: 'add', span: span('s8', 'PER', 20) }],
    });
    const omar = await getAnnotationRecord(db, 'p1:c', 'omar');
    expect([omar?.history, omar?.rev]).toEqual([untouched, 1]);
  });

  it('changes the renamed label\'s other fields in the same transaction', async () => {
    const db = await seeded();
    const result = await renameEntityTagEverywhere(db, 'p1', 'PERS', 'PER', { color: '#123456', name: { ar: 'شخص', en: 'Person (renamed)' } });
    const label = (await getProjectSchema(db, 'p1')).entities.find((l) => l.tag === 'PER');
    expect([label?.color, label?.name.en]).toEqual(['#123456', 'Person (renamed)']);
    expect(result.schema.entities.find((l) => l.tag === 'PER')?.color).toBe('#123456');
    expect((await getAnnotationRecord(db, 'p1:a', 'salma'))?.entities[0]?.label).toBe('PER');
  });

  it('writes nothing when the new tag is taken', async () => {
    const db = await seeded();
    await expect(renameEntityTagEverywhere(db, 'p1', 'PERS', 'GPE')).rejects.toBeInstanceOf(InvalidSchemaError);
    expect((await getAnnotationRecord(db, 'p1:a', 'salma'))?.entities[0]?.label).toBe('PERS');
    expect((await getProject(db, 'p1'))?.schema).toBeUndefined();
  });
});

describe('removeEntityLabelEverywhere', () => {
  it('removes the label and its spans, leaving event arguments that pointed at them dangling', async () => {
    const db = await seeded();
    const result = await removeEntityLabelEverywhere(db, 'p1', 'PERS');
    expect(result.docIds.sort()).toEqual(['p1:a', 'p1:b']);
    expect(result.schema.entities.map((l) => l.tag)).not.toContain('PERS');

    const b = await getAnnotationRecord(db, 'p1:b', 'salma');
    expect(b?.entities).toEqual([span('s5', 'ORG', 9)]);
    expect(b?.events[0]?.arguments).toEqual([{ role: 'Entity', entity: 's4' }]);
    expect(b?.rev).toBe(2);
    expect((await getAnnotationRecord(db, 'p1:a', 'omar'))?.entities).toEqual([]);
    expect(await countEntityLabelUse(db, 'p1')).not.toHaveProperty('PERS');
    expect((await getAnnotationRecord(db, 'p10:a', 'salma'))?.entities).toHaveLength(1);
  });

  it('drops the undo history that no longer fits: of sets that lost spans, and steps that would bring the label back', async () => {
    const db = await seeded();
    const lostSpans = { undo: [{ op: 'remove' as const, id: 's1' }], redo: [] };
    await putAnnotationRecord(db, { ...annotationSet('p1', 'p1:a', 'salma', [span('s1', 'PERS'), span('s2', 'GPE', 5)]), history: lostSpans });
    const bringsBack = { undo: [{ op: 'add' as const, span: span('s9', 'PERS', 12) }], redo: [] };
    await putAnnotationRecord(db, { ...annotationSet('p1', 'p1:c', 'omar', [span('s6', 'LOC')]), history: bringsBack });
    const fits = { undo: [{ op: 'relabel' as const, id: 's6', label: 'GPE' }], redo: [] };
    await putAnnotationRecord(db, { ...annotationSet('p1', 'p1:d', 'omar', [span('s6', 'LOC')]), history: fits });
    await removeEntityLabelEverywhere(db, 'p1', 'PERS');
    expect((await getAnnotationRecord(db, 'p1:a', 'salma'))?.history).toBeUndefined();
    expect((await getAnnotationRecord(db, 'p1:c', 'omar'))?.history).toBeUndefined();
    const kept = await getAnnotationRecord(db, 'p1:d', 'omar');
    expect([kept?.history, kept?.rev]).toEqual([fits, 1]);
  });

  it('throws for a label the schema lacks, writing nothing', async () => {
    const db = await seeded();
    await expect(removeEntityLabelEverywhere(db, 'p1', 'NOPE')).rejects.toThrow('No entity label NOPE');
    expect((await getAnnotationRecord(db, 'p1:a', 'salma'))?.rev).toBe(1);
  });
});
