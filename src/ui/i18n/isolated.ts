/**
 * Text from outside the interface (a file's tag, an annotator's name, a JSON path)
 * as a first-strong isolate (U+2068 … U+2069): it takes its direction from its own
 * first strong letter and keeps its place in a sentence of either direction.
 */
export function isolated(text: string): string {
  return `\u2068${text}\u2069`;
}
