/** The source of one element of a top-level JSON array, and the 1-based line it starts on. */
export interface JsonElementSource {
  source: string;
  line: number;
}

/**
 * Cuts a JSON array into the sources of its elements without parsing them, so each
 * can be parsed (and reported) on its own: a broken or truncated element costs only
 * itself. Text that is not an array is returned as one element, and so is text after
 * the array's closing bracket. Strings are followed, so brackets and commas inside them
 * do not count.
 */
export function jsonArrayElements(text: string): JsonElementSource[] {
  let i = skipSpace(text, 0);
  if (text[i] !== '[') return [{ source: text, line: lineAt(text, 0, 1, i) }];
  const elements: JsonElementSource[] = [];
  let line = lineAt(text, 0, 1, i);
  let lineFrom = i;
  i++;
  while (true) {
    i = skipSpace(text, i);
    if (i >= text.length || text[i] === ']') break;
    const start = i;
    let depth = 0;
    let inString = false;
    for (; i < text.length; i++) {
      const c = text[i];
      if (inString) {
        if (c === '\\') i++;
        else if (c === '"') inString = false;
      } else if (c === '"') inString = true;
      else if (c === '[' || c === '{') depth++;
      else if (c === ']' || c === '}') {
        if (depth === 0) break;
        depth--;
      } else if (c === ',' && depth === 0) break;
    }
    line = lineAt(text, lineFrom, line, start);
    lineFrom = start;
    elements.push({ source: text.slice(start, i).trimEnd(), line });
    if (text[i] === ',') i++;
  }
  // Whatever follows the closing bracket is one more element, so that it is reported (as
  // JSON that does not parse) rather than dropped without a word.
  const after = skipSpace(text, i + 1);
  if (text[i] === ']' && after < text.length) elements.push({ source: text.slice(after).trimEnd(), line: lineAt(text, lineFrom, line, after) });
  return elements;
}

function skipSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && /[\s\uFEFF]/.test(text[i] as string)) i++;
  return i;
}

/** The line of `to`, counting newlines from `from` (which is on `line`). */
function lineAt(text: string, from: number, line: number, to: number): number {
  let count = line;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) count++;
  return count;
}
