import type { ParsedDocument } from '../model/document.ts';
import { importProblem } from '../model/importProblem.ts';
import type { ImportProblem } from '../model/importProblem.ts';
import { splitLines } from '../text/splitLines.ts';

/** How plain text is cut into documents: the whole file, each line, or each blank-line-separated block. */
export type TextSplit = 'file' | 'line' | 'block';

export interface PlainTextResult {
  documents: ParsedDocument[];
  problems: ImportProblem[];
}

/**
 * Blank lines and blocks are skipped. Trailing whitespace of every line and the
 * blank lines around a document are trimmed; nothing else in the text changes.
 */
export function parsePlainText(text: string, file: string, split: TextSplit): PlainTextResult {
  const lines = splitLines(text).map((line) => line.trimEnd());
  const documents = ranges(lines, split).map(([first, last]): ParsedDocument => ({
    text: lines.slice(first, last + 1).join('\n'),
    meta: { kind: 'text', file, line: first + 1 },
  }));
  const problems = documents.length === 0 ? [importProblem(file, null, { code: 'no-text', values: {} })] : [];
  return { documents, problems };
}

/** Inclusive line-index ranges of the documents. */
function ranges(lines: string[], split: TextSplit): [number, number][] {
  const content = lines.flatMap((line, i) => (line === '' ? [] : [i]));
  const first = content[0];
  const last = content[content.length - 1];
  if (split === 'line') return content.map((i) => [i, i]);
  if (split === 'file') return first === undefined || last === undefined ? [] : [[first, last]];
  const blocks: [number, number][] = [];
  for (const i of content) {
    const block = blocks[blocks.length - 1];
    if (block !== undefined && block[1] === i - 1) block[1] = i;
    else blocks.push([i, i]);
  }
  return blocks;
}
