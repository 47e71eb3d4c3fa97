/** A problem met while importing: never fatal to the rest of the input. */
export interface ImportProblem {
  file: string;
  /** 1-based line, or null when the problem concerns the whole file. */
  line: number | null;
  reason: string;
}

export function formatProblem(problem: ImportProblem): string {
  return problem.line === null
    ? `${problem.file}: ${problem.reason}`
    : `${problem.file}:${problem.line}: ${problem.reason}`;
}
