import { describe, expect, it } from 'vitest';
import { defaultSchema } from '../schema/defaultSchema.ts';
import { decodeExchangeFile, encodeExchangeFile } from './exchangeFile.ts';
import { MAX_LISTED_PROBLEMS } from './exchangeProblem.ts';
import { createWorkPackage, parseWorkPackage } from './workPackage.ts';
import type { WorkPackage } from './workPackage.ts';

const HASH = 'a'.repeat(64);

function samplePackage(): WorkPackage {
  return createWorkPackage(
    {
      annotator: 'Amal',
      project: { id: 'demo', name: 'Demo' },
      schema: defaultSchema(),
      documents: [
        {
          id: HASH.slice(0, 16),
          hash: HASH,
          title: 'الأمن يوقف عصابة',
          status: 'done',
          updatedAt: 1_700_000_000_000,
          entities: [{ id: 'e1', start: 10, end: 15, label: 'GPE' }],
          events: [{ id: 'v1', type: 'Justice:Arrest-Jail', trigger: { start: 6, end: 9 }, arguments: [{ role: 'Person', entity: 'e1' }], attributes: { polarity: 'Positive' } }],
          stance: [{ id: 's1', target: 'عصابة', targetEntity: null, label: 'against' }],
          decisions: { '1:2:GPE': 'rejected' },
        },
      ],
    },
    new Date('2025-01-02T03:04:05.000Z'),
  );
}

/** A JSON copy of the sample, to break on purpose. */
function raw(): Record<string, any> {
  return JSON.parse(JSON.stringify(samplePackage()));
}

describe('work packages', () => {
  it('survive encoding and parsing unchanged', () => {
    const pkg = samplePackage();
    const decoded = decodeExchangeFile(encodeExchangeFile(pkg));
    expect(decoded.ok && parseWorkPackage(decoded.value)).toEqual({ ok: true, pkg });
  });

  it('refuse another format, a newer version and reserved annotator names', () => {
    expect(parseWorkPackage({ ...raw(), format: 'tawsim-project-bundle' })).toEqual({
      ok: false,
      problems: [{ code: 'wrong-format', expected: 'tawsim-work-package', found: 'tawsim-project-bundle' }],
    });
    expect(parseWorkPackage([1])).toMatchObject({ ok: false, problems: [{ code: 'wrong-format', found: '' }] });
    expect(parseWorkPackage({ ...raw(), version: 2 })).toEqual({ ok: false, problems: [{ code: 'newer-version', found: 2, supported: 1 }] });
    expect(parseWorkPackage({ ...raw(), offset_unit: 'codepoint' })).toMatchObject({ ok: false, problems: [{ path: 'offset_unit' }] });
    expect(parseWorkPackage({ ...raw(), annotator: '~suggestions' })).toMatchObject({ ok: false, problems: [{ path: 'annotator' }] });
  });

  it('name every bad field with its path', () => {
    const pkg = raw();
    pkg.documents[0].entities.push({ id: 'e2', start: 5, end: 5, label: 'GPE' }, { id: 'e3', start: 1, end: 2, label: 'NOPE' }, { id: 'e1', start: 1, end: 2, label: 'GPE' });
    pkg.documents[0].events[0].arguments.push({ role: 'Place', entity: 'e9' });
    pkg.documents[0].stance[0].label = 'FAVOR';
    pkg.documents.push({ ...pkg.documents[0] });
    const result = parseWorkPackage(pkg);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems).toEqual([
      { code: 'invalid', path: 'documents[0].entities[1]', detail: { code: 'end-not-after-start' }, reason: 'end must be after start' },
      { code: 'invalid', path: 'documents[0].entities[2].label', detail: { code: 'not-entity-label', values: { label: 'NOPE' } }, reason: '"NOPE" is not an entity label of the schema' },
      { code: 'invalid', path: 'documents[0].entities[3].id', detail: { code: 'id-used-twice', values: { id: 'e1' } }, reason: '"e1" is used twice' },
      { code: 'invalid', path: 'documents[0].events[0].arguments[1].entity', detail: { code: 'no-such-entity', values: { entity: 'e9' } }, reason: 'no entity "e9" in this set' },
      { code: 'invalid', path: 'documents[0].stance[0].label', detail: { code: 'not-stance-label', values: { label: 'FAVOR' } }, reason: '"FAVOR" is not a stance label of the schema' },
      { code: 'invalid', path: 'documents[1].hash', detail: { code: 'same-document-twice' }, reason: 'the same document twice' },
    ]);
  });

  it('give each bad field a reason code with the values from the file it names', () => {
    const reasons = (value: unknown) => {
      const result = parseWorkPackage(value);
      return result.ok ? [] : result.problems.map((p) => (p.code === 'invalid' ? [p.path, p.detail] : p.code));
    };
    expect(reasons({ ...raw(), version: 0 })).toEqual([['version', { code: 'not-positive-integer' }]]);
    expect(reasons({ ...raw(), offset_unit: 'codepoint' })).toEqual([['offset_unit', { code: 'not-offset-unit', values: { unit: 'utf16' } }]]);
    const pkg = raw();
    pkg.annotator = '~suggestions';
    pkg.exportedAt = 'yesterday';
    pkg.project = { id: 'demo' };
    pkg.schema.entities[0].color = undefined;
    pkg.schema.stanceTargets = [3];
    expect(reasons(pkg)).toEqual([
      ['annotator', { code: 'reserved-name', values: { name: '~suggestions' } }],
      ['exportedAt', { code: 'not-iso-time' }],
      ['project', { code: 'needs-project-fields' }],
      ['schema.entities[0]', { code: 'needs-label-fields' }],
      ['schema.stanceTargets[0]', { code: 'not-string' }],
    ]);
    const work = raw();
    work.annotator = ' ';
    work.documents[0].status = 'finished';
    work.documents[0].entities[0].start = -1;
    work.documents[0].events[0].type = 'Nope:Nope';
    work.documents[0].stance[0].targetEntity = 5;
    work.documents[0].decisions = { x: 'maybe' };
    work.documents.push({ hash: 'ABC' });
    expect(reasons(work)).toEqual([
      ['annotator', { code: 'not-a-name' }],
      ['documents[0].status', { code: 'not-status' }],
      ['documents[0].entities[0]', { code: 'offsets-not-integers' }],
      ['documents[0].events[0].type', { code: 'not-event-type', values: { type: 'Nope:Nope' } }],
      ['documents[0].stance[0].targetEntity', { code: 'not-entity-id-or-null' }],
      ['documents[0].decisions', { code: 'not-decisions' }],
      ['documents[1].hash', { code: 'not-sha256' }],
    ]);
  });

  it('list at most a screenful of problems, and count the rest', () => {
    const pkg = raw();
    pkg.documents[0].events = [];
    pkg.documents[0].entities = Array.from({ length: 50 }, (_, i) => ({ id: `e${i}`, start: 2, end: 1, label: 'GPE' }));
    const result = parseWorkPackage(pkg);
    expect(!result.ok && result.problems.length).toBe(MAX_LISTED_PROBLEMS + 1);
    expect(!result.ok && result.problems.at(-1)).toEqual({ code: 'too-many-problems', more: 50 - MAX_LISTED_PROBLEMS });
  });

  it('refuse a schema that is not sound', () => {
    const pkg = raw();
    pkg.schema.entities[1].tag = pkg.schema.entities[0].tag;
    const result = parseWorkPackage(pkg);
    expect(!result.ok && result.problems[0]).toMatchObject({ code: 'invalid', path: 'schema.entities[1].tag' });
  });
});
