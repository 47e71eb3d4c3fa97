import type { ImportProblemDetail, JsonKind } from '../model/importProblem.ts';

/** Why an offset read from a file is not an offset of its text; the reader, which knows where it is, words it. */
export type OffsetProblem =
  | { kind: 'not-number'; found: JsonKind }
  | { kind: 'not-integer'; offset: string }
  | { kind: 'outside-text'; offset: string; length: string }
  | { kind: 'in-surrogate-pair'; offset: string };

/** The problem of the offset at `path` (a JSON path, with the key when the reader names it). */
export function offsetProblemAt(path: string, problem: OffsetProblem): ImportProblemDetail {
  switch (problem.kind) {
    case 'not-number':
      return { code: 'offset-not-number', values: { path, found: problem.found } };
    case 'not-integer':
      return { code: 'offset-not-integer', values: { path, offset: problem.offset } };
    case 'outside-text':
      return { code: 'offset-outside-text', values: { path, offset: problem.offset, length: problem.length } };
    case 'in-surrogate-pair':
      return { code: 'offset-in-surrogate-pair', values: { path, offset: problem.offset } };
  }
}
