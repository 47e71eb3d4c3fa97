import { describe, expect, it } from 'vitest';
import { defaultSchema } from '../schema/defaultSchema.ts';
import { nameClashes } from '../schema/nameClashes.ts';
import type { ProjectSchema } from '../schema/projectSchema.ts';
import { validateSchema } from '../schema/validateSchema.ts';
import { invalidField } from './exchangeProblem.ts';
import { schemaReason } from './schemaReason.ts';

/** The default schema with one of each problem validateSchema finds. */
function unsound(): ProjectSchema {
  const schema = defaultSchema();
  const [a, b, c, d, e] = schema.entities;
  a!.tag = '';
  b!.tag = 'A B';
  c!.tag = schema.entities[5]!.tag;
  d!.name = { en: ' ', ar: '' };
  d!.color = 'red';
  e!.hotkey = 'KeyZ';
  schema.entities[6]!.hotkey = '5';
  schema.entities[7]!.hotkey = schema.entities[8]!.hotkey;
  schema.stanceTargets = ['', 'وزارة الخارجية', ' وزارة الخارجية'];
  return schema;
}

describe('schemaReason', () => {
  it('says every problem of a schema in the English of its message, with a code of its own', () => {
    const twice = defaultSchema();
    twice.entities.push({ ...twice.entities[0]!, tag: 'PERS2', hotkey: null });
    const problems = [...validateSchema(unsound()), ...nameClashes(twice, 'entities', 0)];
    expect(new Set(problems.map((problem) => problem.kind))).toEqual(
      new Set(['empty-tag', 'unsafe-tag', 'duplicate-tag', 'empty-name', 'duplicate-name', 'invalid-color', 'invalid-hotkey', 'reserved-hotkey', 'duplicate-hotkey', 'empty-target', 'duplicate-target']),
    );
    for (const problem of problems) {
      const field = invalidField(problem.path, schemaReason(problem));
      expect(field.code === 'invalid' && field.reason, problem.kind).toBe(problem.message);
    }
    expect(problems.filter((p) => p.kind === 'empty-name').map((p) => schemaReason(p).code)).toEqual(['empty-english-name', 'empty-arabic-name']);
  });
});
