import { IMPORT_PROBLEM_ENGLISH, JSON_KIND_ENGLISH, PROBLEM_AND_SKIPPED_ENGLISH, SKIPPED_ENGLISH } from './importProblemEnglish.ts';
import { fillTemplate } from './fillTemplate.ts';

export type ImportProblemCode = keyof typeof IMPORT_PROBLEM_ENGLISH;
export type SkippedPart = keyof typeof SKIPPED_ENGLISH;
export type JsonKind = keyof typeof JSON_KIND_ENGLISH;

export const IMPORT_PROBLEM_CODES = Object.keys(IMPORT_PROBLEM_ENGLISH) as ImportProblemCode[];
export const SKIPPED_PARTS = Object.keys(SKIPPED_ENGLISH) as SkippedPart[];
export const JSON_KINDS = Object.keys(JSON_KIND_ENGLISH) as JsonKind[];

/** The `{name}`s of a template, so that a code's values are the ones its English names. */
type Placeholders<S> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | Placeholders<Rest> : never;
type Texts<T> = T extends string ? T : T[keyof T];
/** `{found}` is a JSON type, which each language words; every other value is shown as it is. */
type Value<Name> = Name extends 'found' ? JsonKind : string | number;
export type ImportProblemValues<C extends ImportProblemCode> = {
  readonly [Name in Placeholders<Texts<(typeof IMPORT_PROBLEM_ENGLISH)[C]>>]: Value<Name>;
};

/** What went wrong, for the interface to word in its language: a code, the values it names, and what was skipped for it. */
export type ImportProblemDetail = {
  [C in ImportProblemCode]: { code: C; values: ImportProblemValues<C>; skipped?: SkippedPart };
}[ImportProblemCode];

/**
 * A problem met while importing: never fatal to the rest of the input. Plain data, as
 * it crosses from the parse workers. `reason` is the problem in English, for the CLI.
 */
export type ImportProblem = ImportProblemDetail & {
  file: string;
  /** 1-based line, or null when the problem concerns the whole file. */
  line: number | null;
  reason: string;
};

export function importProblem(file: string, line: number | null, detail: ImportProblemDetail): ImportProblem {
  return { file, line, ...detail, reason: englishReason(detail) };
}

/** Where a problem is: `file:line`, or the file alone for a problem of the whole file. */
export function problemPlace(problem: ImportProblem): string {
  return problem.line === null ? problem.file : `${problem.file}:${problem.line}`;
}

export function formatProblem(problem: ImportProblem): string {
  return `${problemPlace(problem)}: ${problem.reason}`;
}

const englishPlural = new Intl.PluralRules('en');

function englishReason(detail: ImportProblemDetail): string {
  const template: string | { one: string; other: string } = IMPORT_PROBLEM_ENGLISH[detail.code];
  const given: Readonly<Record<string, string | number>> = detail.values;
  const values = given.found === undefined ? given : { ...given, found: JSON_KIND_ENGLISH[given.found as JsonKind] };
  const text = typeof template === 'string' ? template : englishPlural.select(Number(values.n)) === 'one' ? template.one : template.other;
  const problem = fillTemplate(text, values);
  return detail.skipped === undefined ? problem : fillTemplate(PROBLEM_AND_SKIPPED_ENGLISH, { problem, skipped: SKIPPED_ENGLISH[detail.skipped] });
}
