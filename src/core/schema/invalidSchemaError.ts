import type { SchemaProblem } from './validateSchema.ts';

/** Thrown instead of saving a schema with problems; carries them so the interface can show each one. */
export class InvalidSchemaError extends Error {
  readonly problems: SchemaProblem[];

  constructor(problems: SchemaProblem[]) {
    super(`The schema has problems: ${problems.map((p) => `${p.path}: ${p.message}`).join(' ')}`);
    this.name = 'InvalidSchemaError';
    this.problems = problems;
  }
}
