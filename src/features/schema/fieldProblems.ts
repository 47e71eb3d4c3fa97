import type { SchemaProblem, SchemaProblemKind } from '../../core/schema/validateSchema.ts';

/**
 * The problems of one item of the schema, by field: `fieldProblems(problems, 'entities[3]')`
 * gives e.g. { tag: 'duplicate-tag', 'name.ar': 'empty-name' }. The first problem of a field wins.
 */
export function fieldProblems(problems: readonly SchemaProblem[], itemPath: string): Partial<Record<string, SchemaProblemKind>> {
  const fields: Partial<Record<string, SchemaProblemKind>> = {};
  for (const problem of problems) {
    if (!problem.path.startsWith(`${itemPath}.`)) continue;
    const field = problem.path.slice(itemPath.length + 1);
    fields[field] ??= problem.kind;
  }
  return fields;
}
