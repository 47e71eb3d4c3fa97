/**
 * The first key that appears twice in the same object of a JSON text, or null.
 * JSON.parse silently keeps the last value, so an ambiguous record would otherwise
 * import without a word. Assumes the text already parsed as JSON.
 */
export function duplicateJsonKey(json: string): string | null {
  const objects: { keys: Set<string>; expectKey: boolean }[] = [];
  const kinds: ('object' | 'array')[] = [];
  for (let i = 0; i < json.length; i++) {
    const c = json[i];
    if (c === '"') {
      let end = i + 1;
      while (end < json.length && json[end] !== '"') end += json[end] === '\\' ? 2 : 1;
      const top = objects[objects.length - 1];
      if (kinds[kinds.length - 1] === 'object' && top?.expectKey) {
        const key = JSON.parse(json.slice(i, end + 1)) as string;
        if (top.keys.has(key)) return key;
        top.keys.add(key);
        top.expectKey = false;
      }
      i = end;
    } else if (c === '{') {
      kinds.push('object');
      objects.push({ keys: new Set(), expectKey: true });
    } else if (c === '[') {
      kinds.push('array');
    } else if (c === '}' || c === ']') {
      if (kinds.pop() === 'object') objects.pop();
    } else if (c === ',' && kinds[kinds.length - 1] === 'object') {
      objects[objects.length - 1]!.expectKey = true;
    }
  }
  return null;
}
