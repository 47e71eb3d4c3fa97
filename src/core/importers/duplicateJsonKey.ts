/**
 * The first key that appears twice in the same object of a JSON text, or null.
 * JSON.parse silently keeps the last value, so an ambiguous record would otherwise
 * import without a word. Assumes the text already parsed as JSON.
 */
export function duplicateJsonKey(json: string): string | null {
  // One entry per open object or array: the keys seen (null for an array), and whether a key comes next.
  const keys: (Set<string> | null)[] = [];
  let expectKey = false;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (c === 0x22) {
      // A string runs to the next quote not escaped; long texts are skipped by indexOf, not char by char.
      let end = json.indexOf('"', i + 1);
      while (end > 0 && isEscaped(json, end)) end = json.indexOf('"', end + 1);
      if (end < 0) return null;
      const top = keys[keys.length - 1];
      if (top && expectKey) {
        const raw = json.slice(i + 1, end);
        const key = raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw;
        if (top.has(key)) return key;
        top.add(key);
        expectKey = false;
      }
      i = end;
    } else if (c === 0x7b) {
      keys.push(new Set());
      expectKey = true;
    } else if (c === 0x5b) {
      keys.push(null);
    } else if (c === 0x7d || c === 0x5d) {
      keys.pop();
      expectKey = false;
    } else if (c === 0x2c) {
      expectKey = keys[keys.length - 1] !== null && keys.length > 0;
    }
  }
  return null;
}

/** True when the quote at `at` is escaped: an odd number of backslashes stands before it. */
function isEscaped(json: string, at: number): boolean {
  let backslashes = 0;
  for (let i = at - 1; i >= 0 && json.charCodeAt(i) === 0x5c; i--) backslashes++;
  return backslashes % 2 === 1;
}
