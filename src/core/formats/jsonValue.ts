import type { ImportProblemDetail, JsonKind } from '../model/importProblem.ts';

/** Checks on values that came out of JSON.parse, shared by the JSON-based formats. */

export type JsonObject = Record<string, unknown>;

// Deeper values are refused: JSON.stringify recurses and would overflow the stack on export.
export const MAX_JSON_DEPTH = 64;

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The JSON type of a value, for messages such as `"start" is not a number (string)`; "undefined" for a missing key. */
export function describeJson(value: unknown): JsonKind {
  if (value === null) return 'null';
  // Values come from JSON.parse, so typeof names a JSON type.
  return Array.isArray(value) ? 'array' : (typeof value as JsonKind);
}

/** The object on a line, or why there is none. */
export function parseJsonObject(line: string): { object: JsonObject } | { problem: ImportProblemDetail } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { problem: { code: 'invalid-json', values: { detail: error instanceof Error ? error.message : String(error) } } };
  }
  return isJsonObject(value) ? { object: value } : { problem: { code: 'not-json-object', values: { found: describeJson(value) } } };
}

/** True when the value nests objects or arrays deeper than MAX_JSON_DEPTH; the recursion stops there. */
export function isTooDeep(value: unknown, depth = 0): boolean {
  if (typeof value !== 'object' || value === null) return false;
  if (depth >= MAX_JSON_DEPTH) return true;
  return Object.values(value).some((child) => isTooDeep(child, depth + 1));
}

/**
 * A value read from a file, written out for a message as JSON ("undefined" when missing).
 * A value nested deeper than MAX_JSON_DEPTH is shown as `[…]` or `{…}`: writing it out
 * (JSON.stringify, String) recurses once per level, and on a hostile line would overflow the
 * stack and fail the whole file instead of reporting the line.
 */
export function quoteJson(value: unknown): string {
  if (isTooDeep(value)) return Array.isArray(value) ? '[…]' : '{…}';
  return JSON.stringify(value) ?? String(value);
}

/** Keys holding non-empty strings in the records, most frequent first: candidates for a text field. */
export function stringFieldNames(records: Iterable<JsonObject>): string[] {
  const counts = new Map<string, number>();
  for (const record of records) {
    for (const [key, value] of Object.entries(record)) {
      if (typeof value === 'string' && value.trim() !== '') counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1]).map(([key]) => key);
}
