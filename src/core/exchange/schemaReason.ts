import type { SchemaProblem } from '../schema/validateSchema.ts';
import type { ExchangeReason } from './exchangeProblem.ts';

/** The reason for a problem validateSchema finds in a file's schema; its English is the problem's message. */
export function schemaReason(problem: SchemaProblem): ExchangeReason {
  // Kinds share a case only when their values have the same shape: TypeScript pairs `kind` and `values` no further.
  switch (problem.kind) {
    case 'empty-tag':
    case 'empty-target':
      return { code: problem.kind };
    // Which of the two names is empty is the last step of the path: "….name.en" or "….name.ar".
    case 'empty-name':
      return { code: problem.path.endsWith('.ar') ? 'empty-arabic-name' : 'empty-english-name' };
    case 'unsafe-tag':
    case 'duplicate-tag':
      return { code: problem.kind, values: problem.values };
    case 'invalid-hotkey':
    case 'reserved-hotkey':
      return { code: problem.kind, values: problem.values };
    case 'duplicate-hotkey':
      return { code: problem.kind, values: problem.values };
    case 'duplicate-name':
      return { code: problem.kind, values: problem.values };
    case 'invalid-color':
      return { code: problem.kind, values: problem.values };
    case 'duplicate-target':
      return { code: problem.kind, values: problem.values };
  }
}
