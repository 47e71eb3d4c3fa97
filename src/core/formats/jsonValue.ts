/** Checks on values that came out of JSON.parse, shared by the JSON-based formats. */

export type JsonObject = Record<string, unknown>;

// Deeper values are refused: JSON.stringify recurses and would overflow the stack on export.
export const MAX_JSON_DEPTH = 64;

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The JSON type of a value, for messages such as `"start" is not a number (string)`. */
export function describeJson(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'array' : typeof value;
}

/** The object on a line, or why there is none. */
export function parseJsonObject(line: string): JsonObject | string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return `invalid JSON (${error instanceof Error ? error.message : String(error)})`;
  }
  return isJsonObject(value) ? value : `not a JSON object (${describeJson(value)})`;
}

/** True when the value nests objects or arrays deeper than MAX_JSON_DEPTH; the recursion stops there. */
export function isTooDeep(value: unknown, depth = 0): boolean {
  if (typeof value !== 'object' || value === null) return false;
  if (depth >= MAX_JSON_DEPTH) return true;
  return Object.values(value).some((child) => isTooDeep(child, depth + 1));
}
